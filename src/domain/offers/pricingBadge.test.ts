import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pricingBadge } from './pricingBadge.js';

test('Free when licenses are optional; otherwise the longest plan trial; otherwise none', () => {
  const licensed = { licenseManagement: true, allowInstallWithoutLicense: false };
  assert.deepEqual(pricingBadge({ licenseManagement: true, allowInstallWithoutLicense: true }, [{ trialDays: 30 }]), { kind: 'free', label: 'Free' });
  assert.deepEqual(pricingBadge(licensed, [{ trialDays: null }, { trialDays: 14 }, { trialDays: 30 }]), { kind: 'freeTrial', label: '30-day free trial', trialDays: 30 });
  assert.equal(pricingBadge(licensed, [{ trialDays: null }]), null);
  assert.equal(pricingBadge(licensed, []), null);
  assert.equal(pricingBadge({ licenseManagement: false, allowInstallWithoutLicense: false }, []), null, 'no license management says nothing about price');
});
