import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Tenant scopes are proof of authorization. Only authorize(), the sign-in
 * session description, the operator's tenant creation, the console's
 * create-operator and the demo loaders may
 * mint one; anything else calling grantTenantScope is a hole in isolation.
 */
const ALLOWED = new Set([
  'src/policies/tenantScope.ts',
  'src/policies/authorize.ts',
  'src/policies/scim.ts',
  'src/policies/sso.ts',
  'src/http/auth/sessionReply.ts',
  'src/commands/operator/createTenant.ts',
  'src/commands/operator/createOperator.ts',
  'src/demo/loadDemo.ts',
  'src/demo/demoOffers.ts',
  'src/demo/demoLicensing.ts',
  'src/demo/demoMarketplace.ts',
  'src/demo/demoHistory.ts',
  'src/demo/demoSeats.ts',
]);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) yield path;
  }
}

test('only the allowed modules mint tenant scopes', () => {
  const offenders = [...files('src')]
    .map((path) => relative('.', path))
    .filter((path) => readFileSync(path, 'utf8').includes('grantTenantScope(') && !ALLOWED.has(path));
  assert.deepEqual(offenders, []);
});
