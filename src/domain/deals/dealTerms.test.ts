import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, dealTermsProblems, isCalendarDate, latestTodayAt, type DealTerms } from './dealTerms.js';

const context = { thresholdUsd: 5000, latestToday: '2026-11-25' };
const terms = (changes: Partial<DealTerms> = {}): DealTerms => ({
  signedDate: '2026-11-01',
  startDate: '2026-11-01',
  endDate: '2027-10-31',
  totalContractValue: { amount: 12000, currency: 'USD' },
  solutionValue: { amount: 9000, currency: 'USD' },
  ...changes,
});
const fields = (t: DealTerms, c = context) => dealTermsProblems(t, c).map((p) => p.field);

describe('deal terms', () => {
  test('a well-formed deal has no problems; perpetual deals have no end', () => {
    assert.deepEqual(fields(terms()), []);
    assert.deepEqual(fields(terms({ endDate: null })), []);
  });

  test('start on or after signed, end after start, signed not in the future', () => {
    assert.deepEqual(fields(terms({ startDate: '2026-10-31' })), ['startDate']);
    assert.deepEqual(fields(terms({ endDate: '2026-11-01' })), ['endDate']);
    assert.deepEqual(fields(terms({ signedDate: '2026-11-26', startDate: '2026-11-26' })), ['signedDate']);
  });

  test('the value must be strictly above the threshold, converted to USD', () => {
    assert.deepEqual(fields(terms({ totalContractValue: { amount: 5000, currency: 'USD' }, solutionValue: { amount: 1, currency: 'USD' } })), ['totalContractValue.amount']);
    assert.deepEqual(fields(terms({ totalContractValue: { amount: 5000.01, currency: 'USD' }, solutionValue: { amount: 1, currency: 'USD' } })), []);
    const yen = dealTermsProblems(terms({ totalContractValue: { amount: 700_000, currency: 'JPY' }, solutionValue: { amount: 1, currency: 'JPY' } }), context);
    assert.match(yen[0]!.message, /above 5,000 USD .*700,000 JPY is about 4,690 USD/);
    assert.deepEqual(fields(terms(), { ...context, thresholdUsd: 20_000 }), ['totalContractValue.amount']);
  });

  test('currencies are checked, and the solution value cannot exceed the total', () => {
    assert.deepEqual(fields(terms({ totalContractValue: { amount: 9000, currency: 'ABC' } })), ['totalContractValue.currency']);
    assert.deepEqual(fields(terms({ solutionValue: { amount: 1, currency: 'THB' } })), ['solutionValue.currency']);
    assert.deepEqual(fields(terms({ solutionValue: { amount: 12000.01, currency: 'USD' } })), ['solutionValue.amount']);
  });

  test('all problems are reported at once', () => {
    assert.deepEqual(fields(terms({ startDate: '2026-01-01', endDate: '2025-01-01', totalContractValue: { amount: 10, currency: 'USD' } })), [
      'startDate',
      'endDate',
      'totalContractValue.amount',
      'solutionValue.amount',
    ]);
  });

  test('calendar dates', () => {
    for (const good of ['2024-02-29', '2026-12-31', '2026-01-01']) assert.ok(isCalendarDate(good), good);
    for (const bad of ['2025-02-29', '2026-13-01', '2026-1-01', '2026-01-01T00:00:00Z', '']) assert.ok(!isCalendarDate(bad), bad);
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(latestTodayAt(new Date('2026-11-24T12:00:00Z')), '2026-11-25');
    assert.equal(latestTodayAt(new Date('2026-11-24T09:59:59Z')), '2026-11-24');
  });

  test('property: raising the amount never makes an eligible deal ineligible', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom('USD', 'EUR', 'JPY', 'INR'), (a, b, currency) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const eligible = (amount: number) =>
          !fields(terms({ totalContractValue: { amount, currency }, solutionValue: { amount: 0, currency } })).includes('totalContractValue.amount');
        return !eligible(low) || eligible(high);
      }),
    );
  });
});
