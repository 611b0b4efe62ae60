import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listingButtons, type ListingOfferSetup, type ListingVisitor } from './buttons.js';

const anonymous: ListingVisitor = { signedIn: false, tenantHoldsLicense: false, isTenantAdmin: false };
const adminWithLicenses: ListingVisitor = { signedIn: true, tenantHoldsLicense: true, isTenantAdmin: true };
const userWithLicenses: ListingVisitor = { signedIn: true, tenantHoldsLicense: true, isTenantAdmin: false };
const adminWithout: ListingVisitor = { signedIn: true, tenantHoldsLicense: false, isTenantAdmin: true };
const userWithout: ListingVisitor = { signedIn: true, tenantHoldsLicense: false, isTenantAdmin: false };
const visitors = { anonymous, adminWithLicenses, userWithLicenses, adminWithout, userWithout };

const unmanaged: ListingOfferSetup = { licenseManagement: false, allowInstallWithoutLicense: false };
const freemium: ListingOfferSetup = { licenseManagement: true, allowInstallWithoutLicense: true };
const licensed: ListingOfferSetup = { licenseManagement: true, allowInstallWithoutLicense: false };

test('without license management everyone sees Get it now and Contact me', () => {
  for (const [who, visitor] of Object.entries(visitors)) {
    const buttons = listingButtons(unmanaged, visitor);
    assert.equal(buttons.getItNow.shown, true, who);
    assert.equal(buttons.contactMe.shown, true, who);
    assert.match(buttons.getItNow.reason, /any organization can install it/, who);
  }
});

test('license management with install-without-licenses: everyone sees both buttons', () => {
  for (const [who, visitor] of Object.entries(visitors)) {
    const buttons = listingButtons(freemium, visitor);
    assert.equal(buttons.getItNow.shown, true, who);
    assert.equal(buttons.contactMe.shown, true, who);
    assert.match(buttons.getItNow.reason, /Any organization can install this app/, who);
  }
});

test('license management without install-without-licenses: Get it now only for a signed-in visitor whose tenant holds a license', () => {
  const expected = { anonymous: false, adminWithLicenses: true, userWithLicenses: true, adminWithout: false, userWithout: false };
  for (const [who, visitor] of Object.entries(visitors)) {
    const buttons = listingButtons(licensed, visitor);
    assert.equal(buttons.getItNow.shown, expected[who as keyof typeof expected], who);
    assert.equal(buttons.contactMe.shown, true, `${who}: Contact me is always there`);
  }
});

test('the reasons are sentences a visitor can act on', () => {
  assert.match(listingButtons(licensed, anonymous).getItNow.reason, /^Sign in with a work account whose organization has licenses/);
  assert.equal(listingButtons(licensed, adminWithLicenses).getItNow.reason, 'Your organization has licenses for this app.');
  assert.match(listingButtons(licensed, userWithLicenses).getItNow.reason, /^Your organization has licenses for this app\. Ask an administrator/);
  assert.match(listingButtons(licensed, userWithout).getItNow.reason, /^Your organization has no licenses for this app yet/);
  assert.match(listingButtons(licensed, adminWithout).getItNow.reason, /use Contact me/);
  assert.match(listingButtons(unmanaged, anonymous).getItNow.reason, /Sign in with a work account to install it\.$/);
  for (const setup of [unmanaged, freemium, licensed]) {
    for (const visitor of Object.values(visitors)) assert.match(listingButtons(setup, visitor).contactMe.reason, /publisher/);
  }
});

test('Get it now says what pressing it leads to: install, ask an admin, or sign in', () => {
  assert.equal(listingButtons(unmanaged, anonymous).getItNow.action, 'signIn');
  assert.equal(listingButtons(freemium, userWithout).getItNow.action, 'askAdmin');
  assert.equal(listingButtons(freemium, adminWithout).getItNow.action, 'install');
  assert.equal(listingButtons(licensed, adminWithLicenses).getItNow.action, 'install');
  assert.equal(listingButtons(licensed, userWithLicenses).getItNow.action, 'askAdmin');
  assert.equal(listingButtons(licensed, anonymous).getItNow.action, null);
  assert.equal(listingButtons(licensed, adminWithout).getItNow.action, null);
});

test('a tenant holding a license does not matter when the offer does not need one', () => {
  for (const setup of [unmanaged, freemium]) {
    assert.deepEqual(listingButtons(setup, adminWithout).getItNow.shown, listingButtons(setup, adminWithLicenses).getItNow.shown);
  }
});
