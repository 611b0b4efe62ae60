import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntitlementIndex, type IndexedAppModule } from './entitlementIndex.js';

const T = 'tenant-1';
const gold: IndexedAppModule = {
  uniqueName: 'fieldops_gold',
  displayName: 'Field Ops Gold',
  offerId: 'offer-1',
  publisherTenantId: 'publisher-1',
  requiredPlans: [{ serviceId: 'fabrikam.fieldops.gold', displayName: 'Gold', moreInfoUrl: 'https://fabrikam.example/gold' }],
  requiredServiceIds: ['fabrikam.fieldops.gold'],
  requiredPlanDisplayNames: ['Gold'],
};
const viewer: IndexedAppModule = { ...gold, uniqueName: 'fieldops_viewer', displayName: 'Viewer', requiredPlans: [], requiredServiceIds: [], requiredPlanDisplayNames: [] };

function seeded() {
  const index = new EntitlementIndex();
  index.replaceCatalog([gold, viewer], new Map([['plan-gold', 'fabrikam.fieldops.gold']]));
  index.upsertUsers(T, [
    { userId: 'u1', userPrincipalName: 'Ana@Contoso.example', displayName: 'Ana', enabled: true },
    { userId: 'u2', userPrincipalName: 'bo@contoso.example', displayName: 'Bo', enabled: true },
  ]);
  index.replaceInstalls(T, ['offer-1']);
  index.addProductHoldings(T, 'plan-gold', 'active', [
    { userId: 'u1', state: 'active' },
    { userId: 'u2', state: 'not_enough_licenses' },
  ]);
  return index;
}

test('users are found by id or by user principal name, case-insensitively', () => {
  const index = seeded();
  assert.equal(index.check(T, 'u1', 'fieldops_gold').code, 'LICENSED');
  assert.equal(index.check(T, 'ana@contoso.EXAMPLE', 'fieldops_gold').code, 'LICENSED');
  assert.equal(index.check(T, 'u2', 'fieldops_gold').code, 'NOT_ENOUGH_LICENSES');
  assert.equal(index.check(T, 'nobody', 'fieldops_gold').code, 'UNKNOWN_USER');
  assert.equal(index.check(T, 'u2', 'fieldops_viewer').code, 'NO_LICENSE_REQUIRED');
});

test('a tenant without the install learns nothing about its users', () => {
  const index = seeded();
  assert.equal(index.check('other-tenant', 'u1', 'fieldops_gold').code, 'APP_NOT_INSTALLED');
  index.replaceInstalls(T, []);
  assert.equal(index.check(T, 'nobody', 'fieldops_gold').code, 'APP_NOT_INSTALLED');
});

test('a product state change reaches every holder through the shared entry', () => {
  const index = seeded();
  index.setProductState(T, 'plan-gold', 'warning');
  assert.equal(index.check(T, 'u1', 'fieldops_gold').code, 'LICENSED_GRACE_PERIOD');
  index.setProductState(T, 'plan-gold', 'suspended');
  assert.equal(index.check(T, 'u1', 'fieldops_gold').code, 'SUSPENDED');
});

test('replacing a product swaps its seats; removing it leaves nobody holding it', () => {
  const index = seeded();
  index.replaceProduct(T, 'plan-gold', 'active', [{ userId: 'u2', state: 'active' }]);
  assert.equal(index.check(T, 'u1', 'fieldops_gold').code, 'NOT_ASSIGNED');
  assert.equal(index.check(T, 'u2', 'fieldops_gold').code, 'LICENSED');
  index.replaceProduct(T, 'plan-gold', null, []);
  assert.equal(index.check(T, 'u2', 'fieldops_gold').code, 'NOT_ASSIGNED');
});

test('renames, disables and deletes', () => {
  const index = seeded();
  index.upsertUsers(T, [{ userId: 'u1', userPrincipalName: 'ana.souza@contoso.example', displayName: 'Ana Souza', enabled: false }]);
  assert.equal(index.check(T, 'ana@contoso.example', 'fieldops_gold').code, 'UNKNOWN_USER', 'the old name no longer resolves');
  assert.equal(index.check(T, 'ana.souza@contoso.example', 'fieldops_gold').code, 'USER_DISABLED');
  index.removeUsers(T, ['u1']);
  assert.equal(index.check(T, 'u1', 'fieldops_gold').code, 'UNKNOWN_USER');
});

test('a tenant reloaded into a scratch index replaces the old one in one step', () => {
  const index = seeded();
  const scratch = index.scratch();
  scratch.upsertUsers(T, [{ userId: 'u3', userPrincipalName: 'cy@contoso.example', displayName: 'Cy', enabled: true }]);
  scratch.replaceInstalls(T, ['offer-1']);
  assert.equal(index.check(T, 'u3', 'fieldops_gold').code, 'UNKNOWN_USER', 'nothing visible before the swap');
  index.adoptTenant(T, scratch);
  assert.equal(index.check(T, 'u3', 'fieldops_gold').code, 'NOT_ASSIGNED');
  assert.equal(index.check(T, 'u1', 'fieldops_gold').code, 'UNKNOWN_USER');
});
