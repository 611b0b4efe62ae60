import { answer, api, type OperationAnswer, type OperationQuery, type Schemas } from './client';

/** A publisher's invitation, and the relationship it becomes once a customer admin accepts it (customer fields are null until then, unless the invitation named the tenant). */
export type Relationship = Schemas['Relationship'];
export type RelationshipStatus = Relationship['status'];
/** The created invitation: `invitationUrl` and `code` are shown only in this answer. */
export type Invitation = OperationAnswer<'createInvitation', 201>;
export type RelationshipQuery = OperationQuery<'listRelationships'>;

const PARTNER = '/api/v1/tenants/{tenantId}/partner/relationships';
const CUSTOMER = '/api/v1/tenants/{tenantId}/relationships';

/* Partner Center */

export const listPartnerRelationships = (tenantId: string, query: OperationQuery<'listPartnerRelationships'>, signal?: AbortSignal) =>
  answer(api.GET(PARTNER, { params: { path: { tenantId }, query }, signal }), signal);

/** The link is valid for 14 days; leave `customerTenantId` out for a link any customer's admin may accept. */
export const createInvitation = (tenantId: string, invitation: { customerTenantId?: string; message?: string }) =>
  answer(api.POST(PARTNER, { params: { path: { tenantId } }, body: invitation }));

export const cancelInvitation = (tenantId: string, relationshipId: string) =>
  answer(api.POST(`${PARTNER}/{relationshipId}/cancel`, { params: { path: { tenantId, relationshipId } } }));

/* Admin Center */

export const listRelationships = (tenantId: string, query: RelationshipQuery, signal?: AbortSignal) =>
  answer(api.GET(CUSTOMER, { params: { path: { tenantId }, query }, signal }), signal);

export const findInvitation = (tenantId: string, code: string, signal?: AbortSignal) =>
  answer(api.GET(`${CUSTOMER}/invitation`, { params: { path: { tenantId }, query: { code } }, signal }), signal);

/** `code` comes from the link; not needed when the invitation names this tenant. */
export const acceptInvitation = (tenantId: string, relationshipId: string, code?: string) =>
  answer(api.POST(`${CUSTOMER}/{relationshipId}/accept`, { params: { path: { tenantId, relationshipId } }, body: code ? { code } : {} }));

export const declineInvitation = (tenantId: string, relationshipId: string, code?: string) =>
  answer(api.POST(`${CUSTOMER}/{relationshipId}/decline`, { params: { path: { tenantId, relationshipId } }, body: code ? { code } : {} }));

export const endRelationship = (tenantId: string, relationshipId: string) =>
  answer(api.POST(`${CUSTOMER}/{relationshipId}/end`, { params: { path: { tenantId, relationshipId } } }));
