import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEAD_MESSAGE_MAX, noteProblem, validateLeadForm } from './leadForm.js';
import { parseOfferSlug } from './slug.js';

const valid = { name: 'Megan Bowen', email: 'megan@contoso.example', company: 'Contoso', country: 'us', phone: '+1 (425) 555-0100', message: 'Please call me.', consent: true };
const fieldsOf = (input: Record<string, unknown>) => {
  const result = validateLeadForm(input);
  return result.ok ? [] : result.problems.map((p) => p.field);
};

test('a complete form is accepted, trimmed, with the country upper-cased', () => {
  const result = validateLeadForm({ ...valid, name: '  Megan Bowen ' });
  assert.ok(result.ok);
  assert.deepEqual(result.lead, { ...valid, name: 'Megan Bowen', country: 'US' });
});

test('phone is optional', () => {
  const result = validateLeadForm({ ...valid, phone: undefined });
  assert.ok(result.ok);
  assert.equal(result.lead.phone, '');
});

test('every missing field is named at once', () => {
  assert.deepEqual(fieldsOf({}), ['name', 'email', 'company', 'country', 'message', 'consent']);
  assert.deepEqual(fieldsOf({ ...valid, name: '   ' }), ['name']);
});

test('sizes: name and company ≤ 200, message ≤ 2000 characters', () => {
  assert.deepEqual(fieldsOf({ ...valid, name: 'n'.repeat(200), company: 'c'.repeat(200), message: 'm'.repeat(LEAD_MESSAGE_MAX) }), []);
  assert.deepEqual(fieldsOf({ ...valid, name: 'n'.repeat(201) }), ['name']);
  assert.deepEqual(fieldsOf({ ...valid, company: 'c'.repeat(201) }), ['company']);
  assert.deepEqual(fieldsOf({ ...valid, message: 'm'.repeat(LEAD_MESSAGE_MAX + 1) }), ['message']);
  // Characters, not UTF-16 units: 2000 emoji fit.
  assert.deepEqual(fieldsOf({ ...valid, message: '😀'.repeat(LEAD_MESSAGE_MAX) }), []);
});

test('email, country and phone formats', () => {
  for (const email of ['megan', 'megan@', '@contoso.example', 'megan@contoso', 'me gan@contoso.example', 'a@b..com', '<a@b.com>']) {
    assert.deepEqual(fieldsOf({ ...valid, email }), ['email'], email);
  }
  for (const email of ['megan@contoso.example', 'megan.bowen+leads@sub.contoso.co.uk']) assert.deepEqual(fieldsOf({ ...valid, email }), [], email);
  for (const country of ['USA', 'XX', 'U']) assert.deepEqual(fieldsOf({ ...valid, country }), ['country'], country);
  assert.deepEqual(fieldsOf({ ...valid, phone: 'call me' }), ['phone']);
});

test('consent must be exactly true', () => {
  for (const consent of [false, 'true', 1, undefined]) assert.deepEqual(fieldsOf({ ...valid, consent }), ['consent'], String(consent));
});

test('wrong types are named, not thrown', () => {
  assert.deepEqual(fieldsOf({ ...valid, name: 42, message: ['x'] }), ['name', 'message']);
});

test('HTML and script are kept verbatim as text; control characters are refused', () => {
  const html = '<script>alert("x")</script><img src=x onerror=alert(1)>';
  const result = validateLeadForm({ ...valid, name: html, company: '<b>Contoso</b>', message: `${html}\nsecond line` });
  assert.ok(result.ok);
  assert.equal(result.lead.name, html);
  assert.equal(result.lead.message, `${html}\nsecond line`);
  assert.deepEqual(fieldsOf({ ...valid, name: 'Megan\u0000' }), ['name']);
  assert.deepEqual(fieldsOf({ ...valid, company: 'Contoso\nLtd' }), ['company']);
  assert.deepEqual(fieldsOf({ ...valid, message: 'nul \u0000 byte' }), ['message']);
});

test('notes', () => {
  assert.equal(noteProblem('Called, left a voicemail'), null);
  assert.match(noteProblem(' ')!, /empty/);
  assert.match(noteProblem('x'.repeat(2001))!, /2000/);
});

test('listing slugs', () => {
  assert.deepEqual(parseOfferSlug('fabrikam.fieldops'), { publisherId: 'fabrikam', offerKey: 'fieldops' });
  for (const bad of ['fabrikam', 'fabrikam.', '.fieldops', 'Fabrikam.fieldops', 'a.b.c', '../etc']) assert.equal(parseOfferSlug(bad), null, bad);
});

test('flood limit: five leads per ten minutes, then the wait until the oldest leaves the window', async () => {
  const { leadFloodCheck } = await import('./floodLimit.js');
  const now = new Date('2026-11-24T12:10:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  assert.deepEqual(leadFloodCheck([], now), { allowed: true });
  assert.deepEqual(leadFloodCheck([1, 2, 3, 4].map(minutesAgo), now), { allowed: true });
  assert.deepEqual(leadFloodCheck([1, 2, 3, 4, 9].map(minutesAgo), now), { allowed: false, retryAfterSeconds: 60 });
  assert.deepEqual(leadFloodCheck([0, 1, 2, 3, 4, 9].map(minutesAgo), now), { allowed: false, retryAfterSeconds: 6 * 60 });
  // Older than the window: forgotten.
  assert.deepEqual(leadFloodCheck([1, 2, 3, 4, 10, 11].map(minutesAgo), now), { allowed: true });
});
