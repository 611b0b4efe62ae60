import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RepeatedWarnings } from './repeatedWarnings.js';

test('the first warning of a kind is logged, the same ones within the interval are counted, the next logged one says how many', () => {
  const clock = { ms: 0 };
  const warnings = new RepeatedWarnings(10_000, () => clock.ms);
  assert.deepEqual(warnings.take('the database cannot be reached'), { log: true, notLogged: 0 });
  for (let i = 1; i <= 3; i++) {
    clock.ms += 1_000;
    assert.deepEqual(warnings.take('the database cannot be reached'), { log: false, notLogged: i });
  }
  // Another kind has its own interval.
  assert.deepEqual(warnings.take('a lock another change holds was not released within the lock timeout'), { log: true, notLogged: 0 });
  clock.ms = 10_000;
  assert.deepEqual(warnings.take('the database cannot be reached'), { log: true, notLogged: 3 });
  assert.deepEqual(warnings.take('the database cannot be reached'), { log: false, notLogged: 1 });
});
