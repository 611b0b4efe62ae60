import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanBatch, type BatchItems } from './batchScan.js';

const into = (): BatchItems => ({ count: 0, starts: new Int32Array(1000), ends: new Int32Array(1000) });
const scan = (text: string, limit = 1000) => {
  const body = Buffer.from(text);
  const items = scanBatch(body, limit, into());
  return items && Array.from({ length: items.count }, (_, i) => body.toString('utf8', items.starts[i], items.ends[i]));
};

describe('scanBatch: finding the check objects of a batch body in its bytes', () => {
  test('finds each object of {"checks":[…]}, with whitespace anywhere JSON allows it', () => {
    const a = { tenantId: 't', user: 'u "quoted" \\ {brace} [x]', appModule: 'm' };
    assert.deepEqual(scan(JSON.stringify({ checks: [a, a] })), [JSON.stringify(a), JSON.stringify(a)]);
    assert.deepEqual(scan(` \n{ "checks" :\t[ {"x":1} ,\r\n{"y":[1,{"z":"}"}]} ] }\n`), ['{"x":1}', '{"y":[1,{"z":"}"}]}']);
  });

  test('any other shape is left to JSON.parse and the route', () => {
    for (const text of [
      '{"checks":[]}',
      '{"checks":[{}],"checks":[{}]}',
      '{"checks":[{}]} x',
      '{"checks":[1]}',
      '{"checks":[{},]}',
      '{"checks":{}}',
      '{"check":[{}]}',
      '{"\\u0063hecks":[{}]}',
      '["checks"]',
      '{"checks":[{"a":"unterminated}]}',
      '{"checks":[{"a":1]}]}',
      '',
    ]) {
      assert.equal(scan(text), undefined, text);
    }
    assert.equal(scan(JSON.stringify({ checks: [{}, {}, {}] }), 2), undefined, 'more items than the limit');
  });

  test('property: whatever it accepts, JSON.parse reads as {"checks":[…]} with the same objects', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const body = fc.oneof(
      // Real batches, sometimes with extra whitespace.
      fc.array(fc.dictionary(fc.string(), json, { maxKeys: 4 }), { minLength: 1, maxLength: 5 }).map((checks) => JSON.stringify({ checks }, null, Math.random() < 0.5 ? 0 : 2)),
      // Near misses: a real batch with a few characters changed or cut.
      fc
        .tuple(fc.array(fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }), { minLength: 1, maxLength: 3 }), fc.nat(), fc.constantFrom('', '"', '}', ']', ',', '\\', '{', ' '))
        .map(([checks, at, ch]) => {
          const text = JSON.stringify({ checks });
          const i = at % (text.length + 1);
          return text.slice(0, i) + ch + text.slice(i + (ch === '' ? 1 : 0));
        }),
      fc.string(),
    );
    fc.assert(
      fc.property(body, (text) => {
        const found = scan(text);
        if (found === undefined) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          // The whole body need not be valid where an item is not: each item is parsed on its own and
          // refused if it is not an object. But a body accepted with only valid items must be valid JSON.
          assert.ok(found.some((item) => !isObject(item)), `accepted invalid JSON whose items all parse: ${text}`);
          return;
        }
        assert.deepEqual(Object.keys(parsed as object), ['checks']);
        const checks = (parsed as { checks: unknown[] }).checks;
        assert.equal(checks.length, found.length);
        found.forEach((item, i) => assert.deepEqual(JSON.parse(item), checks[i]));
      }),
      { numRuns: 3000 },
    );
  });
});

function isObject(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
