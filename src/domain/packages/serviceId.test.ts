import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DomainError } from '../problems.js';
import { buildServiceId, parseServiceId, validateOfferKey, validatePlanKey, validatePublisherId } from './serviceId.js';

const idPart = (max: number) => fc.stringMatching(new RegExp(`^[a-z0-9_-]{1,${max}}$`));

test('a Service ID round-trips through build and parse', () => {
  // 19 + 19 keeps publisher + offer under 40 characters whatever is drawn.
  fc.assert(
    fc.property(idPart(19), idPart(19), idPart(50), (publisherId, offerKey, planKey) => {
      const parsed = parseServiceId(buildServiceId(publisherId, offerKey, planKey));
      assert.deepEqual(parsed, { ok: true, publisherId, offerKey, planKey });
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
  assert.deepEqual(parsed, { ok: false, message: 'Service ID "fabrikam.fieldops" must have the form <publisherId>.<offerKey>.<planKey>' });
});

test('parseServiceId names the part that breaks the rules', () => {
  const cases: [string, RegExp][] = [
    ['Fabrikam.fieldops.gold', /Publisher ID "Fabrikam" may contain only lowercase/],
    ['fabrikam.Field Ops.gold', /Offer key "Field Ops" may contain only lowercase/],
    ['fabrikam.fieldops.', /Plan key is required/],
    ['fabrikam..gold', /Offer key is required/],
    [`fabrikam.fieldops.${'p'.repeat(51)}`, /must be at most 50 characters; it is 51/],
    [`fabrikam.${'o'.repeat(32)}.gold`, /Publisher ID \+ offer key must be under 40 characters; "fabrikam" \+ "o{32}" is 40/],
  ];
  for (const [serviceId, expected] of cases) {
    const parsed = parseServiceId(serviceId);
    assert.equal(parsed.ok, false, serviceId);
    if (!parsed.ok) assert.match(parsed.message, expected);
  }
});

test('offer ID: lowercase letters, digits, - and _, and publisher + offer under 40 characters', () => {
  assert.equal(validateOfferKey('field-ops_2', 'fabrikam'), null);
  assert.match(validateOfferKey('FieldOps', 'fabrikam')!, /may contain only lowercase letters, digits, "-" and "_"/);
  assert.match(validateOfferKey('field.ops', 'fabrikam')!, /may contain only/);
  assert.match(validateOfferKey('', 'fabrikam')!, /Offer key is required/);
  assert.equal(validateOfferKey('o'.repeat(31), 'fabrikam'), null, '8 + 31 = 39 is under 40');
  assert.match(validateOfferKey('o'.repeat(32), 'fabrikam')!, /must be under 40 characters/);
});

test('plan ID: at most 50 characters of the same set', () => {
  assert.equal(validatePlanKey('p'.repeat(50)), null);
  assert.match(validatePlanKey('p'.repeat(51))!, /at most 50 characters/);
  assert.match(validatePlanKey('Gold')!, /may contain only/);
  assert.match(validatePlanKey('')!, /Plan key is required/);
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
    [['fabrikam', 'field ops', 'gold'], 'offerKey'],
    [['fabrikam', 'fieldops', 'g'.repeat(51)], 'planKey'],
  ] as const) {
    assert.throws(
      () => buildServiceId(args[0], args[1], args[2]),
      (error: unknown) => error instanceof DomainError && error.status === 400 && error.detail.startsWith(`${field}: `),
    );
  }
});

test('a key never looks like a GUID: routes read a GUID-shaped value as the GUID', () => {
  assert.match(validateOfferKey('0f8fad5b-d9cb-469f-a165-70867728950e', 'ab')!, /must not look like a GUID/);
  assert.match(validatePlanKey('0f8fad5b-d9cb-469f-a165-70867728950e')!, /must not look like a GUID/);
  assert.equal(validatePlanKey('0f8fad5b-d9cb-469f-a165-7086772895'), null, 'one digit short is a key like any other');
});
