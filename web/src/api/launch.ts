import { answer, api, type OperationAnswer } from './client';

/** What happens when the signed-in user opens an app module, and whom to ask when they may not (the API's answer type). */
export type LaunchInfo = OperationAnswer<'getLaunchDecision'>;
export type DecisionCode = LaunchInfo['decision']['code'];
export type RequiredPlan = LaunchInfo['decision']['requiredPlans'][number];

export const getLaunchInfo = (tenantId: string, appModule: string, signal?: AbortSignal) =>
  answer(api.GET('/api/v1/tenants/{tenantId}/launch/{appModule}', { params: { path: { tenantId, appModule } }, signal }), signal);

/** The link users open: the server sends licensed users on to the app with a license token. */
export const launchPath = (tenantId: string, appModule: string) => `/launch/${tenantId}/${encodeURIComponent(appModule)}`;
