import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { anonymous, createTestApp, TEST_PASSWORD, type TestApp } from './support/testApp.js';
import { createTenant, createUser } from './support/factories.js';
import { parseTrustProxy } from '../src/http/trustProxy.js';

/** What an attacker probes at the edge: headers, caching of secrets, malformed requests, forged client addresses. */
describe('security headers', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('every page and answer: CSP without inline script, no framing, nosniff, referrer and permissions policies; no HSTS over http', async () => {
    for (const url of ['/signin', '/admin/users', '/api/v1/marketplace/offers', '/api/v1/nowhere']) {
      const { headers } = await anonymous(t.app).get(url);
      const csp = String(headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/, url);
      assert.match(csp, /script-src 'self'(;|$)/, `${url}: scripts only from the app itself`);
      assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /object-src 'none'/);
      assert.equal(headers['x-frame-options'], 'DENY');
      assert.equal(headers['x-content-type-options'], 'nosniff');
      assert.equal(headers['referrer-policy'], 'no-referrer');
      assert.match(String(headers['permissions-policy']), /camera=\(\), .*geolocation=\(\)/);
      assert.equal(headers['strict-transport-security'], undefined, 'HSTS only for an https public URL');
    }
  });

  test('answers that carry secrets are not stored by any cache', async () => {
    const tenant = await createTenant(t.app);
    const user = await createUser(tenant);
    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName: user.userPrincipalName, password: TEST_PASSWORD } });
    assert.equal(signIn.headers['cache-control'], 'no-store');
    assert.equal((await tenant.admin.get('/api/v1/auth/session')).headers['cache-control'], 'no-store');
    assert.equal((await tenant.admin.post('/api/v1/auth/tokens', { name: 'x', scopes: ['directory.read'] })).headers['cache-control'], 'no-store');
    assert.equal((await tenant.admin.post('/api/v1/auth/mfa/enrolment')).headers['cache-control'], 'no-store');
    assert.match(String((await anonymous(t.app).get('/.well-known/jwks.json')).headers['cache-control']), /public/, 'public keys may be cached');
  });
});

describe('HSTS behind an https public URL', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { LICENSEHUB_PUBLIC_URL: 'https://licensehub.example.com' } });
  });
  after(() => t.close());

  test('Strict-Transport-Security is sent', async () => {
    const { headers } = await anonymous(t.app).get('/signin');
    assert.match(String(headers['strict-transport-security']), /max-age=31536000; includeSubDomains/);
    assert.match(String(headers['content-security-policy']), /upgrade-insecure-requests/);
  });
});

describe("the router's and the HTTP parser's errors are problem+json", () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });
  after(() => t.close());

  /** A raw request on a loopback socket (Node's parser answers some before Fastify sees them). */
  const raw = (request: string) =>
    new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const [head, body = ''] = data.split('\r\n\r\n');
        resolve({ status: Number(head!.split(' ')[1]), type: /content-type: ([^\r]+)/i.exec(head!)?.[1] ?? '', body });
      });
    });

  const isProblem = (answer: { status: number; type: string; body: string }, status: number) => {
    assert.equal(answer.status, status, answer.body);
    assert.match(answer.type, /application\/problem\+json/);
    const problem = JSON.parse(answer.body);
    assert.equal(problem.status, status);
    assert.equal(typeof problem.detail, 'string');
  };

  test('400 for a URL that does not decode', async () => {
    isProblem(await raw('GET /api/v1/tenants/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 400);
    isProblem(await raw('GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 400);
  });

  test('414 for a path parameter over the limit', async () => {
    isProblem(await raw(`POST /api/v1/tenants/${'a'.repeat(300)}/users HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`), 414);
  });

  test('431 for headers or a URL over 16 KB, 400 for a request that is not HTTP', async () => {
    isProblem(await raw(`GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`), 431);
    isProblem(await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Padding: ${'b'.repeat(20_000)}\r\nConnection: close\r\n\r\n`), 431);
    isProblem(await raw('GET / HTTP/1.1\r\nthis is not a header\r\n\r\n'), 400);
  });

  test('404 stays a problem too', async () => {
    isProblem(await raw('DELETE /api/v1/no/such/thing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 404);
  });
});

describe('proxy trust', () => {
  test('LICENSEHUB_TRUST_PROXY takes addresses, CIDRs or a hop count, and refuses "true" and nonsense', () => {
    assert.equal(parseTrustProxy(undefined), false);
    assert.equal(parseTrustProxy('2'), 2);
    assert.deepEqual(parseTrustProxy('10.0.0.5, 10.1.0.0/16,loopback'), ['10.0.0.5', '10.1.0.0/16', 'loopback']);
    assert.throws(() => parseTrustProxy('true'), /would believe any client/);
    assert.throws(() => parseTrustProxy('10.0.0.0/99'), /neither an IP address/);
    assert.throws(() => parseTrustProxy('proxy.internal'), /neither an IP address/);
  });

  const wrong = (app: TestApp['app'], upn: string, remoteAddress: string, forwardedFor: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName: upn, password: 'wrong-password!' }, remoteAddress, headers: { 'x-forwarded-for': forwardedFor } });

  test('the finding: a client that is not a trusted proxy cannot dodge throttling with X-Forwarded-For', async () => {
    const t = await createTestApp({ env: { LICENSEHUB_TRUST_PROXY: '10.0.0.1' } });
    try {
      const user = await createUser(await createTenant(t.app));
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await wrong(t.app, user.userPrincipalName, '203.0.113.9', `198.51.100.${i + 1}`)).statusCode);
      assert.equal(statuses.at(-1), 429, `spoofed addresses were ignored: ${statuses}`);
      // Through the trusted proxy, distinct clients are told apart by the header.
      const viaProxy: number[] = [];
      for (let i = 0; i < 8; i++) viaProxy.push((await wrong(t.app, user.userPrincipalName, '10.0.0.1', `198.51.100.${50 + i}`)).statusCode);
      assert.ok(viaProxy.every((s) => s === 401), `each forwarded client counts on its own: ${viaProxy}`);
    } finally {
      await t.close();
    }
  });

  test('with a hop count, addresses a client prepends to the header do not help it', async () => {
    const t = await createTestApp({ env: { LICENSEHUB_TRUST_PROXY: '1' } });
    try {
      const user = await createUser(await createTenant(t.app));
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await wrong(t.app, user.userPrincipalName, '10.0.0.1', `192.0.2.${i + 1}, 198.51.100.7`)).statusCode);
      assert.equal(statuses.at(-1), 429, `the proxy-seen address 198.51.100.7 counted every time: ${statuses}`);
    } finally {
      await t.close();
    }
  });
});
