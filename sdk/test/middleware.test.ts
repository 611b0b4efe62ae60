import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import express, { type NextFunction, type Request, type Response } from 'express';
import Fastify, { type FastifyRequest } from 'fastify';
import { LicenseHubClient, LicenseHubError, LicenseTokenVerifier, type LicenseSubject } from '../src/index.js';
import { licenseGuardExpress } from '../src/middleware/express.js';
import { licenseGuardFastify } from '../src/middleware/fastify.js';
import { startLicenseHub, type LicenseHubServer } from './licenseHubServer.js';

/**
 * Both guards, on real Express and Fastify apps, against a real LicenseHub.
 * The apps identify their user from two headers, standing in for whatever
 * sign-in the publisher's app has.
 */

let server: LicenseHubServer;
before(async () => {
  server = await startLicenseHub();
});
after(() => server.stop());

type Headers = Record<string, string>;
const subjectFrom = (headers: Record<string, string | string[] | undefined>): LicenseSubject | undefined => {
  const tenantId = headers['x-tenant-id'];
  const user = headers['x-user'];
  return typeof tenantId === 'string' && typeof user === 'string' ? { tenantId, user } : undefined;
};

interface GuardedApp {
  /** GET a guarded path of the app and read the answer. */
  get(path: string, headers?: Headers): Promise<{ status: number; type: string; body: any }>;
  close(): Promise<void>;
}

async function expressApp(): Promise<GuardedApp> {
  const { publisher } = server.fixture;
  const client = new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey: publisher.runtimeKey });
  const verifier = new LicenseTokenVerifier({ issuer: server.issuer, jwksUrl: server.jwksUrl, now: () => server.clock.now() });
  const app = express();
  const show = (_req: Request, res: Response) => res.json({ code: res.locals.license.code });
  app.get('/checked', licenseGuardExpress({ client, appModule: publisher.app.modules.gold, resolveUser: (req) => subjectFrom(req.headers) }), show);
  app.get('/tokened', licenseGuardExpress({ verifier, appModule: publisher.app.modules.gold }), show);
  app.get(
    '/tokened-for-user',
    licenseGuardExpress({ verifier, appModule: publisher.app.modules.gold, resolveUser: (req) => subjectFrom(req.headers) }),
    show,
  );
  app.get('/misconfigured', licenseGuardExpress({ client, appModule: 'no_such_module_anywhere', resolveUser: () => ({ tenantId: 'nope', user: 'x' }) }), show);
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    res.status(500).json({ caught: error instanceof LicenseHubError ? `LicenseHubError ${error.status}` : String(error) });
  });
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  return {
    get: (path, headers) => read(fetch(`${base}${path}`, { headers: headers ?? {} })),
    close: () => new Promise((resolve) => listening.close(() => resolve())),
  };
}

async function fastifyApp(): Promise<GuardedApp> {
  const { publisher } = server.fixture;
  const client = new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey: publisher.runtimeKey });
  const verifier = new LicenseTokenVerifier({ issuer: server.issuer, jwksUrl: server.jwksUrl, now: () => server.clock.now() });
  const app = Fastify();
  const show = async (request: FastifyRequest) => ({ code: request.license?.code });
  const resolveUser = (request: FastifyRequest) => subjectFrom(request.headers);
  app.get('/checked', { preHandler: licenseGuardFastify({ client, appModule: publisher.app.modules.gold, resolveUser }) }, show);
  app.get('/tokened', { preHandler: licenseGuardFastify({ verifier, appModule: publisher.app.modules.gold }) }, show);
  app.get('/tokened-for-user', { preHandler: licenseGuardFastify({ verifier, appModule: publisher.app.modules.gold, resolveUser }) }, show);
  app.get(
    '/misconfigured',
    { preHandler: licenseGuardFastify({ client, appModule: 'no_such_module_anywhere', resolveUser: () => ({ tenantId: 'nope', user: 'x' }) }) },
    show,
  );
  app.setErrorHandler(async (error, _request, reply) =>
    reply.code(500).send({ caught: error instanceof LicenseHubError ? `LicenseHubError ${error.status}` : String(error) }),
  );
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    get: (path, headers) => read(fetch(`${base}${path}`, { headers: headers ?? {} })),
    close: () => app.close(),
  };
}

