import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DAY_MS, idleSince, mayUndo, reclaimDueAt, reclaimStep, type ReclaimCandidate, type ReclaimPolicy } from './reclamation.js';

const NOW = Date.UTC(2026, 10, 24);
const day = fc.integer({ min: 0, max: 400 });
const policy = fc.record<ReclaimPolicy>({ reclaimAfterDays: fc.option(fc.integer({ min: 1, max: 180 }), { nil: null }), reclaimNoticeDays: fc.integer({ min: 0, max: 30 }) });
const candidate = fc
  .record({
    directActive: fc.boolean(),
    sinceDaysAgo: day,
    usedDaysAgo: fc.option(day, { nil: null }),
    excluded: fc.boolean(),
    announced: fc.option(fc.record({ daysAgo: fc.integer({ min: 0, max: 60 }), noticeDays: fc.integer({ min: 0, max: 30 }) }), { nil: null }),
  })
  .map(
    (c): ReclaimCandidate => ({
      directActive: c.directActive,
      since: NOW - c.sinceDaysAgo * DAY_MS,
      lastUsedAt: c.usedDaysAgo === null ? null : NOW - c.usedDaysAgo * DAY_MS,
      excluded: c.excluded,
      announcement: c.announced ? { announcedAt: NOW - c.announced.daysAgo * DAY_MS, dueAt: NOW - (c.announced.daysAgo - c.announced.noticeDays) * DAY_MS } : null,
    }),
  );

describe('reclamation rules (fast-check)', () => {
  test('never reclaims without an announcement that fell due, nor an excluded, group-held or recently used seat', () => {
    fc.assert(
      fc.property(candidate, policy, (c, p) => {
        const step = reclaimStep(c, p, NOW);
        if (step === 'reclaim') {
          assert.ok(c.announcement && NOW >= c.announcement.dueAt);
          assert.ok(c.directActive && !c.excluded && p.reclaimAfterDays !== null);
          assert.ok(c.lastUsedAt === null || c.lastUsedAt < c.announcement.announcedAt);
        }
        if (step === 'announce') {
          assert.equal(c.announcement, null);
          assert.ok(NOW - idleSince(c) >= p.reclaimAfterDays! * DAY_MS);
        }
        if (step === 'cancel') assert.ok(c.announcement);
        if (c.excluded || !c.directActive || p.reclaimAfterDays === null) assert.ok(step === 'none' || step === 'cancel');
      }),
    );
  });

  test('a use after the announcement always cancels it', () => {
    fc.assert(
      fc.property(candidate, policy, fc.integer({ min: 0, max: 10 }), (c, p, usedAfter) => {
        if (!c.announcement) return;
        const used = { ...c, lastUsedAt: Math.min(NOW, c.announcement.announcedAt + usedAfter * DAY_MS) };
        assert.equal(reclaimStep(used, p, NOW), 'cancel');
      }),
    );
  });

  test('announce, then reclaim exactly when the notice ends', () => {
    const p = { reclaimAfterDays: 30, reclaimNoticeDays: 7 };
    const c: ReclaimCandidate = { directActive: true, since: NOW - 100 * DAY_MS, lastUsedAt: NOW - 31 * DAY_MS, excluded: false, announcement: null };
    assert.equal(reclaimStep(c, p, NOW), 'announce');
    assert.equal(reclaimStep({ ...c, lastUsedAt: NOW - 29 * DAY_MS }, p, NOW), 'none');
    const announced = { ...c, announcement: { announcedAt: NOW, dueAt: reclaimDueAt(p, NOW) } };
    assert.equal(reclaimStep(announced, p, NOW + 7 * DAY_MS - 1), 'none');
    assert.equal(reclaimStep(announced, p, NOW + 7 * DAY_MS), 'reclaim');
    assert.ok(mayUndo(NOW, NOW + 30 * DAY_MS, 30));
    assert.ok(!mayUndo(NOW, NOW + 30 * DAY_MS + 1, 30));
  });
});
