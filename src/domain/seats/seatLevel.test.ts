import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { seatLevel } from './seatLevel.js';
import { daysUntil, expiryNoticeDue, dateAfter } from '../licenses/expiryNotice.js';

test('seat levels: 90 % from nine tenths, 100 % when every seat is taken, none without seats', () => {
  assert.deepEqual([seatLevel(10, 8), seatLevel(10, 9), seatLevel(10, 10), seatLevel(0, 0), seatLevel(2, 1), seatLevel(2, 2), seatLevel(3, 3)], [0, 90, 100, 0, 0, 100, 100]);
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (purchased, raw) => {
      const assigned = Math.min(raw, purchased);
      const level = seatLevel(purchased, assigned);
      if (assigned === purchased) assert.equal(level, 100);
      else if (assigned / purchased >= 0.9) assert.equal(level, 90);
      else assert.equal(level, 0);
      // One more seat taken never lowers the level.
      if (assigned < purchased) assert.ok(seatLevel(purchased, assigned + 1) >= level);
    }),
  );
});

test('expiry notices: 30 days ahead, 7 days ahead, the last day; none before or after', () => {
  const now = new Date('2026-11-24T23:59:00Z');
  assert.equal(daysUntil('2026-12-24', now), 30);
  assert.equal(dateAfter(now, 30), '2026-12-24');
  assert.deepEqual([31, 30, 20, 8, 7, 1, 0, -1].map(expiryNoticeDue), [null, 30, 30, 30, 7, 7, 0, null]);
});
