import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNT_AND_ADDRESS, backoffDelayMs, MFA_ACCOUNT } from './signInBackoff.js';
import { mfaRequired } from './mfaRequirement.js';

test('backoff: free failures cost nothing, then the wait doubles up to its cap', () => {
  const waits = Array.from({ length: 18 }, (_, i) => backoffDelayMs(ACCOUNT_AND_ADDRESS, i + 1) / 1000);
  assert.deepEqual(waits.slice(0, 10), [0, 0, 0, 0, 0, 1, 2, 4, 8, 16]);
  assert.equal(Math.max(...waits), 900, 'never more than 15 minutes');
  assert.equal(backoffDelayMs(ACCOUNT_AND_ADDRESS, 10_000), 900_000);
  assert.equal(backoffDelayMs(MFA_ACCOUNT, 20), 0);
  assert.equal(backoffDelayMs(MFA_ACCOUNT, 21), 5_000);
});

test('MFA is required of operators always, of admins when their tenant asks, of members never', () => {
  assert.equal(mfaRequired(['global_admin', 'operator'], false), true);
  assert.equal(mfaRequired(['license_admin'], false), false);
  assert.equal(mfaRequired(['license_admin'], true), true);
  assert.equal(mfaRequired([], true), false);
});
