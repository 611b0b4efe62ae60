import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalJson, requestFingerprint } from './fingerprint.js';

test('the same request in any key order has one fingerprint; any change makes another', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } }), '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  assert.equal(requestFingerprint({ a: 1, b: 'x' }), requestFingerprint({ b: 'x', a: 1 }));
  assert.notEqual(requestFingerprint({ a: 1, b: 'x' }), requestFingerprint({ a: 1, b: 'y' }));
  assert.equal(requestFingerprint({ a: 1, b: undefined }), requestFingerprint({ a: 1 }));
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
      const reversed = Object.fromEntries(Object.entries(object).reverse());
      return requestFingerprint(object) === requestFingerprint(reversed);
    }),
  );
});
