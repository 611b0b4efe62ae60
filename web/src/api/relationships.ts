import { apiRequest, type Page, type PageQuery } from './client';

export type RelationshipStatus = 'pending' | 'accepted' | 'declined' | 'ended' | 'expired' | 'cancelled';

/** A publisher's invitation, and the relationship it becomes once a customer admin accepts it. */
export interface Relationship {
  id: string;
  publisher: { tenantId: string; name: string };
  /** Null until accepted, unless the invitation named the tenant. */
  customer: { tenantId: string | null; name: string | null };
  status: RelationshipStatus;
  message: string;
  createdAt: string;
  expiresAt: string;
  respondedAt: string | null;
  endedAt: string | null;
  endedBy: 'publisher' | 'customer' | null;
}

export interface Invitation extends Relationship {
  /** Shown only in the response that created it. */
  invitationUrl: string;
  code: string;
}

export interface RelationshipQuery extends PageQuery {
  status?: RelationshipStatus;
}

const partner = (tenantId: string) => `/api/v1/tenants/${tenantId}/partner/relationships`;
const customer = (tenantId: string) => `/api/v1/tenants/${tenantId}/relationships`;

/* Partner Center */

export const listPartnerRelationships = (tenantId: string, query: RelationshipQuery, signal?: AbortSignal) =>
  apiRequest<Page<Relationship>>(partner(tenantId), { query: { ...query }, signal });

/** The link is valid for 14 days; leave `customerTenantId` out for a link any customer's admin may accept. */
export const createInvitation = (tenantId: string, invitation: { customerTenantId?: string; message?: string }) =>
  apiRequest<Invitation>(partner(tenantId), { method: 'POST', body: invitation });

export const cancelInvitation = (tenantId: string, relationshipId: string) =>
  apiRequest<Relationship>(`${partner(tenantId)}/${relationshipId}/cancel`, { method: 'POST' });

/* Admin Center */

export const listRelationships = (tenantId: string, query: RelationshipQuery, signal?: AbortSignal) =>
  apiRequest<Page<Relationship>>(customer(tenantId), { query: { ...query }, signal });

export const findInvitation = (tenantId: string, code: string, signal?: AbortSignal) =>
  apiRequest<Relationship>(`${customer(tenantId)}/invitation`, { query: { code }, signal });

/** `code` comes from the link; not needed when the invitation names this tenant. */
export const acceptInvitation = (tenantId: string, relationshipId: string, code?: string) =>
  apiRequest<Relationship>(`${customer(tenantId)}/${relationshipId}/accept`, { method: 'POST', body: code ? { code } : {} });

export const declineInvitation = (tenantId: string, relationshipId: string, code?: string) =>
  apiRequest<Relationship>(`${customer(tenantId)}/${relationshipId}/decline`, { method: 'POST', body: code ? { code } : {} });

export const endRelationship = (tenantId: string, relationshipId: string) =>
  apiRequest<Relationship>(`${customer(tenantId)}/${relationshipId}/end`, { method: 'POST' });
