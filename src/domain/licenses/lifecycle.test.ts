import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { combineDeals, compareLicenseStates, licenseLifecycle, lifecycleBoundaries, type LicenseState, type LifecycleStatus } from './lifecycle.js';

const at = (iso: string) => new Date(iso);
const status = (state: LicenseState, nextChangeAt: string | null = null): LifecycleStatus => ({ state, nextChangeAt: nextChangeAt ? at(nextChangeAt) : null });

describe('licenseLifecycle', () => {
  const endDate = '2025-06-30';
  const check = (now: string, state: LicenseState, next: string | null) =>
    assert.deepEqual(licenseLifecycle({ endDate, now: at(now) }), status(state, next), `at ${now}`);

  test('a perpetual deal is active forever', () => {
    assert.deepEqual(licenseLifecycle({ endDate: null, now: at('2999-01-01T00:00:00Z') }), status('active'));
  });

  test('the end date is the last day of the contract, in UTC', () => {
    check('2025-01-01T00:00:00Z', 'active', '2025-07-01T00:00:00Z');
    check('2025-06-30T00:00:00Z', 'active', '2025-07-01T00:00:00Z');
    check('2025-06-30T23:59:59.999Z', 'active', '2025-07-01T00:00:00Z');
  });

  test('30 days of warning after the end date, then 30 suspended, then removed', () => {
    check('2025-07-01T00:00:00Z', 'warning', '2025-07-31T00:00:00Z');
    check('2025-07-30T23:59:59.999Z', 'warning', '2025-07-31T00:00:00Z');
    check('2025-07-31T00:00:00Z', 'suspended', '2025-08-30T00:00:00Z');
    check('2025-08-29T23:59:59.999Z', 'suspended', '2025-08-30T00:00:00Z');
    check('2025-08-30T00:00:00Z', 'removed', null);
    check('2030-01-01T00:00:00Z', 'removed', null);
  });

  test('grace and suspension lengths are configurable, down to zero', () => {
    const now = at('2025-07-01T00:00:00Z');
    assert.deepEqual(licenseLifecycle({ endDate, now, graceDays: 0 }), status('suspended', '2025-07-31T00:00:00Z'));
    assert.deepEqual(licenseLifecycle({ endDate, now, graceDays: 0, suspendedDays: 0 }), status('removed'));
    assert.deepEqual(licenseLifecycle({ endDate, now, graceDays: 7 }), status('warning', '2025-07-08T00:00:00Z'));
  });

  test('a renewal before removal brings the licenses back', () => {
    const now = at('2025-08-15T00:00:00Z');
    assert.equal(licenseLifecycle({ endDate, now }).state, 'suspended');
    assert.deepEqual(licenseLifecycle({ endDate: '2026-06-30', now }), status('active', '2026-07-01T00:00:00Z'));
  });

  test('leap days and year ends are plain calendar days', () => {
    assert.deepEqual(lifecycleBoundaries('2024-02-29', 1, 1), {
      warningFrom: at('2024-03-01T00:00:00Z'),
      suspendedFrom: at('2024-03-02T00:00:00Z'),
      removedFrom: at('2024-03-03T00:00:00Z'),
    });
    assert.deepEqual(lifecycleBoundaries('2025-12-31').warningFrom, at('2026-01-01T00:00:00Z'));
  });

  test('refuses malformed end dates and day counts instead of guessing', () => {
    const now = at('2025-01-01T00:00:00Z');
    for (const bad of ['2025-02-30', '2025-13-01', '2025-6-30', '30/06/2025', '2025-06-30T00:00:00Z', '']) {
      assert.throws(() => licenseLifecycle({ endDate: bad, now }), RangeError, bad);
    }
    assert.throws(() => licenseLifecycle({ endDate, now, graceDays: -1 }), RangeError);
    assert.throws(() => licenseLifecycle({ endDate, now, suspendedDays: 0.5 }), RangeError);
  });

  const dateArb = fc.date({ min: at('2020-01-01T00:00:00Z'), max: at('2030-12-31T00:00:00Z'), noInvalidDate: true });
  const scenarioArb = fc.record({
    endDate: dateArb.map((d) => d.toISOString().slice(0, 10)),
    graceDays: fc.integer({ min: 0, max: 60 }),
    suspendedDays: fc.integer({ min: 0, max: 60 }),
  });
  const rank = (state: LicenseState) => compareLicenseStates(state, 'active');

  test('the state only ever gets worse as time passes', () => {
    fc.assert(
      fc.property(scenarioArb, dateArb, dateArb, (deal, t1, t2) => {
        const [earlier, later] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const before = licenseLifecycle({ ...deal, now: earlier }).state;
        const after = licenseLifecycle({ ...deal, now: later }).state;
        assert.ok(rank(before) <= rank(after), `${before} at ${earlier.toISOString()} then ${after} at ${later.toISOString()}`);
      }),
    );
  });

  test('nothing changes before nextChangeAt and something does at it', () => {
    fc.assert(
      fc.property(scenarioArb, dateArb, (deal, now) => {
        const current = licenseLifecycle({ ...deal, now });
        if (!current.nextChangeAt) return assert.equal(current.state, 'removed');
        const justBefore = new Date(current.nextChangeAt.getTime() - 1);
        assert.equal(licenseLifecycle({ ...deal, now: justBefore }).state, current.state);
        assert.notEqual(licenseLifecycle({ ...deal, now: current.nextChangeAt }).state, current.state);
      }),
    );
  });

  test('a later end date is never worse', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 400 }), dateArb, (deal, days, now) => {
        const extended = new Date(Date.parse(deal.endDate) + days * 86_400_000).toISOString().slice(0, 10);
        const renewed = licenseLifecycle({ ...deal, endDate: extended, now }).state;
        assert.ok(rank(renewed) <= rank(licenseLifecycle({ ...deal, now }).state));
      }),
    );
  });
});

describe('combineDeals', () => {
  test('counts seats of active and warning deals; the best state wins; the earliest change is next', () => {
    const product = combineDeals([
      { quantity: 10, status: status('warning', '2025-07-31T00:00:00Z') },
      { quantity: 5, status: status('active', '2026-01-01T00:00:00Z') },
      { quantity: 7, status: status('suspended', '2025-07-20T00:00:00Z') },
      { quantity: 3, status: status('removed') },
    ]);
    assert.deepEqual(product, { purchased: 15, state: 'active', nextChangeAt: at('2025-07-20T00:00:00Z') });
  });

  test('only suspended deals: no usable seats, state suspended', () => {
    assert.deepEqual(combineDeals([{ quantity: 4, status: status('suspended', '2025-08-30T00:00:00Z') }]), {
      purchased: 0,
      state: 'suspended',
      nextChangeAt: at('2025-08-30T00:00:00Z'),
    });
  });

  test('a perpetual deal keeps the product active with nothing scheduled', () => {
    assert.deepEqual(combineDeals([{ quantity: 2, status: status('active') }]), { purchased: 2, state: 'active', nextChangeAt: null });
  });

  test('no deals: nothing purchased, removed', () => {
    assert.deepEqual(combineDeals([]), { purchased: 0, state: 'removed', nextChangeAt: null });
  });
});
