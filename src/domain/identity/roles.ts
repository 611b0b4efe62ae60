/** The roles a person can hold in a tenant (as in Entra ID), and the operator's. */
export type Role = 'global_admin' | 'billing_admin' | 'license_admin' | 'user_admin' | 'operator';

export const ROLES: readonly Role[] = ['global_admin', 'billing_admin', 'license_admin', 'user_admin', 'operator'];

/** 'done': signed in; 'challenge': the second factor is due; 'enrol': MFA must be set up first. */
export type SessionMfaState = 'done' | 'challenge' | 'enrol';
