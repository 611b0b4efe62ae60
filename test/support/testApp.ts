import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { totpCode } from '../../src/identity/totp.js';
import { buildApp } from '../../src/app.js';
import { bootstrapOperator, OPERATOR_UPN } from '../../src/bootstrap.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from './testDatabase.js';
import { openDatabase } from '../../src/store/database.js';

export const OPERATOR_PASSWORD = 'operator-password-1';
export const TEST_PASSWORD = 'test-password-123';
/** Every test server seals secrets with this key (two servers sharing a database must share it too). */
export const TEST_SECRET_KEY = randomBytes(32).toString('base64');

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: ManualClock;
  close(): Promise<void>;
}

/**
 * The real app on a real (fresh) database, driven in-process with inject().
 * Pass `sharing` to start a second server on another app's PostgreSQL database,
 * `env` to set configuration as the environment would.
 */
export async function createTestApp(options: { sharing?: TestApp; /** Settings as environment variables, e.g. LICENSEHUB_PUBLIC_URL. */ env?: Record<string, string> } & TestDatabaseOptions = {}): Promise<TestApp> {
  const shared = options.sharing?.database.directUrl;
  if (options.sharing && !shared) throw new Error('only a PostgreSQL database can be shared by two servers');
  const database: TestDatabase = shared
    ? { ...(await openDatabase({ kind: 'postgres', url: options.reachVia ? options.reachVia(shared) : shared, ...(options.timeouts ? { timeouts: options.timeouts } : {}) })), directUrl: shared }
    : await createTestDatabase(options);
  const clock = new ManualClock(new Date('2026-11-24T12:00:00Z'));
  const config = {
    ...loadConfig({ LICENSEHUB_DEMO: '0', LICENSEHUB_WEB_DIR: '/nonexistent', LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '0', LICENSEHUB_SECRET_KEY: TEST_SECRET_KEY, ...options.env }),
    adminPassword: OPERATOR_PASSWORD,
  };
  const app = await buildApp({ config, clock, database, logger: false });
  database.onProblem = (message, error) => app.log.warn({ err: error }, message);
  await bootstrapOperator(database.db, OPERATOR_PASSWORD, clock.now());
  await app.ready();
  await app.entitlements.load();
  return {
    app,
    database,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A caller: a signed-in browser session (cookie + CSRF) or an API token, or nobody. */
export class Caller {
  constructor(
    private readonly app: FastifyInstance,
    readonly auth: { cookie: string; csrf: string } | { token: string } | null,
  ) {}

  request(options: InjectOptions) {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    if (this.auth && 'cookie' in this.auth) {
      headers.cookie = this.auth.cookie;
      headers['x-csrf-token'] = this.auth.csrf;
    } else if (this.auth && 'token' in this.auth) {
      headers.authorization = `Bearer ${this.auth.token}`;
    }
    return this.app.inject({ ...options, headers });
  }
  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, ...(payload !== undefined ? { payload: payload as object } : {}) });
  }
  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as object });
  }
  put(url: string, payload: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as object });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}

export async function signIn(app: FastifyInstance, userPrincipalName: string, password: string, remoteAddress?: string): Promise<Caller> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName, password }, ...(remoteAddress ? { remoteAddress } : {}) });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${userPrincipalName} failed: ${response.statusCode} ${response.body}`);
  return finishSignIn(app, userPrincipalName, response, remoteAddress);
}

/**
 * The test's authenticator app: the TOTP secret and recovery codes of each
 * account it enrolled, per server, and the last time step it used (the
 * tests' clock stands still, and a code is accepted only once).
 */
const authenticators = new WeakMap<FastifyInstance, Map<string, { secret: string; recoveryCodes: string[]; lastStep: number }>>();
export const authenticatorOf = (app: FastifyInstance, userPrincipalName: string) => authenticators.get(app)?.get(userPrincipalName.toLowerCase());

/** Plays the person at a second-factor prompt: enrols when asked to, else enters a fresh code (or a recovery code when the clock has not moved on). */
export async function finishSignIn(app: FastifyInstance, userPrincipalName: string, response: LightMyRequestResponse, remoteAddress?: string): Promise<Caller> {
  const caller = () => new Caller(app, { cookie: `lh_session=${response.cookies.find((c) => c.name === 'lh_session')!.value}`, csrf: response.json().csrfToken });
  const state = response.json().signIn as string;
  if (state === 'complete') return caller();
  let accounts = authenticators.get(app);
  if (!accounts) authenticators.set(app, (accounts = new Map()));
  const half = caller();
  const step = Math.floor(app.clock.now().getTime() / 30_000);
  let next: LightMyRequestResponse;
  if (state === 'mfaEnrollmentRequired') {
    const started = await half.request({ method: 'POST', url: '/api/v1/auth/mfa/enrolment', ...(remoteAddress ? { remoteAddress } : {}) });
    if (started.statusCode !== 201) throw new Error(`MFA enrolment of ${userPrincipalName} failed: ${started.body}`);
    const secret = started.json().secret as string;
    next = await half.request({ method: 'POST', url: '/api/v1/auth/mfa/enrolment/confirm', payload: { code: totpCode(secret, app.clock.now()) }, ...(remoteAddress ? { remoteAddress } : {}) });
    if (next.statusCode !== 200) throw new Error(`MFA confirmation of ${userPrincipalName} failed: ${next.body}`);
    accounts.set(userPrincipalName.toLowerCase(), { secret, recoveryCodes: next.json().recoveryCodes, lastStep: step });
    return new Caller(app, { cookie: `lh_session=${next.cookies.find((c) => c.name === 'lh_session')!.value}`, csrf: next.json().session.csrfToken });
  }
  const authenticator = accounts.get(userPrincipalName.toLowerCase());
  if (!authenticator) throw new Error(`${userPrincipalName} needs a second factor this test never enrolled`);
  const payload = step > authenticator.lastStep ? { code: totpCode(authenticator.secret, app.clock.now()) } : { recoveryCode: authenticator.recoveryCodes.pop()! };
  if ('code' in payload) authenticator.lastStep = step;
  next = await half.request({ method: 'POST', url: '/api/v1/auth/mfa/verify', payload, ...(remoteAddress ? { remoteAddress } : {}) });
  if (next.statusCode !== 200) throw new Error(`second factor of ${userPrincipalName} failed: ${next.body}`);
  return new Caller(app, { cookie: `lh_session=${next.cookies.find((c) => c.name === 'lh_session')!.value}`, csrf: next.json().csrfToken });
}

export const anonymous = (app: FastifyInstance) => new Caller(app, null);

export const signInOperator = (app: FastifyInstance) => signIn(app, OPERATOR_UPN, OPERATOR_PASSWORD);
