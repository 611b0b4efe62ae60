import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installEligibility } from './installEligibility.js';

test('install is allowed without license management, for freemium offers, or with a license held', () => {
  const base = { offerName: 'Field Service Hub', licenseManagement: true, allowInstallWithoutLicense: false, heldProducts: 0 };
  assert.deepEqual(installEligibility({ ...base, licenseManagement: false }), { allowed: true, reason: 'no_license_management' });
  assert.deepEqual(installEligibility({ ...base, allowInstallWithoutLicense: true }), { allowed: true, reason: 'install_without_license' });
  assert.deepEqual(installEligibility({ ...base, heldProducts: 1 }), { allowed: true, reason: 'licensed' });
  const refused = installEligibility(base);
  assert.equal(refused.allowed, false);
  assert.match(refused.allowed ? '' : refused.detail, /Field Service Hub can only be installed by organizations that hold a license/);
});
