import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { AUDIT_ACTIONS } from '../src/domain/auditActions.js';

/**
 * Every audit action the code can write (AUDIT_ACTIONS: the audit entry's
 * type allows no other) is asserted by at least one test: its name appears
 * as a string in a test file. A new action without a test fails here.
 */
const root = join(import.meta.dirname, '..');

async function testFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await testFiles(path)));
    else if (/\.(test|e2e)\.ts$/.test(entry.name) && !path.endsWith('auditCoverage.test.ts')) found.push(path);
  }
  return found;
}

test('every audit action is asserted by some test', async () => {
  const files = [...(await testFiles(join(root, 'src'))), ...(await testFiles(join(root, 'test'))), ...(await testFiles(join(root, 'e2e')))];
  const texts = await Promise.all(files.map(async (file) => ({ file: relative(root, file), text: await readFile(file, 'utf8') })));
  assert.ok(texts.length > 50, 'the test files were found');
  const unasserted = AUDIT_ACTIONS.filter((action) => !texts.some(({ text }) => [`'${action}'`, `"${action}"`, `\`${action}\``].some((quoted) => text.includes(quoted))));
  assert.deepEqual(unasserted, [], `audit actions no test asserts: ${unasserted.join(', ')}`);
});

test('the list holds each action once, named resource.verb', () => {
  assert.equal(new Set(AUDIT_ACTIONS).size, AUDIT_ACTIONS.length);
  for (const action of AUDIT_ACTIONS) assert.match(action, /^[a-z_]+\.[a-z_]+$/);
});
