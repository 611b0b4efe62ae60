import { test } from 'node:test';
import assert from 'node:assert/strict';
import { licenseManagementRefusal, missingPrerequisites, programPrerequisites, type ProgramStanding } from './prerequisites.js';

const approved: ProgramStanding = { partnerId: '4412001', marketplaceEnrolled: true, programStatus: 'approved', decisionReason: null };

test('an approved, enrolled publisher with a partner ID meets every prerequisite', () => {
  assert.deepEqual(programPrerequisites(approved).map((p) => [p.key, p.met]), [
    ['partnerId', true],
    ['marketplaceEnrollment', true],
    ['programApproval', true],
  ]);
  assert.equal(licenseManagementRefusal(approved), null);
});

test('each missing prerequisite is named with what to do', () => {
  const fresh: ProgramStanding = { partnerId: null, marketplaceEnrolled: false, programStatus: 'not_enrolled', decisionReason: null };
  assert.deepEqual(missingPrerequisites(fresh).map((p) => p.key), ['partnerId', 'marketplaceEnrollment', 'programApproval']);
  const refusal = licenseManagementRefusal(fresh)!;
  assert.match(refusal, /Partner ID — No partner ID is on file/);
  assert.match(refusal, /Marketplace enrollment — Not enrolled/);
  assert.match(refusal, /Partner program approval — Not enrolled in the partner program: apply/);
});

test('pending and declined applications say where they stand', () => {
  const pending = licenseManagementRefusal({ ...approved, programStatus: 'pending' })!;
  assert.match(pending, /waiting for the operator/);
  assert.doesNotMatch(pending, /Partner ID —/, 'only the missing prerequisite is named');
  const declined = licenseManagementRefusal({ ...approved, programStatus: 'declined', decisionReason: 'Company not verified' })!;
  assert.match(declined, /declined \("Company not verified"\); correct it and apply again/);
});
