/** What a tenant is on the platform: the operator's own tenant, or an organization using it. */
export type TenantKind = 'operator' | 'customer';

/** Where a tenant stands in the partner program (publishers are approved members). */
export type ProgramStatus = 'not_enrolled' | 'pending' | 'approved' | 'declined';
