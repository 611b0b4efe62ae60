import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module script without type declarations
import { SOURCE, TARGET, sdkCopy } from '../scripts/copyDecision.mjs';

test("the SDK's local mode decides with the server's own decision function (src/domain/licenses/decision.ts, copied at build)", () => {
  const expected = sdkCopy(readFileSync(SOURCE, 'utf8'));
  assert.equal(readFileSync(TARGET, 'utf8'), expected, 'sdk/src/local/decision.ts is not the copy of the server\'s: run `node sdk/scripts/copyDecision.mjs`');
});
