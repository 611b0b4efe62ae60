import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RETRY_POLICY, isDelivered, nextTryAfter } from './webhookSchedule.js';

test('retries back off ×4 from the base, capped at 10 hours, and park after the last try', () => {
  const at = new Date('2026-01-01T00:00:00Z');
  const delays = [];
  for (let tries = 1; tries <= DEFAULT_RETRY_POLICY.maxAttempts; tries++) {
    const next = nextTryAfter(tries, at, DEFAULT_RETRY_POLICY);
    delays.push(next ? (next.getTime() - at.getTime()) / 1000 : null);
  }
  assert.deepEqual(delays, [5, 20, 80, 320, 1280, 5120, 20480, 36000, null]);
  assert.equal(nextTryAfter(1, at, { baseSeconds: 1, maxAttempts: 1 }), null);
});

test('only a 2xx answer counts as delivered', () => {
  assert.deepEqual([200, 204, 299, 300, 404, 500, null].map(isDelivered), [true, true, true, false, false, false, false]);
});
