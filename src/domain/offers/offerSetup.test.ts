import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideSetup, packageContextFor } from './offerSetup.js';

const draft = { licenseManagement: true, allowInstallWithoutLicenses: true, status: 'draft' as const };

test('a new offer: allow-install needs license management', () => {
  assert.deepEqual(decideSetup(null, {}), { ok: true, setup: { licenseManagement: false, allowInstallWithoutLicenses: false }, enablesLicenseManagement: false, enablesFreemium: false });
  const refused = decideSetup(null, { allowInstallWithoutLicenses: true });
  assert.equal(refused.ok, false);
  assert.deepEqual(refused.ok ? null : [refused.status, refused.field], [400, 'allowInstallWithoutLicenses']);
  const both = decideSetup(null, { licenseManagement: true, allowInstallWithoutLicenses: true });
  assert.deepEqual(both.ok && [both.setup, both.enablesLicenseManagement, both.enablesFreemium], [{ licenseManagement: true, allowInstallWithoutLicenses: true }, true, true]);
});

test('turning license management off clears allow-install; sending both contradicts', () => {
  const off = decideSetup(draft, { licenseManagement: false });
  assert.deepEqual(off.ok && off.setup, { licenseManagement: false, allowInstallWithoutLicenses: false });
  const contradiction = decideSetup(draft, { licenseManagement: false, allowInstallWithoutLicenses: true });
  assert.equal(contradiction.ok, false);
});

test('license management is fixed once published; allow-install is not', () => {
  for (const status of ['published', 'stop_sold'] as const) {
    const refused = decideSetup({ ...draft, status }, { licenseManagement: false });
    assert.deepEqual(refused.ok ? null : [refused.status, refused.field], [409, 'licenseManagement']);
    assert.match(refused.ok ? '' : refused.message, /once the offer is published; license management stays enabled/);
    const same = decideSetup({ ...draft, status }, { licenseManagement: true, allowInstallWithoutLicenses: false });
    assert.deepEqual(same.ok && same.setup, { licenseManagement: true, allowInstallWithoutLicenses: false }, 'sending the unchanged value is fine');
  }
  const freemium = decideSetup({ ...draft, allowInstallWithoutLicenses: false, status: 'published' }, { allowInstallWithoutLicenses: true });
  assert.equal(freemium.ok && freemium.enablesFreemium, true);
});

test('packages are checked against the plans only with license management', () => {
  const plans = [{ serviceId: 'fabrikam.fieldops.gold' }];
  assert.deepEqual(packageContextFor({ publisherId: 'fabrikam', licenseManagement: true }, plans), { publisherId: 'fabrikam', offerServiceIds: ['fabrikam.fieldops.gold'] });
  assert.deepEqual(packageContextFor({ publisherId: 'fabrikam', licenseManagement: false }, plans), { publisherId: 'fabrikam' });
});