async function read(pending: Promise<globalThis.Response>) {
  const response = await pending;
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.json() };
}

async function goldToken(user = server.fixture.customer.users.gold): Promise<string> {
  const { publisher, customer } = server.fixture;
  const client = new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey: publisher.runtimeKey });
  const issued = await client.issueToken({ tenantId: customer.tenantId, user: user.id, appModule: publisher.app.modules.gold });
  assert.ok(issued.token);
  return issued.token;
}

for (const [framework, create] of [
  ['Express', expressApp],
  ['Fastify', fastifyApp],
] as const) {
  describe(`${framework} guard`, () => {
    let app: GuardedApp;
    before(async () => {
      app = await create();
    });
    after(() => app.close());
    const as = (user: { id: string }) => ({ 'x-tenant-id': server.fixture.customer.tenantId, 'x-user': user.id });

    test('with a client: a licensed user gets through and the handler sees the decision', async () => {
      const answer = await app.get('/checked', as(server.fixture.customer.users.gold));
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { code: 'LICENSED' });
    });

    test('with a client: an unlicensed user gets 403 problem+json with the reason and the plans', async () => {
      const answer = await app.get('/checked', as(server.fixture.customer.users.unassigned));
      assert.equal(answer.status, 403);
      assert.match(answer.type, /^application\/problem\+json/);
      assert.equal(answer.body.title, 'License required');
      assert.equal(answer.body.code, 'NOT_ASSIGNED');
      assert.match(answer.body.detail, /does not have a license for Field Ops Gold/);
      assert.deepEqual(
        answer.body.requiredPlans.map((p: { serviceId: string }) => p.serviceId),
        [server.fixture.publisher.app.plans.gold.serviceId],
      );
    });

    test('with a client: no user is 401, and a call LicenseHub refuses goes to the error handler', async () => {
      const anonymous = await app.get('/checked');
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.title, 'Sign in required');
      const misconfigured = await app.get('/misconfigured');
      assert.deepEqual([misconfigured.status, misconfigured.body], [500, { caught: 'LicenseHubError 400' }]);
    });

    test('with a verifier: a valid license token from the query or a header gets through', async () => {
      const token = await goldToken();
      const fromQuery = await app.get(`/tokened?license_token=${encodeURIComponent(token)}`);
      assert.deepEqual([fromQuery.status, fromQuery.body], [200, { code: 'LICENSED' }]);
      const fromHeader = await app.get('/tokened', { 'x-license-token': token });
      assert.deepEqual([fromHeader.status, fromHeader.body], [200, { code: 'LICENSED' }]);
    });

    test('with a verifier: a missing or tampered token is 401 with the reason', async () => {
      const missing = await app.get('/tokened');
      assert.equal(missing.status, 401);
      assert.equal(missing.body.title, 'License token required');

      const token = await goldToken();
      const tampered = token.slice(0, -12) + (token.at(-12) === 'A' ? 'B' : 'A') + token.slice(-11);
      const refused = await app.get('/tokened', { 'x-license-token': tampered });
      assert.equal(refused.status, 401);
      assert.equal(refused.body.reason, 'invalid_signature');
    });

    test("with a verifier and resolveUser: another user's token is 403", async () => {
      const { users } = server.fixture.customer;
      const token = await goldToken(users.gold);
      const own = await app.get('/tokened-for-user', { ...as(users.gold), 'x-license-token': token });
      assert.equal(own.status, 200);
      const replayed = await app.get('/tokened-for-user', { ...as(users.unassigned), 'x-license-token': token });
      assert.equal(replayed.status, 403);
      assert.equal(replayed.body.title, 'License token of another user');
    });
  });
}

test('a guard needs exactly one of client and verifier, and a client guard needs resolveUser', () => {
  const client = new LicenseHubClient({ baseUrl: 'http://127.0.0.1:9', runtimeKey: 'k' });
  assert.throws(() => licenseGuardExpress({ appModule: 'm' } as never), /either a client or a verifier/);
  assert.throws(() => licenseGuardFastify({ client, appModule: 'm' } as never), /resolveUser is required/);
});
