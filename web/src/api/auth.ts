import { answer, api, type Schemas } from './client';

/** Who is signed in, their abilities (decided by the server's policies) and the server's limits. */
export type Session = Schemas['Session'];
export type RoleName = Session['roles'][number];
/** An action of the server's policies, e.g. `deal.write`. */
export type Action = keyof Session['abilities'];

/** complete: signed in; mfaRequired: the authenticator code is due; mfaEnrollmentRequired: an authenticator app must be set up first. */
export type SignInState = Session['signIn'];

export const signIn = (userPrincipalName: string, password: string) => answer(api.POST('/api/v1/auth/sign-in', { body: { userPrincipalName, password } }));

export const signOut = () => answer(api.POST('/api/v1/auth/sign-out')).then(() => undefined);

export const getSession = (signal?: AbortSignal) => answer(api.GET('/api/v1/auth/session', { signal }), signal);

/** The second sign-in step: the authenticator app's current code, or a recovery code. */
export const verifySecondFactor = (factor: { code: string } | { recoveryCode: string }) => answer(api.POST('/api/v1/auth/mfa/verify', { body: factor }));

export type MfaEnrolment = { secret: string; otpauthUri: string };

export const startMfaEnrolment = (): Promise<MfaEnrolment> => answer(api.POST('/api/v1/auth/mfa/enrolment'));

export const confirmMfaEnrolment = (code: string) => answer(api.POST('/api/v1/auth/mfa/enrolment/confirm', { body: { code } }));

export const renewRecoveryCodes = (code: string) => answer(api.POST('/api/v1/auth/mfa/recovery-codes', { body: { code } }));

export const removeMfa = (code: string) => answer(api.DELETE('/api/v1/auth/mfa', { body: { code } })).then(() => undefined);

export const changePassword = (currentPassword: string, newPassword: string) =>
  answer(api.POST('/api/v1/auth/password', { body: { currentPassword, newPassword } })).then(() => undefined);

/** Home-realm discovery: does this address sign in with its organization? */
export const discoverSignIn = (email: string) => answer(api.GET('/api/v1/auth/sso/discover', { params: { query: { email } } }));
