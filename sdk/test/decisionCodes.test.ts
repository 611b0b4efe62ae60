import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DECISION_CODES } from '../../src/domain/licenses/decision.js';
import { LICENSED_CODES, SDK_DECISION_CODES, SERVER_DECISION_CODES } from '../src/index.js';

test("the SDK knows the server's decision codes, in the server's order", () => {
  assert.deepEqual(
    SERVER_DECISION_CODES,
    DECISION_CODES.map((c) => c.code),
  );
});

test('the SDK lets in exactly the codes the server marks licensed', () => {
  assert.deepEqual(
    [...LICENSED_CODES].sort(),
    DECISION_CODES.filter((c) => c.licensed)
      .map((c) => c.code)
      .sort(),
  );
});

test("the SDK's own codes do not collide with the server's", () => {
  const server = new Set<string>(SERVER_DECISION_CODES);
  assert.deepEqual(
    SDK_DECISION_CODES.filter((c) => server.has(c)),
    [],
  );
});
