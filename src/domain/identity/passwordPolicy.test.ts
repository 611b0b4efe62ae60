import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordProblemFor } from './passwordPolicy.js';

const person = { userPrincipalName: 'megan.bowen@contoso.example', displayName: 'Megan Bowen' };

test('the findings: a common password, twelve spaces and the user’s own name are refused', () => {
  assert.match(passwordProblemFor('password1234', person)!, /common or breached/);
  assert.match(passwordProblemFor(' '.repeat(12), person)!, /too few different characters/);
  assert.match(passwordProblemFor('Megan Bowen 2026', person)!, /your name/);
  assert.match(passwordProblemFor('megan.bowen@contoso', person)!, /your name|user principal name/);
});

test('breached passwords are refused as typed, with substitutions undone and with digits and symbols around them', () => {
  for (const password of ['passwordpassword', 'qwerty123456', '1q2w3e4r5t6y', 'P@ssw0rd2024!', '!!dragon1234!!', 'Sunshine2026!', 'iloveyou12345', 'Football#1984']) {
    assert.match(passwordProblemFor(password) ?? 'accepted', /common or breached|neighbouring|repeated/, password);
  }
});

test('repetitive and sequential passwords are refused', () => {
  assert.match(passwordProblemFor('abcabcabcabc')!, /repeated|too few/);
  assert.match(passwordProblemFor('abcdefghijklmn')!, /neighbouring/);
  assert.match(passwordProblemFor('9876543210987')!, /neighbouring/);
  assert.match(passwordProblemFor('qwertyuiopasdf')!, /neighbouring/);
  assert.match(passwordProblemFor('aaaaaaaaaaab')!, /too few different/);
});

test('length: at least 12 characters, and long passphrases up to 256 are welcome', () => {
  assert.match(passwordProblemFor('Kd9#mQ2!xZ')!, /at least 12/);
  assert.equal(passwordProblemFor('correct horse battery staple'), null);
  assert.equal(passwordProblemFor(`${'tangerine orbit velvet '.repeat(10)}end`.slice(0, 256)), null);
  assert.match(passwordProblemFor('x'.repeat(257))!, /at most 256/);
  assert.equal(passwordProblemFor('Grüße aus Köln, 2026'), null, 'any Unicode is allowed');
});

test('ordinary good passwords pass, including ones that mention the person in passing', () => {
  for (const password of ['Welcome-to-Contoso-2026', 'test-password-123', 'Megan-loves-the-sea-2026', 'LicenseHub-demo-2026', 'Publisher-e2e-password-1']) {
    assert.equal(passwordProblemFor(password, person), null, password);
  }
});
