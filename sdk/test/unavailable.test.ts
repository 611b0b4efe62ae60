import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { LicenseHubClient, type CheckRequest } from '../src/index.js';
import { startLicenseHub, type LicenseHubServer } from './licenseHubServer.js';

/**
 * What the client does when LicenseHub is not there: a real server is
 * stopped after the cache is warmed; a server that never answers and one that
 * answers 503 stand for the slow and the failing server.
 */

let server: LicenseHubServer;
let now = 1_000_000;
let warmClient: LicenseHubClient;
let warmed: CheckRequest;
let neverAsked: CheckRequest;

before(async () => {
  server = await startLicenseHub();
  const { publisher, customer } = server.fixture;
  warmed = { tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold };
  neverAsked = { tenantId: customer.tenantId, user: customer.users.unassigned.id, appModule: publisher.app.modules.gold };
  warmClient = new LicenseHubClient({
    baseUrl: server.baseUrl,
    runtimeKey: publisher.runtimeKey,
    cacheTtlMs: 30_000,
    staleIfErrorMs: 300_000,
    now: () => now,
  });
  assert.equal((await warmClient.check(warmed)).source, 'server');
  await server.stop();
});

describe('when the server is stopped', () => {
  test('an answer cached within staleIfErrorMs is still used', async () => {
    now += 60_000; // past the TTL: the client asks the server, which is gone
    const decision = await warmClient.check(warmed);
    assert.equal(decision.source, 'stale-cache');
    assert.equal(decision.code, 'LICENSED');
    assert.equal(decision.licensed, true);
  });

  test('without a usable cached answer, fail-closed refuses and fail-open allows', async () => {
    const closed = await warmClient.check(neverAsked);
    assert.deepEqual([closed.licensed, closed.code, closed.source], [false, 'SERVICE_UNAVAILABLE', 'policy']);
    assert.match(closed.detail, /could not be reached .*refused \(fail-closed\)/);

    const open = new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey: 'k', onUnavailable: 'fail-open' });
    const allowed = await open.check(neverAsked);
    assert.deepEqual([allowed.licensed, allowed.code, allowed.source], [true, 'SERVICE_UNAVAILABLE', 'policy']);
  });

  test('an answer older than staleIfErrorMs is not used', async () => {
    now += 300_000;
    const decision = await warmClient.check(warmed);
    assert.deepEqual([decision.licensed, decision.code], [false, 'SERVICE_UNAVAILABLE']);
  });

  test('batches and token requests fall back the same way, check by check', async () => {
    const client = new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey: 'k', onUnavailable: 'fail-open' });
    const decisions = await client.checkMany([warmed, neverAsked]);
    assert.deepEqual(
      decisions.map((d) => [d.licensed, d.code]),
      [
        [true, 'SERVICE_UNAVAILABLE'],
        [true, 'SERVICE_UNAVAILABLE'],
      ],
    );
    const issued = await client.issueToken(warmed);
    assert.deepEqual([issued.code, issued.token], ['SERVICE_UNAVAILABLE', null]);
  });
});

describe('when the server is slow or failing', () => {
  let silent: Server;
  let failing: Server;
  const urlOf = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

  before(async () => {
    silent = createServer(() => {
      // Never answers.
    });
    failing = createServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Starting up', status: 503, detail: 'The license index is still loading' }));
    });
    await Promise.all([silent, failing].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  });
  after(async () => {
    silent.closeAllConnections();
    await Promise.all([silent, failing].map((s) => new Promise((resolve) => s.close(resolve))));
  });

  test('no answer within timeoutMs counts as unavailable', async () => {
    const client = new LicenseHubClient({ baseUrl: urlOf(silent), runtimeKey: 'k', timeoutMs: 150 });
    const started = performance.now();
    const decision = await client.check(warmed);
    const elapsed = performance.now() - started;
    assert.deepEqual([decision.licensed, decision.code], [false, 'SERVICE_UNAVAILABLE']);
    assert.match(decision.detail, /no answer within 150 ms/);
    assert.ok(elapsed >= 140 && elapsed < 2_000, `gave up after ${elapsed} ms`);
  });

  test('a 5xx answer counts as unavailable', async () => {
    const client = new LicenseHubClient({ baseUrl: urlOf(failing), runtimeKey: 'k', onUnavailable: 'fail-open' });
    const decision = await client.check(warmed);
    assert.deepEqual([decision.licensed, decision.code], [true, 'SERVICE_UNAVAILABLE']);
    assert.match(decision.detail, /answered 503/);
  });
});
