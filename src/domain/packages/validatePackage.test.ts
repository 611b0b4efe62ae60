import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validatePackage, type PackageFiles } from './validatePackage.js';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value, null, 2));

const manifest = {
  uniqueName: 'FabrikamFieldOps',
  displayName: 'Fabrikam Field Ops',
  version: '1.2.0.0',
  publisher: 'fabrikam',
  appModules: [
    { uniqueName: 'fab_gold', displayName: 'Gold' },
    { uniqueName: 'fab_silver', displayName: 'Silver' },
    { uniqueName: 'fab_viewer', displayName: 'Viewer' },
  ],
};

const license = {
  servicePlans: [
    { serviceId: 'fabrikam.fieldops.gold', displayName: 'Gold', moreInfoUrl: 'https://fabrikam.com/gold' },
    { serviceId: 'fabrikam.fieldops.silver', displayName: 'Silver', moreInfoUrl: 'https://fabrikam.com/silver' },
  ],
  mappings: [
    { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_gold' },
    { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_silver' },
    { serviceId: 'fabrikam.fieldops.silver', appModule: 'fab_silver' },
  ],
};

function files(overrides: Record<string, unknown> = {}): PackageFiles {
  const entries: Record<string, unknown> = { 'solution.json': manifest, 'license.json': license, 'components/forms.xml': '<forms/>', ...overrides };
  return new Map(Object.entries(entries).filter(([, value]) => value !== undefined).map(([name, value]) => [name, value instanceof Uint8Array ? value : encode(value)]));
}

const summary = (result: ReturnType<typeof validatePackage>) => result.problems.map((p) => `${p.file} ${p.path ?? ''} ${p.code}`.replace('  ', ' '));

test('a valid package yields its manifest and license metadata', () => {
  const result = validatePackage(files());
  assert.deepEqual(result.problems, []);
  assert.equal(result.valid, true);
  assert.deepEqual(result.manifest, manifest);
  assert.deepEqual(result.license, license);
});

test('the package must hold solution.json and license.json and nothing outside components/', () => {
  const result = validatePackage(files({ 'solution.json': undefined, 'license.json': undefined, 'plans.csv': 'x', 'docs/readme.md': 'y' }));
  assert.deepEqual(summary(result), [
    'solution.json package.missing_file',
    'license.json package.missing_file',
    'plans.csv package.unexpected_file',
    'docs/readme.md package.unexpected_file',
  ]);
  assert.equal(result.valid, false);
});

test('an app module not in the package is named with the platform wording at its JSON path', () => {
  const mappings = [...license.mappings, { serviceId: 'fabrikam.fieldops.gold', appModule: 'contoso_platinum' }];
  const result = validatePackage(files({ 'license.json': { ...license, mappings } }));
  assert.deepEqual(result.problems, [
    {
      code: 'mapping.unknown_app_module',
      severity: 'error',
      message: 'The AppModule with the given UniqueName contoso_platinum was not found',
      file: 'license.json',
      path: 'mappings[3].appModule',
    },
  ]);
  assert.equal(result.license, null);
});

test('a Service ID that is not a plan of the offer is refused when the offer is known', () => {
  const result = validatePackage(files(), { offerServiceIds: ['fabrikam.fieldops.gold'] });
  assert.deepEqual(summary(result), ['license.json servicePlans[1].serviceId service_id.unknown_plan']);
});

test('offline, a Service ID must belong to the manifest publisher', () => {
  const servicePlans = [...license.servicePlans, { serviceId: 'contoso.fieldops.gold', displayName: 'Contoso', moreInfoUrl: 'https://contoso.com' }];
  const mappings = [...license.mappings, { serviceId: 'contoso.fieldops.gold', appModule: 'fab_gold' }];
  assert.deepEqual(summary(validatePackage(files({ 'license.json': { servicePlans, mappings } }))), ['license.json servicePlans[2].serviceId service_id.publisher_mismatch']);
});

test('the manifest must name the offer publisher when the server knows it', () => {
  assert.deepEqual(summary(validatePackage(files(), { publisherId: 'contoso' })), ['solution.json publisher manifest.publisher_mismatch']);
  assert.deepEqual(validatePackage(files(), { publisherId: 'fabrikam' }).problems, []);
});

test('a new version must be greater than the current one (wrong version order)', () => {
  for (const previous of ['1.2.0.0', '1.10.0.0', '2.0.0.0']) {
    const result = validatePackage(files(), { previousVersion: previous });
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.path, p.message]),
      [['version.order', 'version', `Version 1.2.0.0 must be greater than the offer's current package version ${previous}`]],
      previous,
    );
  }
  assert.deepEqual(validatePackage(files(), { previousVersion: '1.1.9.9' }).problems, []);
});

