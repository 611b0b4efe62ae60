import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonths,
  breakdowns,
  buildSeries,
  isRangeProblem,
  monthsBetween,
  periodsOf,
  resolveRange,
  seriesFromDeltas,
  summarize,
  trendOf,
  type CustomerInfo,
  type PeriodPosition,
  type PlanInfo,
  type Position,
  type ReportRange,
} from './licenseReport.js';

const NOW = new Date('2026-06-15T10:00:00Z');

/**
 * A hand-written ledger: per product, rows (month, purchased_after, assigned_after).
 * The positions a report reads are each product's last row per month.
 *   A/gold:  2026-01 provision 10, assign 3 → (10,3); 2026-03 assign 2 more → (10,5); 2026-05 deprovision to 0 → (0,0)
 *   A/silver: 2025-12 provision 4 (before the range) → (4,1); 2026-04 → (6,6)
 *   B/gold:  2026-02 provision 5 → (5,0); 2026-06 → (5,2)
 */
const initial: Position[] = [{ tenantId: 'A', planId: 'silver', purchased: 4, assigned: 1, state: 'active' }];
const changes: PeriodPosition[] = [
  { period: '2026-01', tenantId: 'A', planId: 'gold', purchased: 10, assigned: 3, state: 'active' },
  { period: '2026-02', tenantId: 'B', planId: 'gold', purchased: 5, assigned: 0, state: 'active' },
  { period: '2026-03', tenantId: 'A', planId: 'gold', purchased: 10, assigned: 5, state: 'active' },
  { period: '2026-04', tenantId: 'A', planId: 'silver', purchased: 6, assigned: 6, state: 'active' },
  { period: '2026-05', tenantId: 'A', planId: 'gold', purchased: 0, assigned: 0, state: 'removed' },
  { period: '2026-06', tenantId: 'B', planId: 'gold', purchased: 5, assigned: 2, state: 'warning' },
];
const range: ReportRange = { from: '2026-01', to: '2026-06', granularity: 'month' };

