import { answer, api, type Schemas } from './client';

export type Environment = Schemas['Environment'];
export type InstalledApp = Schemas['InstalledApp'];

const ENVIRONMENTS = '/api/v1/tenants/{tenantId}/environments';
const ENVIRONMENT = '/api/v1/tenants/{tenantId}/environments/{environmentId}';
const APPS = '/api/v1/tenants/{tenantId}/environments/{environmentId}/apps';
const APP = '/api/v1/tenants/{tenantId}/environments/{environmentId}/apps/{installationId}';

export const listEnvironments = (tenantId: string, signal?: AbortSignal) => answer(api.GET(ENVIRONMENTS, { params: { path: { tenantId } }, signal }), signal);

export const createEnvironment = (tenantId: string, name: string) => answer(api.POST(ENVIRONMENTS, { params: { path: { tenantId } }, body: { name } }));

export const renameEnvironment = (tenantId: string, environmentId: string, name: string) =>
  answer(api.PATCH(ENVIRONMENT, { params: { path: { tenantId, environmentId } }, body: { name } }));

/** Not the default environment, and only without installed apps (409). */
export const deleteEnvironment = (tenantId: string, environmentId: string) =>
  answer(api.DELETE(ENVIRONMENT, { params: { path: { tenantId, environmentId } } })).then(() => undefined);

export const listInstalledApps = (tenantId: string, environmentId: string, signal?: AbortSignal) =>
  answer(api.GET(APPS, { params: { path: { tenantId, environmentId } }, signal }), signal);

/** Allowed when the offer allows installs without licenses or the tenant holds a license of it; 409 with the reason otherwise. */
export const installApp = (tenantId: string, environmentId: string, offerId: string) =>
  answer(api.POST(APPS, { params: { path: { tenantId, environmentId } }, body: { offerId } }));

export const updateInstalledApp = (tenantId: string, environmentId: string, installationId: string) =>
  answer(api.POST(`${APP}/update`, { params: { path: { tenantId, environmentId, installationId } } }));

export const uninstallApp = (tenantId: string, environmentId: string, installationId: string) =>
  answer(api.DELETE(APP, { params: { path: { tenantId, environmentId, installationId } } })).then(() => undefined);
