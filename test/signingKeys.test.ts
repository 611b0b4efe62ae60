import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { anonymous, createTestApp, type TestApp } from './support/testApp.js';
import { LicenseTokenService } from '../src/runtime/licenseTokens.js';
import { SecretBox } from '../src/identity/secretBox.js';
import { loadSecretKey } from '../src/identity/secretKey.js';

/** Token-signing keys: there from the first start, sealed at rest, and rotated without breaking tokens already issued. */
describe('signing keys', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const claims = { userId: randomUUID(), userPrincipalName: 'alex@contoso.example', tenantId: randomUUID(), appModule: 'app_gold', offerId: 'fieldops', plans: ['p.fieldops.gold'], code: 'LICENSED' };

  test('the finding: /.well-known/jwks.json has a key from the first start, before any token was issued', async () => {
    const jwks = (await anonymous(t.app).get('/.well-known/jwks.json')).json();
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0].kty, 'OKP');
    assert.equal(jwks.keys[0].d, undefined, 'no private part is published');
  });

  test('the private key is sealed in the database: the rows hold no key material in clear', async () => {
    const rows = await t.database.db.selectFrom('signing_keys').selectAll().execute();
    assert.ok(rows.length >= 1);
    for (const row of rows) {
      assert.equal(row.private_jwk, null);
      assert.match(row.private_key_sealed!, /^v1\./);
      assert.ok(!JSON.stringify(row).includes('"d"'), 'no JWK private member anywhere in the row');
    }
  });

  test('a key stored in clear before the upgrade is sealed at the next start and still signs', async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const kid = randomUUID();
    const now = t.clock.now();
    await t.database.db.updateTable('signing_keys').set({ retires_at: now }).execute();
    await t.database.db
      .insertInto('signing_keys')
      .values({
        kid,
        algorithm: 'EdDSA',
        public_jwk: JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' }),
        private_jwk: JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' }),
        private_key_sealed: null,
        retires_at: new Date(now.getTime() + 86_400_000),
        expires_at: new Date(now.getTime() + 2 * 86_400_000),
      })
      .execute();
    const service = new LicenseTokenService(t.app.db, t.clock, 'https://licensehub.test', t.app.secretBox);
    await service.prepare();
    const row = await t.database.db.selectFrom('signing_keys').selectAll().where('kid', '=', kid).executeTakeFirstOrThrow();
    assert.equal(row.private_jwk, null);
    assert.match(row.private_key_sealed!, /^v1\./);
    const { token } = await service.issue(claims);
    const verified = await jwtVerify(token, createLocalJWKSet(await service.jwks()), { currentDate: t.clock.now() });
    assert.equal(verified.protectedHeader.kid, kid);
  });

  test('a server started with another secret key says so instead of signing', async () => {
    const stranger = new LicenseTokenService(t.app.db, t.clock, 'https://licensehub.test', new SecretBox(randomBytes(32)));
    await assert.rejects(stranger.issue(claims), /sealed with another secret key/);
  });

  test('rotation keeps tokens signed by the earlier key verifiable until they expire', async () => {
    const before = await t.app.licenseTokens.issue(claims);
    const earlierKid = JSON.parse(Buffer.from(before.token.split('.')[0]!, 'base64url').toString()).kid;
    const newKid = await t.app.licenseTokens.rotate();
    assert.notEqual(newKid, earlierKid);
    const after = await t.app.licenseTokens.issue(claims);
    const jwks = (await anonymous(t.app).get('/.well-known/jwks.json')).json();
    const kids = jwks.keys.map((k: { kid: string }) => k.kid);
    assert.ok(kids.includes(earlierKid) && kids.includes(newKid));
    const keySet = createLocalJWKSet(jwks);
    const options = { currentDate: t.clock.now() };
    assert.equal((await jwtVerify(before.token, keySet, options)).protectedHeader.kid, earlierKid);
    assert.equal((await jwtVerify(after.token, keySet, options)).protectedHeader.kid, newKid);
  });
});

describe('the secret key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'licensehub-key-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('without LICENSEHUB_SECRET_KEY a key file is created 0600 at the first start and reused after', () => {
    const file = join(dir, 'data', 'secret.key');
    const first = loadSecretKey({ value: null, file });
    assert.equal(first.origin, 'new file');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const again = loadSecretKey({ value: null, file });
    assert.equal(again.origin, 'file');
    assert.deepEqual(again.key, first.key);
  });

  test('a key file others can read is refused, and so is a malformed key', () => {
    const file = join(dir, 'open.key');
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`);
    chmodSync(file, 0o644);
    assert.throws(() => loadSecretKey({ value: null, file }), /can be read by other users/);
    assert.throws(() => loadSecretKey({ value: 'too-short', file: null }), /32 random bytes/);
    assert.equal(loadSecretKey({ value: randomBytes(32).toString('hex'), file: null }).origin, 'environment');
  });
});
