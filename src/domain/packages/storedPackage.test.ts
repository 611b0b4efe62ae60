import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { writePackageArchive, readPackageArchive } from './packageArchive.js';
import { checkStoredPackage } from './storedPackage.js';
import type { PackageValidationContext } from './validatePackage.js';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
const PLAN_IDS = ['gold', 'silver', 'bronze', 'iron'];
const MODULES = ['fab_gold', 'fab_silver', 'fab_viewer'];

/** A package the upload accepts (any offer plans), as a zip, with its parts. */
const storedPackages = fc
  .record({
    plans: fc.uniqueArray(fc.constantFrom(...PLAN_IDS), { minLength: 1, maxLength: 4 }),
    mapped: fc.array(fc.tuple(fc.nat(3), fc.constantFrom(...MODULES)), { minLength: 1, maxLength: 6 }),
  })
  .map(({ plans, mapped }) => {
    const manifest = { uniqueName: 'FabrikamFieldOps', displayName: 'Fabrikam Field Ops', version: '1.2.0.0', publisher: 'fabrikam', appModules: MODULES.map((m) => ({ uniqueName: m, displayName: m })) };
    const servicePlans = plans.map((p) => ({ serviceId: `fabrikam.fieldops.${p}`, displayName: p, moreInfoUrl: `https://fabrikam.com/${p}` }));
    const pairs = new Map(mapped.map(([plan, appModule]) => [`${plans[plan % plans.length]}|${appModule}`, { serviceId: `fabrikam.fieldops.${plans[plan % plans.length]}`, appModule }]));
    return { manifest, license: { servicePlans, mappings: [...pairs.values()] } };
  });

/** The offer as it may be later: its plans changed, another publisher, or no license management. */
const laterContexts: fc.Arbitrary<PackageValidationContext> = fc.record(
  {
    offerServiceIds: fc.uniqueArray(fc.constantFrom(...PLAN_IDS).map((p) => `fabrikam.fieldops.${p}`), { maxLength: 4 }),
    publisherId: fc.constantFrom('fabrikam', 'contoso'),
  },
  { requiredKeys: [] },
);

test('a stored package re-checked from its manifest and license gives what re-reading its zip gives', async () => {
  await fc.assert(
    fc.asyncProperty(storedPackages, laterContexts, async ({ manifest, license }, context) => {
      const zip = writePackageArchive(new Map([['solution.json', encode(manifest)], ['license.json', encode(license)], ['components/forms.xml', encode('<forms/>')]]));
      const accepted = await readPackageArchive(zip, {});
      assert.ok(accepted.valid, JSON.stringify(accepted.problems));
      const fromZip = await readPackageArchive(zip, context);
      const stored = checkStoredPackage(accepted.manifest!, accepted.license!, context);
      assert.deepEqual(stored.problems, fromZip.problems);
      assert.equal(stored.valid, fromZip.valid);
    }),
    { numRuns: 150 },
  );
});
