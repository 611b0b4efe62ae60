import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planUserImport } from './userImport.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

test('accepts good rows and lists every reason a row is rejected', () => {
  const plan = planUserImport(
    bytes('UPN,Name,Country,Enabled\nana@contoso.example,Ana,br,yes\nbob@contoso.example,,XX,perhaps\nana@CONTOSO.example,Ana 2,,\n'),
    'contoso.example',
  );
  assert.ok(plan.ok);
  assert.deepEqual(plan.candidates, [{ line: 2, userPrincipalName: 'ana@contoso.example', displayName: 'Ana', usageLocation: 'BR', enabled: true }]);
  assert.deepEqual(plan.rejected[0], {
    line: 3,
    userPrincipalName: 'bob@contoso.example',
    errors: ['Display name is required', 'Usage location "XX" must be an ISO 3166-1 alpha-2 country code such as US, DE or JP', 'Enabled must be true or false, not "perhaps"'],
  });
  assert.match(plan.rejected[1]!.errors[0]!, /repeats line 2/);
});

test('file-level problems reject the whole file', () => {
  const empty = planUserImport(bytes(''), 'contoso.example');
  assert.equal(empty.ok, false);
  const headerOnly = planUserImport(bytes('User principal name,Display name\n'), 'contoso.example');
  assert.deepEqual(!headerOnly.ok && headerOnly.fileProblems[0]!.message, 'The file has a header but no users');
  const tooMany = planUserImport(bytes(`UPN,Name\n${'a@contoso.example,A\n'.repeat(5001)}`), 'contoso.example');
  assert.match(!tooMany.ok ? tooMany.fileProblems[0]!.message : '', /at most 5000/);
});
