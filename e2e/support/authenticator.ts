import { totpCode } from '../../src/identity/totp.js';

/**
 * The browser tests' authenticator app: the TOTP secret of every account they
 * enrolled, per server, and the last 30-second step they used (a code is
 * accepted once, so a second sign-in within the same step waits for the next).
 */
interface Account {
  secret: string;
  recoveryCodes: string[];
  lastStep: number;
}
const accounts = new Map<string, Account>();
const keyOf = (baseUrl: string, userPrincipalName: string) => `${new URL(baseUrl).origin}|${userPrincipalName.toLowerCase()}`;
const stepNow = () => Math.floor(Date.now() / 30_000);

export function rememberAuthenticator(baseUrl: string, userPrincipalName: string, secret: string, recoveryCodes: string[] = []) {
  accounts.set(keyOf(baseUrl, userPrincipalName), { secret, recoveryCodes, lastStep: stepNow() });
}

export function authenticatorOf(baseUrl: string, userPrincipalName: string): Account | undefined {
  return accounts.get(keyOf(baseUrl, userPrincipalName));
}

/** A code the server has not seen yet: waits for the next time step when this one was used. */
export async function freshCode(baseUrl: string, userPrincipalName: string): Promise<string> {
  const account = accounts.get(keyOf(baseUrl, userPrincipalName));
  if (!account) throw new Error(`${userPrincipalName} has no authenticator in this test run`);
  while (stepNow() <= account.lastStep) await new Promise((resolve) => setTimeout(resolve, 500));
  account.lastStep = stepNow();
  return totpCode(account.secret, new Date());
}

/** The code right now, for enrolment (the secret is new, no step was used). */
export const currentCode = (secret: string) => totpCode(secret, new Date());
