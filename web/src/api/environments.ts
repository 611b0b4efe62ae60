import { apiRequest } from './client';

export interface Environment {
  id: string;
  name: string;
  isDefault: boolean;
  installedApps: number;
  createdAt: string;
}

export interface InstalledApp {
  id: string;
  environment: { id: string; name: string };
  offer: { id: string; name: string; publisherName: string };
  version: string;
  latestVersion: string | null;
  updateAvailable: boolean;
  installedAt: string;
  updatedAt: string;
}

const environments = (tenantId: string) => `/api/v1/tenants/${tenantId}/environments`;
const apps = (tenantId: string, environmentId: string) => `${environments(tenantId)}/${environmentId}/apps`;

export const listEnvironments = (tenantId: string, signal?: AbortSignal) => apiRequest<{ items: Environment[] }>(environments(tenantId), { signal });

export const createEnvironment = (tenantId: string, name: string) => apiRequest<Environment>(environments(tenantId), { method: 'POST', body: { name } });

export const renameEnvironment = (tenantId: string, environmentId: string, name: string) =>
  apiRequest<Environment>(`${environments(tenantId)}/${environmentId}`, { method: 'PATCH', body: { name } });

/** Not the default environment, and only without installed apps (409). */
export const deleteEnvironment = (tenantId: string, environmentId: string) =>
  apiRequest<void>(`${environments(tenantId)}/${environmentId}`, { method: 'DELETE' });

export const listInstalledApps = (tenantId: string, environmentId: string, signal?: AbortSignal) =>
  apiRequest<{ items: InstalledApp[] }>(apps(tenantId, environmentId), { signal });

/** Allowed when the offer allows installs without licenses or the tenant holds a license of it; 409 with the reason otherwise. */
export const installApp = (tenantId: string, environmentId: string, offerId: string) =>
  apiRequest<InstalledApp>(apps(tenantId, environmentId), { method: 'POST', body: { offerId } });

export const updateInstalledApp = (tenantId: string, environmentId: string, installationId: string) =>
  apiRequest<InstalledApp>(`${apps(tenantId, environmentId)}/${installationId}/update`, { method: 'POST' });

export const uninstallApp = (tenantId: string, environmentId: string, installationId: string) =>
  apiRequest<void>(`${apps(tenantId, environmentId)}/${installationId}`, { method: 'DELETE' });