test('license.json shape problems are reported per row and the good rows are still checked', () => {
  const broken = {
    servicePlans: [...license.servicePlans, { serviceId: 'fabrikam.fieldops.bronze', displayName: 7 }],
    mappings: [...license.mappings, 'fab_gold', { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_nope', extra: true }, { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_missing' }],
  };
  assert.deepEqual(summary(validatePackage(files({ 'license.json': broken }))), [
    'license.json servicePlans[2].displayName license.invalid',
    'license.json servicePlans[2].moreInfoUrl license.invalid',
    'license.json mappings[3] license.invalid',
    'license.json mappings[4].extra license.invalid',
    'license.json mappings[5].appModule mapping.unknown_app_module',
  ]);
});

test('license.json must have non-empty servicePlans and mappings and no unknown fields', () => {
  assert.deepEqual(summary(validatePackage(files({ 'license.json': { servicePlans: [], plans: [] } }))), [
    'license.json servicePlans license.invalid',
    'license.json mappings license.invalid',
    'license.json plans license.invalid',
  ]);
});

test('duplicates, undefined plans, bad URLs and unused plans in license.json', () => {
  const servicePlans = [
    ...license.servicePlans,
    { serviceId: 'fabrikam.fieldops.gold', displayName: 'Gold', moreInfoUrl: 'https://fabrikam.com/gold' },
    { serviceId: 'fabrikam.fieldops.bronze', displayName: 'Bronze', moreInfoUrl: 'www.fabrikam.com' },
  ];
  const mappings = [...license.mappings, { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_gold' }, { serviceId: 'fabrikam.fieldops.iron', appModule: 'fab_gold' }];
  const result = validatePackage(files({ 'license.json': { servicePlans, mappings } }));
  assert.deepEqual(
    result.problems.map((p) => `${p.path} ${p.code} ${p.severity}`),
    [
      'servicePlans[3].moreInfoUrl plan.url_invalid error',
      'servicePlans[2].serviceId plan.duplicate error',
      'mappings[4].serviceId mapping.plan_not_defined error',
      'mappings[3].appModule mapping.duplicate error',
      'servicePlans[3].serviceId plan.unused warning',
    ],
  );
});

test('a package with only warnings is valid', () => {
  const servicePlans = [...license.servicePlans, { serviceId: 'fabrikam.fieldops.bronze', displayName: 'Bronze', moreInfoUrl: 'https://fabrikam.com/bronze' }];
  const result = validatePackage(files({ 'license.json': { ...license, servicePlans } }));
  assert.deepEqual(summary(result), ['license.json servicePlans[2].serviceId plan.unused']);
  assert.equal(result.valid, true);
  assert.notEqual(result.license, null);
});

test('problems in both files are reported together, and license checks still run when the manifest is partly wrong', () => {
  const mappings = [...license.mappings, { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_ghost' }];
  const result = validatePackage(files({ 'solution.json': { ...manifest, version: '1.2' }, 'license.json': { ...license, mappings } }), { previousVersion: '1.0.0.0' });
  assert.deepEqual(summary(result), ['solution.json version manifest.invalid', 'license.json mappings[3].appModule mapping.unknown_app_module']);
  assert.equal(result.manifest, null);
});

test('non-UTF-8 and malformed JSON files are reported with their location', () => {
  const latin1 = Uint8Array.from([...encode('{"servicePlans": ["Caf'), 0xe9, ...encode('"]}')]);
  const result = validatePackage(files({ 'license.json': latin1, 'solution.json': '{"uniqueName": "X",,}' }));
  assert.deepEqual(
    result.problems.map((p) => [p.file, p.code, p.line, p.column]),
    [
      ['solution.json', 'json.syntax', 1, 20],
      ['license.json', 'file.encoding', 1, 23],
    ],
  );
});
