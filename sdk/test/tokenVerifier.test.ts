import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import { LicenseHubClient, LicenseTokenError, LicenseTokenVerifier, decideFromToken, type LicenseTokenVerifierOptions, type TokenFailureReason } from '../src/index.js';
import { startLicenseHub, type LicenseHubServer } from './licenseHubServer.js';

let server: LicenseHubServer;
let client: LicenseHubClient;
before(async () => {
  server = await startLicenseHub();
  client = new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey: server.fixture.publisher.runtimeKey, cacheTtlMs: 0 });
});
after(() => server.stop());

/** Tokens carry the test server's (manual) clock, so verifiers read the same clock. */
const verifierFor = (options: Partial<LicenseTokenVerifierOptions> = {}) =>
  new LicenseTokenVerifier({ issuer: server.issuer, jwksUrl: server.jwksUrl, now: () => server.clock.now(), ...options });

async function goldToken(): Promise<string> {
  const { publisher, customer } = server.fixture;
  const issued = await client.issueToken({ tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold });
  assert.ok(issued.token, 'a licensed user gets a token');
  return issued.token;
}

async function refusal(promise: Promise<unknown>): Promise<TokenFailureReason> {
  const error = await promise.then(
    () => assert.fail('expected the token to be refused'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof LicenseTokenError, `expected a LicenseTokenError, got ${String(error)}`);
  return error.reason;
}

describe('issueToken', () => {
  test('a licensed user gets a token that expires within 15 minutes; an unlicensed one gets none', async () => {
    const { publisher, customer } = server.fixture;
    const issued = await client.issueToken({ tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold });
    assert.equal(issued.code, 'LICENSED');
    assert.ok(issued.expiresAt);
    const lifetime = issued.expiresAt.getTime() - server.clock.now().getTime();
    assert.ok(lifetime > 0 && lifetime <= 15 * 60_000, `lifetime ${lifetime} ms`);

    const refused = await client.issueToken({ tenantId: customer.tenantId, user: customer.users.unassigned.id, appModule: publisher.app.modules.gold });
    assert.equal(refused.code, 'NOT_ASSIGNED');
    assert.equal(refused.token, null);
    assert.equal(refused.expiresAt, null);
  });
});

describe('LicenseTokenVerifier', () => {
  test('a valid token verifies into typed claims', async () => {
    const { publisher, customer } = server.fixture;
    const claims = await verifierFor({ audience: publisher.app.modules.gold }).verify(await goldToken());
    assert.equal(claims.issuer, server.issuer);
    assert.equal(claims.tenantId, customer.tenantId);
    assert.equal(claims.userId, customer.users.gold.id);
    assert.equal(claims.userPrincipalName, customer.users.gold.userPrincipalName);
    assert.equal(claims.appModule, publisher.app.modules.gold);
    assert.equal(claims.offerId, publisher.app.offerId);
    assert.deepEqual(claims.plans, [publisher.app.plans.gold.serviceId]);
    assert.equal(claims.code, 'LICENSED');
    assert.ok(claims.expiresAt > claims.issuedAt);
    assert.ok(claims.tokenId.length > 0);
  });

  test('an expired token is refused', async () => {
    const token = await goldToken();
    const elevenMinutesLater = () => new Date(server.clock.now().getTime() + 11 * 60_000);
    assert.equal(await refusal(verifierFor({ now: elevenMinutesLater }).verify(token)), 'expired');
  });

  test('a tampered signature or payload is refused', async () => {
    const token = await goldToken();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
    assert.equal(await refusal(verifierFor().verify(`${header}.${payload}.${flipped}`)), 'invalid_signature');

    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const upgraded = Buffer.from(JSON.stringify({ ...claims, plans: ['someone.else.platinum'] })).toString('base64url');
    assert.equal(await refusal(verifierFor().verify(`${header}.${upgraded}.${signature}`)), 'invalid_signature');
  });

  test('a token for another app module or from another issuer is refused', async () => {
    const token = await goldToken();
    assert.equal(await refusal(verifierFor({ audience: server.fixture.publisher.app.modules.silver }).verify(token)), 'wrong_audience');
    assert.equal(await refusal(verifierFor({ issuer: 'https://licensehub.elsewhere.example' }).verify(token)), 'wrong_issuer');
  });

  test('a token signed with a key LicenseHub does not publish is refused', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT({ tid: server.fixture.customer.tenantId, upn: 'x@y.example', app: 'm', offer: 'o', plans: [], code: 'LICENSED' })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'not-a-licensehub-key' })
      .setIssuer(server.issuer)
      .setSubject('someone')
      .setAudience('m')
      .setIssuedAt(Math.floor(server.clock.now().getTime() / 1000))
      .setExpirationTime(Math.floor(server.clock.now().getTime() / 1000) + 300)
      .sign(privateKey);
    assert.equal(await refusal(verifierFor().verify(forged)), 'unknown_key');
  });

  test('garbage and tokens with other algorithms are malformed', async () => {
    assert.equal(await refusal(verifierFor().verify('not-a-token')), 'malformed');
    const hs256 = await new SignJWT({ app: 'm' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(server.issuer)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a shared secret anyone could have'));
    assert.equal(await refusal(verifierFor().verify(hs256)), 'malformed');
  });

  test('keys that cannot be fetched are reported as such', async () => {
    const token = await goldToken();
    const nowhere = verifierFor({ jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json', jwksTimeoutMs: 1000 });
    assert.equal(await refusal(nowhere.verify(token)), 'jwks_unavailable');
  });

  test('after a key rotation, new tokens verify and tokens signed with the old key still do', async () => {
    const before = await goldToken();
    const verifier = verifierFor({ jwksCooldownMs: 0 });
    await verifier.verify(before);

    await server.app.licenseTokens.rotate();
    const afterRotation = await goldToken();
    assert.notEqual(decodeProtectedHeader(afterRotation).kid, decodeProtectedHeader(before).kid, 'the new token uses the new key');

    assert.equal((await verifier.verify(afterRotation)).code, 'LICENSED', 'an unknown kid makes the verifier refetch the keys');
    assert.equal((await verifier.verify(before)).code, 'LICENSED');
    assert.equal((await verifierFor().verify(before)).code, 'LICENSED', 'a verifier that first sees the keys after the rotation');
  });
});

describe('decideFromToken', () => {
  test('grants the app module the token names while it lasts, and nothing else', async () => {
    const { publisher } = server.fixture;
    const claims = await verifierFor().verify(await goldToken());
    const now = server.clock.now();

    const granted = decideFromToken(claims, publisher.app.modules.gold, now);
    assert.equal(granted.licensed, true);
    assert.equal(granted.code, 'LICENSED');
    assert.equal(granted.source, 'token');
    assert.deepEqual(granted.plans, [publisher.app.plans.gold.serviceId]);

    const otherModule = decideFromToken(claims, publisher.app.modules.silver, now);
    assert.equal(otherModule.licensed, false);
    assert.equal(otherModule.code, 'TOKEN_APP_MISMATCH');

    const later = decideFromToken(claims, publisher.app.modules.gold, new Date(claims.expiresAt.getTime() + 1));
    assert.equal(later.licensed, false);
    assert.equal(later.code, 'TOKEN_EXPIRED');
  });
});
