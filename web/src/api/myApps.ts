import { answer, api, type Schemas } from './client';

/** One app module installed in the user's organization, whether they may open it, and their latest license request. */
export type MyApp = Schemas['MyApp'];

export const listMyApps = (tenantId: string, signal?: AbortSignal) =>
  answer(api.GET('/api/v1/tenants/{tenantId}/my-apps', { params: { path: { tenantId } }, signal }), signal);
