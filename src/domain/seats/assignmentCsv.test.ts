import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAssignmentCsv } from './assignmentCsv.js';

const bytes = (text: string) => new TextEncoder().encode(text);

test('reads user principal names, once each, with an optional display name column', () => {
  const result = readAssignmentCsv(bytes('User principal name,Display name\r\nana@c.example,Ana\r\nbo@c.example,Bo\r\nANA@c.example,Ana again\r\n'));
  assert.deepEqual(result, { ok: true, rows: [{ line: 2, userPrincipalName: 'ana@c.example' }, { line: 3, userPrincipalName: 'bo@c.example' }] });
});

test('every problem is reported with its line', () => {
  const missing = readAssignmentCsv(bytes('Email\nana@c.example\n'));
  assert.equal(missing.ok, false);
  assert.deepEqual(missing.ok ? [] : missing.problems.map((p) => p.message), ['Unknown column "Email"; expected "User principal name", "Display name"', 'Missing column "User principal name"']);
  const empty = readAssignmentCsv(bytes('UPN\n'));
  assert.deepEqual(empty.ok ? [] : empty.problems, [{ line: 2, message: 'The file has a header but no users' }]);
  const blankCell = readAssignmentCsv(bytes('UPN,Name\n,Ana\nbo@c.example,Bo\n'));
  assert.deepEqual(blankCell.ok ? [] : blankCell.problems, [{ line: 2, message: 'User principal name is empty' }]);
  const latin1 = readAssignmentCsv(new Uint8Array([0x55, 0x50, 0x4e, 0x0a, 0xe9, 0x0a]));
  assert.match(latin1.ok ? '' : latin1.problems[0]!.message, /not valid UTF-8/);
});