describe('license report maths', () => {
  test('series: last position per product at each month end, summed; customers have more than 0 provisioned', () => {
    const { series, final, initialTotals } = buildSeries(initial, changes, periodsOf(range, NOW));
    assert.deepEqual(initialTotals, { provisioned: 4, assigned: 1, customers: 1 });
    assert.deepEqual(series, [
      { period: '2026-01', provisioned: 14, assigned: 4, customers: 1 },
      { period: '2026-02', provisioned: 19, assigned: 4, customers: 2 },
      { period: '2026-03', provisioned: 19, assigned: 6, customers: 2 },
      { period: '2026-04', provisioned: 21, assigned: 11, customers: 2 },
      { period: '2026-05', provisioned: 11, assigned: 6, customers: 2 },
      { period: '2026-06', provisioned: 11, assigned: 8, customers: 2 },
    ]);
    assert.deepEqual(
      final.map((p) => [p.tenantId, p.planId, p.purchased, p.assigned, p.state]).sort(),
      [
        ['A', 'gold', 0, 0, 'removed'],
        ['A', 'silver', 6, 6, 'active'],
        ['B', 'gold', 5, 2, 'warning'],
      ],
    );
  });

  test('the series from per-period changes (as the database sums them) equals the series from positions', () => {
    const periods = periodsOf(range, NOW);
    const { series, initialTotals } = buildSeries(initial, changes, periods);
    // Worked out by hand from the ledger above: each month's change of the totals; 2025-12 holds everything before.
    const deltas = [
      { period: '2025-12', provisioned: 4, assigned: 1, customers: 1 },
      { period: '2026-01', provisioned: 10, assigned: 3, customers: 0 },
      { period: '2026-02', provisioned: 5, assigned: 0, customers: 1 },
      { period: '2026-03', provisioned: 0, assigned: 2, customers: 0 },
      { period: '2026-04', provisioned: 2, assigned: 5, customers: 0 },
      { period: '2026-05', provisioned: -10, assigned: -5, customers: 0 },
      { period: '2026-06', provisioned: 0, assigned: 2, customers: 0 },
    ];
    assert.deepEqual(seriesFromDeltas(deltas, periods, '2025-12'), { series, initialTotals });
  });

  test('a customer whose only plan drops to 0 stops counting; one coming back counts again', () => {
    const { series } = buildSeries(
      [],
      [
        { period: '2026-01', tenantId: 'C', planId: 'p', purchased: 3, assigned: 0, state: 'active' },
        { period: '2026-02', tenantId: 'C', planId: 'p', purchased: 0, assigned: 0, state: 'removed' },
        { period: '2026-04', tenantId: 'C', planId: 'q', purchased: 2, assigned: 1, state: 'active' },
      ],
      ['2026-01', '2026-02', '2026-03', '2026-04'],
    );
    assert.deepEqual(
      series.map((p) => p.customers),
      [1, 0, 0, 1],
    );
  });

  test('month-over-month trend: the range end against the month before; null when the previous is 0', () => {
    const { series, initialTotals } = buildSeries(initial, changes, periodsOf(range, NOW));
    const summary = summarize(range, series, initialTotals);
    assert.deepEqual(summary.provisioned, { current: 11, previous: 11, trend: 0 });
    assert.deepEqual(summary.assigned, { current: 8, previous: 6, trend: (8 - 6) / 6 });
    assert.deepEqual(summary.customers, { current: 2, previous: 2, trend: 0 });
    // One month: the previous month is the position before the range.
    const one: ReportRange = { from: '2026-01', to: '2026-01', granularity: 'month' };
    const single = buildSeries(initial, changes, periodsOf(one, NOW));
    assert.deepEqual(summarize(one, single.series, single.initialTotals).provisioned, { current: 14, previous: 4, trend: 2.5 });
    assert.deepEqual(trendOf(5, 0), { current: 5, previous: 0, trend: null });
  });

  test('day periods stop at today and the trend compares with the last day of the previous month', () => {
    const days: ReportRange = { from: '2026-05', to: '2026-06', granularity: 'day' };
    const periods = periodsOf(days, NOW);
    assert.equal(periods[0], '2026-05-01');
    assert.equal(periods.at(-1), '2026-06-15');
    assert.equal(periods.length, 31 + 15);
    const dayChanges: PeriodPosition[] = [
      { period: '2026-05-10', tenantId: 'A', planId: 'gold', purchased: 4, assigned: 1, state: 'active' },
      { period: '2026-06-02', tenantId: 'A', planId: 'gold', purchased: 8, assigned: 1, state: 'active' },
    ];
    const { series, initialTotals } = buildSeries([], dayChanges, periods);
    assert.deepEqual(series.find((p) => p.period === '2026-05-09'), { period: '2026-05-09', provisioned: 0, assigned: 0, customers: 0 });
    assert.deepEqual(series.find((p) => p.period === '2026-05-31'), { period: '2026-05-31', provisioned: 4, assigned: 1, customers: 1 });
    assert.deepEqual(summarize(days, series, initialTotals).provisioned, { current: 8, previous: 4, trend: 1 });
  });

  test('ranges: defaults, at most 12 months, days only up to 3 months, no future months; problems name the field', () => {
    assert.deepEqual(resolveRange({}, NOW), { from: '2026-01', to: '2026-06', granularity: 'month' });
    assert.deepEqual(resolveRange({ to: '2025-03' }, NOW), { from: '2024-10', to: '2025-03', granularity: 'month' });
    assert.deepEqual(resolveRange({ from: '2025-07', to: '2026-06' }, NOW), { from: '2025-07', to: '2026-06', granularity: 'month' });
    const tooLong = resolveRange({ from: '2025-06', to: '2026-06' }, NOW);
    assert.ok(isRangeProblem(tooLong) && tooLong.field === 'from' && /13 months/.test(tooLong.message));
    const days = resolveRange({ from: '2026-03', granularity: 'day' }, NOW);
    assert.ok(isRangeProblem(days) && days.field === 'granularity');
    assert.ok(!isRangeProblem(resolveRange({ from: '2026-04', granularity: 'day' }, NOW)));
    for (const [input, field] of [
      [{ to: '2026-07' }, 'to'],
      [{ to: '2026-13' }, 'to'],
      [{ from: 'June' }, 'from'],
      [{ from: '2026-06', to: '2026-05' }, 'from'],
    ] as const) {
      const problem = resolveRange(input, NOW);
      assert.ok(isRangeProblem(problem) && problem.field === field, JSON.stringify(input));
    }
    assert.equal(addMonths('2026-01', -1), '2025-12');
    assert.equal(addMonths('2025-12', 13), '2027-01');
    assert.equal(monthsBetween('2025-07', '2026-06'), 12);
  });

  test('breakdowns as of the end: per plan with percentage assigned, per country, per customer with first activation', () => {
    const { final } = buildSeries(initial, changes, periodsOf(range, NOW));
    const plan = (planId: string, offer = 'fieldops'): PlanInfo => ({
      planId,
      planKey: planId,
      planName: `Plan ${planId}`,
      serviceId: `pub.${offer}.${planId}`,
      offerId: offer,
      offerKey: offer,
      offerName: 'Field Ops',
    });
    const plans = new Map([plan('gold'), plan('silver')].map((p) => [p.planId, p]));
    const customer = (tenantId: string, countryCode: string): CustomerInfo => ({ tenantId, name: `Customer ${tenantId}`, countryCode, countryName: countryCode });
    const customers = new Map([customer('A', 'DE'), customer('B', 'US')].map((c) => [c.tenantId, c]));
    const activations = new Map([
      ['A\u0000gold', new Date('2026-01-05T00:00:00Z')],
      ['A\u0000silver', new Date('2025-12-01T00:00:00Z')],
      ['B\u0000gold', new Date('2026-02-10T00:00:00Z')],
    ]);
    const result = breakdowns(final, plans, customers, activations);
    assert.deepEqual(
      result.byPlan.map((r) => [r.planId, r.provisioned, r.assigned, r.percentAssigned]),
      [
        ['gold', 5, 2, 40],
        ['silver', 6, 6, 100],
      ],
    );
    assert.deepEqual(
      result.byCountry.map((r) => [r.countryCode, r.customers, r.provisioned, r.assigned]),
      [
        ['DE', 1, 6, 6],
        ['US', 1, 5, 2],
      ],
    );
    assert.deepEqual(
      result.byCustomer.map((r) => [r.tenantId, r.provisioned, r.assigned, r.firstActivation]),
      [
        ['A', 6, 6, '2025-12-01T00:00:00.000Z'],
        ['B', 5, 2, '2026-02-10T00:00:00.000Z'],
      ],
    );
    assert.deepEqual(
      result.detailed.map((r) => [r.customer.tenantId, r.plan.planId, r.provisioned, r.assigned, r.state]),
      [
        ['A', 'gold', 0, 0, 'removed'],
        ['A', 'silver', 6, 6, 'active'],
        ['B', 'gold', 5, 2, 'warning'],
      ],
    );
  });
});
