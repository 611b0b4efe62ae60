import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compareSolutionVersions, isSolutionVersion } from './solutionVersion.js';

test('a solution version has exactly four numeric parts', () => {
  for (const good of ['1.0.0.0', '2024.01.15.1', '999999999.0.0.0']) assert.ok(isSolutionVersion(good), good);
  for (const bad of ['1.0.0', '1.0.0.0.0', '1.0.0.a', 'v1.0.0.0', '1.0.0.0 ', '1000000000.0.0.0', '']) assert.ok(!isSolutionVersion(bad), bad);
});

test('versions compare part by part as numbers', () => {
  assert.ok(compareSolutionVersions('1.10.0.0', '1.9.0.0') > 0);
  assert.ok(compareSolutionVersions('1.0.0.9', '1.0.1.0') < 0);
  assert.equal(compareSolutionVersions('2024.01.15.1', '2024.1.15.1'), 0);
  assert.throws(() => compareSolutionVersions('1.0', '1.0.0.0'), /Cannot compare/);
});

test('version comparison is antisymmetric and agrees with comparing the number tuples', () => {
  const part = fc.integer({ min: 0, max: 999_999_999 });
  const version = fc.tuple(part, part, part, part);
  fc.assert(
    fc.property(version, version, (a, b) => {
      const expected = Math.sign(a.map((n, i) => n - b[i]!).find((d) => d !== 0) ?? 0);
      assert.equal(compareSolutionVersions(a.join('.'), b.join('.')), expected);
      assert.equal(compareSolutionVersions(b.join('.'), a.join('.')), -expected || 0);
    }),
  );
});
