import { apiRequest } from './client';

export type RoleName = 'global_admin' | 'billing_admin' | 'license_admin' | 'user_admin' | 'operator';

export interface Session {
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
