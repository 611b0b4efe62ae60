import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PackageValidation } from '../packages/index.js';
import { programPrerequisites } from './prerequisites.js';
import { publishProblems, type PublishInput } from './publishReadiness.js';

const validPackage = (mappings: [string, string][], appModules = ['fab_gold', 'fab_silver', 'fab_viewer']): PackageValidation => ({
  valid: true,
  manifest: { uniqueName: 'FieldOps', displayName: 'Field Ops', version: '1.0.0.0', publisher: 'fabrikam', appModules: appModules.map((uniqueName) => ({ uniqueName, displayName: uniqueName })) },
  license: {
    servicePlans: [...new Set(mappings.map(([s]) => s))].map((serviceId) => ({ serviceId, displayName: serviceId, moreInfoUrl: 'https://fabrikam.com' })),
    mappings: mappings.map(([serviceId, appModule]) => ({ serviceId, appModule })),
  },
  problems: [],
});

const ready: PublishInput = {
  listing: {
    name: 'Field Ops',
    summary: 'Work orders',
    description: 'Plan visits',
    categories: ['field-service'],
    hasLogo: true,
    supportUrl: 'https://fabrikam.com/support',
    privacyUrl: 'https://fabrikam.com/privacy',
    launchUrl: 'https://fabrikam.com/app',
  },
  licenseManagement: true,
  allowInstallWithoutLicenses: false,
  prerequisites: programPrerequisites({ partnerId: '4412001', marketplaceEnrolled: true, programStatus: 'approved', decisionReason: null }),
  plans: [
    { planKey: 'gold', serviceId: 'fabrikam.fieldops.gold' },
    { planKey: 'silver', serviceId: 'fabrikam.fieldops.silver' },
  ],
  currentPackage: {
    version: '1.0.0.0',
    validation: validPackage([
      ['fabrikam.fieldops.gold', 'fab_gold'],
      ['fabrikam.fieldops.gold', 'fab_silver'],
      ['fabrikam.fieldops.silver', 'fab_silver'],
    ]),
  },
  appModulesTaken: [],
};

test('a complete offer has nothing to fix', () => {
  assert.deepEqual(publishProblems(ready), []);
});

test('every problem is reported at once', () => {
  const problems = publishProblems({
    ...ready,
    listing: { ...ready.listing, summary: '', hasLogo: false, categories: [], launchUrl: null },
    prerequisites: programPrerequisites({ partnerId: '4412001', marketplaceEnrolled: true, programStatus: 'pending', decisionReason: null }),
    plans: [],
    currentPackage: null,
  });
  assert.deepEqual(
    problems.map((p) => [p.code, p.field]),
    [
      ['program.prerequisite_missing', 'programApproval'],
      ['listing.incomplete', 'summary'],
      ['listing.incomplete', 'logo'],
      ['listing.incomplete', 'categories'],
      ['listing.incomplete', 'launchUrl'],
      ['plans.required', 'plans'],
      ['package.required', 'package'],
    ],
  );
});

test("package errors keep their location; warnings don't block", () => {
  const validation: PackageValidation = {
    ...ready.currentPackage!.validation,
    valid: false,
    license: null,
    problems: [
      { code: 'service_id.unknown_plan', severity: 'error', message: 'Service ID "fabrikam.fieldops.platinum" is not a plan of this offer', file: 'license.json', path: 'servicePlans[2].serviceId' },
      { code: 'plan.unused', severity: 'warning', message: 'unused', file: 'license.json', path: 'servicePlans[1].serviceId' },
    ],
  };
  assert.deepEqual(publishProblems({ ...ready, currentPackage: { version: '1.1.0.0', validation } }), [
    {
      code: 'service_id.unknown_plan',
      field: 'package',
      message: 'Package 1.1.0.0: Service ID "fabrikam.fieldops.platinum" is not a plan of this offer',
      file: 'license.json',
      path: 'servicePlans[2].serviceId',
    },
  ]);
});

test('each plan must be in the license metadata of a license-managed offer', () => {
  const plans = [...ready.plans, { planKey: 'bronze', serviceId: 'fabrikam.fieldops.bronze' }];
  const problems = publishProblems({ ...ready, plans });
  assert.deepEqual(problems.map((p) => [p.code, p.field]), [['plans.not_in_package', 'plans']]);
  assert.match(problems[0]!.message, /Plan bronze \(fabrikam\.fieldops\.bronze\) is not in the license metadata of package 1\.0\.0\.0/);
  assert.deepEqual(publishProblems({ ...ready, plans, licenseManagement: false }), [], 'without license management plans are not needed');
});

test('freemium: an offer that allows installs without licenses needs an unmapped app module', () => {
  assert.deepEqual(publishProblems({ ...ready, allowInstallWithoutLicenses: true }), [], 'fab_viewer is free');
  const everyModuleMapped = publishProblems({ ...ready, allowInstallWithoutLicenses: true, currentPackage: { version: '1.0.0.0', validation: validPackage([['fabrikam.fieldops.gold', 'fab_gold'], ['fabrikam.fieldops.silver', 'fab_silver']], ['fab_gold', 'fab_silver']) } });
  assert.deepEqual(everyModuleMapped.map((p) => [p.code, p.field]), [['freemium.every_app_module_mapped', 'allowInstallWithoutLicenses']]);
});

test('app modules another offer uses are named', () => {
  const problems = publishProblems({ ...ready, appModulesTaken: ['fab_gold'] });
  assert.deepEqual(problems.map((p) => p.code), ['app_module.taken']);
  assert.match(problems[0]!.message, /App module fab_gold in package 1\.0\.0\.0 is already used by another offer/);
});
