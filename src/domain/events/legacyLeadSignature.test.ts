import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';
import { secretFromLegacy, secretKey, signLegacy, verifyLegacy } from './legacyLeadSignature.js';

test('a lead webhook secret becomes a whsec_ secret with the same HMAC key', () => {
  const legacy = 'a-very-secret-value-ü';
  const secret = secretFromLegacy(legacy);
  assert.match(secret, /^whsec_[A-Za-z0-9+/]+=*$/);
  assert.deepEqual(secretKey(secret), Buffer.from(legacy, 'utf8'));
  // A receiver may keep its old secret: standardwebhooks takes its UTF-8 bytes as the raw key (an ASCII string works as it is).
  const at = new Date('2026-12-01T10:00:00Z');
  assert.equal(new Webhook(secret).sign('1-0', at, '{}'), new Webhook(Buffer.from(legacy, 'utf8'), { format: 'raw' }).sign('1-0', at, '{}'));
  assert.equal(new Webhook(secretFromLegacy('ascii-secret-value')).sign('1-0', at, '{}'), new Webhook('ascii-secret-value', { format: 'raw' }).sign('1-0', at, '{}'));
});

test('the old LicenseHub-Signature header verifies over the exact body with the old secret', () => {
  const body = JSON.stringify({ id: 'lead-1', name: 'Megan' });
  const header = signLegacy(secretKey(secretFromLegacy('s3cret-s3cret-s3cret')), 1_790_000_000, body);
  assert.match(header, /^t=1790000000,v1=[0-9a-f]{64}$/);
  assert.ok(verifyLegacy('s3cret-s3cret-s3cret', header, body));
  assert.ok(!verifyLegacy('another-secret-value', header, body));
  assert.ok(!verifyLegacy('s3cret-s3cret-s3cret', header, body.replace('Megan', 'Eve')));
  assert.ok(!verifyLegacy('s3cret-s3cret-s3cret', header.replace('t=1790000000', 't=1790000001'), body));
});
