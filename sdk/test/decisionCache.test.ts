import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DecisionCache } from '../src/decisionCache.js';

const cacheAt = (size: number) => {
  const clock = { now: 0 };
  return { clock, cache: new DecisionCache<string>(size, () => clock.now) };
};

test('an entry is returned only while younger than the age asked for', () => {
  const { clock, cache } = cacheAt(10);
  cache.set('a', 'yes');
  clock.now = 1_000;
  assert.equal(cache.get('a', 1_000), 'yes');
  assert.equal(cache.get('a', 999), undefined);
  assert.equal(cache.get('a', 5_000), 'yes', 'a too-old read does not delete the entry');
});

test('when full, the least recently read or written entry goes first', () => {
  const { cache } = cacheAt(3);
  cache.set('a', '1');
  cache.set('b', '2');
  cache.set('c', '3');
  cache.get('a', Infinity);
  cache.set('d', '4');
  assert.equal(cache.size, 3);
  assert.equal(cache.get('b', Infinity), undefined);
  assert.deepEqual(
    ['a', 'c', 'd'].map((k) => cache.get(k, Infinity)),
    ['1', '3', '4'],
  );
});

test('writing an entry again refreshes its time and recency', () => {
  const { clock, cache } = cacheAt(2);
  cache.set('a', 'old');
  cache.set('b', 'b');
  clock.now = 500;
  cache.set('a', 'new');
  cache.set('c', 'c');
  assert.equal(cache.get('b', Infinity), undefined, 'b became the least recently used');
  assert.equal(cache.get('a', 0), 'new');
});

test('a cache of size 0 keeps nothing, and a bad size is refused', () => {
  const { cache } = cacheAt(0);
  cache.set('a', '1');
  assert.equal(cache.get('a', Infinity), undefined);
  assert.throws(() => new DecisionCache(-1), /cacheSize must be a whole number/);
});
