import { answer, api, type OperationBody, type OperationQuery } from './client';

export type OperatorTenantQuery = OperationQuery<'listTenants'>;
/** A new tenant and its first Global admin. */
export type NewTenant = OperationBody<'createTenant'>;
export type OperatorTenantChanges = OperationBody<'updateTenant'>;

const TENANTS = '/api/v1/operator/tenants';
const TENANT = '/api/v1/operator/tenants/{tenantId}';

export const listAllTenants = (query: OperatorTenantQuery, signal?: AbortSignal) => answer(api.GET(TENANTS, { params: { query }, signal }), signal);

export const getAnyTenant = (tenantId: string, signal?: AbortSignal) => answer(api.GET(TENANT, { params: { path: { tenantId } }, signal }), signal);

export const createTenant = (tenant: NewTenant) => answer(api.POST(TENANTS, { body: tenant }));

export const updateAnyTenant = (tenantId: string, changes: OperatorTenantChanges) => answer(api.PATCH(TENANT, { params: { path: { tenantId } }, body: changes }));

export const deleteAnyTenant = (tenantId: string) => answer(api.DELETE(TENANT, { params: { path: { tenantId } } })).then(() => undefined);
