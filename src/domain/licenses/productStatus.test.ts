import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { combineDeals, licenseLifecycle } from './lifecycle.js';
import { productStatus } from './productStatus.js';

const terms = { graceDays: 30, suspendedDays: 30 };
const at = (iso: string) => new Date(iso);

describe('productStatus', () => {
  test('deals add up while active or in grace', () => {
    const status = productStatus([{ quantity: 10, endDate: '2026-12-31' }, { quantity: 5, endDate: '2026-06-30' }], at('2026-07-15T00:00:00Z'), terms);
    assert.deepEqual(status, { purchased: 15, state: 'active', nextChangeAt: at('2026-07-31T00:00:00Z') });
  });

  test('a suspended product keeps its seats, so holders stay who they were', () => {
    const status = productStatus([{ quantity: 10, endDate: '2026-06-30' }], at('2026-08-15T00:00:00Z'), terms);
    assert.deepEqual(status, { purchased: 10, state: 'suspended', nextChangeAt: at('2026-08-30T00:00:00Z') });
  });

  test('an active deal beside a suspended one: only the usable seats count', () => {
    const status = productStatus([{ quantity: 10, endDate: '2026-06-30' }, { quantity: 3, endDate: null }], at('2026-08-15T00:00:00Z'), terms);
    assert.equal(status.purchased, 3);
    assert.equal(status.state, 'active');
  });

  test('removed, or no deals at all: nothing', () => {
    assert.deepEqual(productStatus([{ quantity: 10, endDate: '2026-06-30' }], at('2027-01-01T00:00:00Z'), terms), { purchased: 0, state: 'removed', nextChangeAt: null });
    assert.deepEqual(productStatus([], at('2027-01-01T00:00:00Z'), terms), { purchased: 0, state: 'removed', nextChangeAt: null });
  });

  test('property: agrees with combineDeals except that suspension keeps its seats', () => {
    const deal = fc.record({ quantity: fc.integer({ min: 1, max: 1000 }), endDate: fc.option(fc.date({ min: at('2025-01-01'), max: at('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))) });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 6 }), fc.date({ min: at('2025-01-01'), max: at('2028-12-31'), noInvalidDate: true }), (deals, now) => {
        const status = productStatus(deals, now, terms);
        const combined = combineDeals(deals.map((d) => ({ quantity: d.quantity, status: licenseLifecycle({ endDate: d.endDate, now, ...terms }) })));
        assert.equal(status.state, combined.state);
        assert.deepEqual(status.nextChangeAt, combined.nextChangeAt);
        if (status.state === 'suspended') assert.ok(status.purchased > 0 && combined.purchased === 0);
        else assert.equal(status.purchased, combined.purchased);
        if (status.state === 'removed') assert.equal(status.purchased, 0);
      }),
    );
  });
});
