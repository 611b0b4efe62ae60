import { answer, api, type OperationBody, type Schemas } from './client';

/** A tenant as the server answers it (its country is ISO 3166-1 alpha-2). */
export type Tenant = Schemas['Tenant'];
export type ProgramStatus = Tenant['programStatus'];
export type TenantChanges = OperationBody<'updateTenantSettings'>;

export const getTenant = (tenantId: string, signal?: AbortSignal) => answer(api.GET('/api/v1/tenants/{tenantId}', { params: { path: { tenantId } }, signal }), signal);

export const updateTenant = (tenantId: string, changes: TenantChanges) =>
  answer(api.PATCH('/api/v1/tenants/{tenantId}', { params: { path: { tenantId } }, body: changes }));
