import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DomainError } from '../problems.js';
import { buildServiceId, parseServiceId, validateOfferId, validatePlanId, validatePublisherId } from './serviceId.js';

const idPart = (max: number) => fc.stringMatching(new RegExp(`^[a-z0-9_-]{1,${max}}$`));

test('a Service ID round-trips through build and parse', () => {
  // 19 + 19 keeps publisher + offer under 40 characters whatever is drawn.
  fc.assert(
    fc.property(idPart(19), idPart(19), idPart(50), (publisherId, offerId, planId) => {
      const parsed = parseServiceId(buildServiceId(publisherId, offerId, planId));
      assert.deepEqual(parsed, { ok: true, publisherId, offerId, planId });
    }),
  );
});

test('a Service ID without exactly three dot-separated parts is refused', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      fc.pre(text.split('.').length !== 3);
      const parsed = parseServiceId(text);
      assert.equal(parsed.ok, false);
    }),
  );
  const parsed = parseServiceId('fabrikam.fieldops');
  assert.deepEqual(parsed, { ok: false, message: 'Service ID "fabrikam.fieldops" must have the form <publisherId>.<offerId>.<planId>' });
});

test('parseServiceId names the part that breaks the rules', () => {
  const cases: [string, RegExp][] = [
    ['Fabrikam.fieldops.gold', /Publisher ID "Fabrikam" may contain only lowercase/],
    ['fabrikam.Field Ops.gold', /Offer ID "Field Ops" may contain only lowercase/],
    ['fabrikam.fieldops.', /Plan ID is required/],
    ['fabrikam..gold', /Offer ID is required/],
    [`fabrikam.fieldops.${'p'.repeat(51)}`, /must be at most 50 characters; it is 51/],
    [`fabrikam.${'o'.repeat(32)}.gold`, /Publisher ID \+ offer ID must be under 40 characters; "fabrikam" \+ "o{32}" is 40/],
  ];
  for (const [serviceId, expected] of cases) {
    const parsed = parseServiceId(serviceId);
    assert.equal(parsed.ok, false, serviceId);
    if (!parsed.ok) assert.match(parsed.message, expected);
  }
});

test('offer ID: lowercase letters, digits, - and _, and publisher + offer under 40 characters', () => {
  assert.equal(validateOfferId('field-ops_2', 'fabrikam'), null);
  assert.match(validateOfferId('FieldOps', 'fabrikam')!, /may contain only lowercase letters, digits, "-" and "_"/);
  assert.match(validateOfferId('field.ops', 'fabrikam')!, /may contain only/);
  assert.match(validateOfferId('', 'fabrikam')!, /Offer ID is required/);
  assert.equal(validateOfferId('o'.repeat(31), 'fabrikam'), null, '8 + 31 = 39 is under 40');
  assert.match(validateOfferId('o'.repeat(32), 'fabrikam')!, /must be under 40 characters/);
});

test('plan ID: at most 50 characters of the same set', () => {
  assert.equal(validatePlanId('p'.repeat(50)), null);
  assert.match(validatePlanId('p'.repeat(51))!, /at most 50 characters/);
  assert.match(validatePlanId('Gold')!, /may contain only/);
  assert.match(validatePlanId('')!, /Plan ID is required/);
});

test('publisher ID leaves room for at least a one-character offer ID', () => {
  assert.equal(validatePublisherId('p'.repeat(38)), null);
  assert.match(validatePublisherId('p'.repeat(39))!, /at most 38 characters/);
  assert.match(validatePublisherId('fab.rikam')!, /may contain only/);
});

test('buildServiceId refuses bad parts with a 400 naming the field', () => {
  assert.equal(buildServiceId('fabrikam', 'fieldops', 'gold'), 'fabrikam.fieldops.gold');
  for (const [args, field] of [
    [['Fab', 'fieldops', 'gold'], 'publisherId'],
    [['fabrikam', 'field ops', 'gold'], 'offerId'],
    [['fabrikam', 'fieldops', 'g'.repeat(51)], 'planId'],
  ] as const) {
    assert.throws(
      () => buildServiceId(args[0], args[1], args[2]),
      (error: unknown) => error instanceof DomainError && error.status === 400 && error.detail.startsWith(`${field}: `),
    );
  }
});
