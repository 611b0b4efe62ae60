import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { acceptBatchFast, acceptCheckFast, batchRequest, checkRequest } from './schema.js';

/**
 * The hot path's cheap validation must agree with the zod schemas, which stay
 * the rules: for any JSON a client could send, it accepts exactly what zod
 * accepts and outputs exactly what zod outputs (everything else goes to zod,
 * which writes the error).
 */
const guidish = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => ` ${u}`),
  fc.uuid().map((u) => u.slice(1)),
  fc.uuid().map((u) => u.replace(/-/g, '')),
  fc.string(),
);
const padding = fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\ufeff', '\u2028', '\u3000');
const name = (max: number) =>
  fc.oneof(
    fc.tuple(padding, fc.string({ minLength: 0, maxLength: 12 }), padding).map(([a, b, c]) => a + b + c),
    fc.constantFrom(max - 1, max, max + 1).map((n) => 'x'.repeat(n)),
    fc.constantFrom(max, max + 1).map((n) => ` ${'y'.repeat(n)} `),
    fc.constant(''),
  );
const json = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string(), fc.array(fc.string(), { maxLength: 2 }));
const checkLike = fc
  .record(
    { tenantId: fc.oneof(guidish, json), user: fc.oneof(name(256), json), appModule: fc.oneof(name(200), json), extra: json },
    { requiredKeys: [] },
  )
  .map((o) => JSON.parse(JSON.stringify(o)) as unknown);

function agree(fast: unknown, zod: { success: boolean; data?: unknown }, input: unknown) {
  if (zod.success) assert.deepEqual(fast, zod.data, `fast output differs for ${JSON.stringify(input)}`);
  else assert.equal(fast, undefined, `fast accepted what zod refuses: ${JSON.stringify(input)}`);
}

test('a single check: accepted exactly when zod accepts, with the same output', () => {
  fc.assert(
    fc.property(checkLike, (input) => agree(acceptCheckFast(input), checkRequest.safeParse(input), input)),
    { numRuns: 3000 },
  );
  const valid = { tenantId: 'ABCDEF01-2345-6789-ABCD-EF0123456789', user: '  Ana@Contoso.example ', appModule: ' app ' };
  assert.deepEqual(acceptCheckFast(valid), { tenantId: 'abcdef01-2345-6789-abcd-ef0123456789', user: 'Ana@Contoso.example', appModule: 'app' });
});

test('a batch: the same, including the size limits', () => {
  const batchLike = fc
    .oneof(
      fc.record({ checks: fc.array(checkLike, { maxLength: 4 }) }),
      fc.record({ checks: fc.array(checkLike, { maxLength: 2 }), other: json }),
      fc.constantFrom(0, 1, 1000, 1001).map((n) => ({ checks: Array.from({ length: n }, () => ({ tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e', user: 'u', appModule: 'm' })) })),
      json,
    )
    .map((o) => JSON.parse(JSON.stringify(o)) as unknown);
  fc.assert(
    fc.property(batchLike, (input) => agree(acceptBatchFast(input), batchRequest.safeParse(input), input)),
    { numRuns: 1500 },
  );
});
