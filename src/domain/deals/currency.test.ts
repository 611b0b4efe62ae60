import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONVERTIBLE_CURRENCIES, currencyProblem, toUsd } from './currency.js';

describe('deal currencies', () => {
  test('every listed currency is a real ISO 4217 code and converts', () => {
    const iso = new Set(Intl.supportedValuesOf('currency'));
    for (const code of CONVERTIBLE_CURRENCIES) {
      assert.ok(iso.has(code), code);
      assert.equal(currencyProblem(code), null);
      assert.ok(toUsd(1000, code) > 0);
    }
    assert.equal(toUsd(5000, 'USD'), 5000);
    assert.equal(toUsd(10_000, 'EUR'), 10_800);
  });

  test('an unknown code and a real one without a rate get different messages', () => {
    assert.match(currencyProblem('XYZ')!, /not an ISO 4217 currency code; use one of USD, EUR/);
    assert.match(currencyProblem('usd')!, /not an ISO 4217/);
    assert.match(currencyProblem('THB')!, /THB has no exchange rate/);
    assert.throws(() => toUsd(1, 'THB'), RangeError);
  });
});
