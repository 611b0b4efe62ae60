import { apiRequest } from './client';

export type RoleName = 'global_admin' | 'billing_admin' | 'license_admin' | 'user_admin' | 'operator';

/** complete: signed in; mfaRequired: the authenticator code is due; mfaEnrollmentRequired: an authenticator app must be set up first. */
export type SignInState = 'complete' | 'mfaRequired' | 'mfaEnrollmentRequired';

export interface Session {
  signIn: SignInState;
  mfa: { enrolled: boolean; required: boolean; recoveryCodesLeft: number };
  user: { id: string; userPrincipalName: string; displayName: string };
  tenant: { id: string; displayName: string; primaryDomain: string; country: string; isPublisher: boolean; kind: string };
  roles: RoleName[];
  csrfToken: string | null;
  via: 'session' | 'token';
}

export const signIn = (userPrincipalName: string, password: string) =>
  apiRequest<Session>('/api/v1/auth/sign-in', { method: 'POST', body: { userPrincipalName, password } });

export const signOut = () => apiRequest<void>('/api/v1/auth/sign-out', { method: 'POST' });

export const getSession = (signal?: AbortSignal) => apiRequest<Session>('/api/v1/auth/session', { signal });

/** The second sign-in step: the authenticator app's current code, or a recovery code. */
export const verifySecondFactor = (factor: { code: string } | { recoveryCode: string }) =>
  apiRequest<Session>('/api/v1/auth/mfa/verify', { method: 'POST', body: factor });

export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
}

export const startMfaEnrolment = () => apiRequest<MfaEnrolment>('/api/v1/auth/mfa/enrolment', { method: 'POST' });

export const confirmMfaEnrolment = (code: string) =>
  apiRequest<{ recoveryCodes: string[]; session: Session }>('/api/v1/auth/mfa/enrolment/confirm', { method: 'POST', body: { code } });

export const renewRecoveryCodes = (code: string) => apiRequest<{ recoveryCodes: string[] }>('/api/v1/auth/mfa/recovery-codes', { method: 'POST', body: { code } });

export const removeMfa = (code: string) => apiRequest<void>('/api/v1/auth/mfa', { method: 'DELETE', body: { code } });

export const changePassword = (currentPassword: string, newPassword: string) =>
  apiRequest<void>('/api/v1/auth/password', { method: 'POST', body: { currentPassword, newPassword } });

/** Home-realm discovery: does this address sign in with its organization? */
export const discoverSignIn = (email: string) =>
  apiRequest<{ sso: boolean; providerName: string | null; passwordAllowed: boolean; signInUrl: string | null }>('/api/v1/auth/sso/discover', { query: { email } });
