import { apiRequest } from './client';

export type DecisionCode =
  | 'LICENSED'
  | 'LICENSED_GRACE_PERIOD'
  | 'NO_LICENSE_REQUIRED'
  | 'NOT_ASSIGNED'
  | 'NOT_ENOUGH_LICENSES'
  | 'SUSPENDED'
  | 'APP_NOT_INSTALLED'
  | 'USER_DISABLED'
  | 'UNKNOWN_USER'
  | 'UNKNOWN_APP_MODULE';

export interface RequiredPlan {
  serviceId: string;
  displayName: string;
  moreInfoUrl: string;
}

/** What happens when the signed-in user opens an app module, and whom to ask when they may not. */
export interface LaunchInfo {
  decision: { licensed: boolean; code: DecisionCode; detail: string; plans: string[]; requiredPlans: RequiredPlan[] };
  appModule: { uniqueName: string; displayName: string };
  offer: { id: string; name: string; publisherName: string; hasLaunchUrl: boolean };
  admins: { displayName: string; userPrincipalName: string }[];
  /** The user's latest license request for this app module. */
  request: { id: string; status: 'pending' | 'approved' | 'declined'; createdAt: string; decisionNote: string } | null;
  /** What opening the app did about a seat (auto-claim, waiting room); null when the user was licensed already. */
  seat: { outcome: 'claimed' | 'holding' | 'waiting' | 'not_allowed'; planName: string | null; position: number | null; waiting: number | null } | null;
  /** Seats of this app announced for reclamation because they went unused: using the app keeps them. */
  reclaimNotices: { planName: string; dueAt: string }[];
}

export const getLaunchInfo = (tenantId: string, appModule: string, signal?: AbortSignal) =>
  apiRequest<LaunchInfo>(`/api/v1/tenants/${tenantId}/launch/${encodeURIComponent(appModule)}`, { signal });

/** The link users open: the server sends licensed users on to the app with a license token. */
export const launchPath = (tenantId: string, appModule: string) => `/launch/${tenantId}/${encodeURIComponent(appModule)}`;
