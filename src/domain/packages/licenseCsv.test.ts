import assert from 'node:assert/strict';
import { test } from 'node:test';
import { licenseFromCsv } from './licenseCsv.js';
import type { LicenseCheckContext } from './licenseChecks.js';
import type { PackageProblem } from './problems.js';

const appModules = ['fab_gold', 'fab_silver', 'fab_bronze', 'fab_viewer'].map((uniqueName) => ({ uniqueName, displayName: uniqueName }));
const context: LicenseCheckContext = { appModules, publisher: 'fabrikam' };

const PLANS = [
  'Service ID,Display name,More info URL',
  'fabrikam.fieldops.gold,Gold,https://fabrikam.com/gold',
  'fabrikam.fieldops.silver,Silver,https://fabrikam.com/silver',
  'fabrikam.fieldops.bronze,Bronze,http://fabrikam.com/bronze',
].join('\r\n');

const MAPPING = [
  'Service ID,Component name',
  'fabrikam.fieldops.gold,fab_gold',
  'fabrikam.fieldops.gold,fab_silver',
  'fabrikam.fieldops.gold,fab_bronze',
  'fabrikam.fieldops.silver,fab_silver',
  'fabrikam.fieldops.silver,fab_bronze',
  'fabrikam.fieldops.bronze,fab_bronze',
].join('\n');

const csv = (name: string, text: string | Uint8Array) => ({ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

function run(plans: string | Uint8Array = PLANS, mapping: string | Uint8Array = MAPPING, ctx: LicenseCheckContext = context) {
  return licenseFromCsv(csv('plans.csv', plans), csv('mapping.csv', mapping), ctx);
}

/** `file:line:column code` for compact comparisons. */
const located = (problems: PackageProblem[]) => problems.map((p) => `${p.file}:${p.line ?? ''}:${p.column ?? ''} ${p.code}`);

test('the Russian doll CSVs become license.json in file order', () => {
  const { license, problems } = run();
  assert.deepEqual(problems, []);
  assert.deepEqual(license?.servicePlans[2], { serviceId: 'fabrikam.fieldops.bronze', displayName: 'Bronze', moreInfoUrl: 'http://fabrikam.com/bronze' });
  assert.deepEqual(
    license?.mappings.map((m) => `${m.serviceId}->${m.appModule}`),
    [
      'fabrikam.fieldops.gold->fab_gold',
      'fabrikam.fieldops.gold->fab_silver',
      'fabrikam.fieldops.gold->fab_bronze',
      'fabrikam.fieldops.silver->fab_silver',
      'fabrikam.fieldops.silver->fab_bronze',
      'fabrikam.fieldops.bronze->fab_bronze',
    ],
  );
});

test('an app module missing from the solution is named with the platform wording, at its line and column', () => {
  const { license, problems } = run(PLANS, `${MAPPING}\nfabrikam.fieldops.gold,contoso_platinum\n`);
  assert.equal(license, null);
  assert.deepEqual(problems, [
    {
      code: 'mapping.unknown_app_module',
      severity: 'error',
      message: 'The AppModule with the given UniqueName contoso_platinum was not found',
      file: 'mapping.csv',
      line: 8,
      column: 2,
    },
  ]);
});

test('columns are located by header, whatever their order', () => {
  const swapped = 'Component name,Service ID\nfab_gold,fabrikam.fieldops.gold\ncontoso_platinum,fabrikam.fieldops.gold\nfab_silver,fabrikam.fieldops.silver\nfab_bronze,fabrikam.fieldops.bronze\n';
  assert.deepEqual(located(run(PLANS, swapped).problems), ['mapping.csv:3:1 mapping.unknown_app_module']);
});

test('a missing column is reported on the header line', () => {
  const { problems } = run('Service ID,Display name\nfabrikam.fieldops.gold,Gold\n');
  const missing = problems.find((p) => p.code === 'csv.missing_column');
  assert.deepEqual(missing && { line: missing.line, message: missing.message, file: missing.file }, { line: 1, message: 'Missing column "More info URL"', file: 'plans.csv' });
});

test('unknown and repeated columns are reported at their column', () => {
  const { problems } = run('Service ID,Display name,More info URL,Price,Display name\n');
  assert.deepEqual(located(problems.filter((p) => p.code.startsWith('csv.'))), ['plans.csv:1:4 csv.unknown_column', 'plans.csv:1:5 csv.duplicate_column']);
});

test('rows with the wrong number of cells and broken quotes are located', () => {
  const { problems } = run(`${PLANS}\nfabrikam.fieldops.iron,Iron\n"fabrikam.fieldops.tin,Tin,https://x.com\n`);
  // The row with the unclosed quote is reported once, as a syntax problem, not again as short of cells.
  assert.deepEqual(located(problems.filter((p) => p.code.startsWith('csv.'))), ['plans.csv:6:1 csv.syntax', 'plans.csv:5: csv.row_shape']);
});

test('an empty file and a file with only a header are refused', () => {
  assert.deepEqual(located(run('').problems.filter((p) => p.file === 'plans.csv')), ['plans.csv:1: csv.empty']);
  const headerOnly = run('Service ID,Display name,More info URL\n');
  assert.ok(headerOnly.problems.some((p) => p.code === 'csv.no_rows' && p.message === 'The file has a header but no plans'));
});

test('bad encodings are refused with where the first bad byte is', () => {
  const latin1 = new Uint8Array([...new TextEncoder().encode('Service ID,Display name,More info URL\nfabrikam.fieldops.gold,G'), 0xf6, ...new TextEncoder().encode('ld,https://x.com\n')]);
  const problems = run(latin1).problems.filter((p) => p.file === 'plans.csv');
  assert.deepEqual(located(problems), ['plans.csv:2:25 file.encoding']);
  assert.match(problems[0]!.message, /not valid UTF-8/);
});

test('More info URLs must be absolute http(s) addresses', () => {
  const bad = ['ftp://fabrikam.com/gold', 'fabrikam.com/gold', 'https:fabrikam.com', 'javascript:alert(1)', 'https://'];
  for (const url of bad) {
    const { problems } = run(PLANS.replace('https://fabrikam.com/gold', url));
    assert.deepEqual(located(problems), ['plans.csv:2:3 plan.url_invalid'], url);
  }
});

test('a plan defined twice is a duplicate, pointing back at the first', () => {
  const { problems } = run(`${PLANS}\nfabrikam.fieldops.gold,Gold again,https://fabrikam.com/gold2\n`);
  assert.deepEqual(
    problems.map((p) => [p.code, p.line, p.message]),
    [['plan.duplicate', 5, 'Service ID "fabrikam.fieldops.gold" is already defined (line 2)']],
  );
});

test('the same (plan, app module) pair twice is a duplicate mapping', () => {
  const { problems } = run(PLANS, `${MAPPING}\nfabrikam.fieldops.silver,fab_bronze\n`);
  assert.deepEqual(
    problems.map((p) => [p.code, p.line, p.column, p.message]),
    [['mapping.duplicate', 8, 2, 'Service ID "fabrikam.fieldops.silver" is already mapped to fab_bronze (line 6)']],
  );
});

test('a mapping to a plan that is not defined is refused', () => {
  const { problems } = run(PLANS, `${MAPPING}\nfabrikam.fieldops.platinum,fab_gold\n`);
  assert.deepEqual(located(problems), ['mapping.csv:8:1 mapping.plan_not_defined']);
});

test('a plan no mapping uses is a warning, not an error', () => {
  const { license, problems } = run(`${PLANS}\nfabrikam.fieldops.iron,Iron,https://fabrikam.com/iron\n`);
  assert.deepEqual(
    problems.map((p) => [p.code, p.severity, p.line]),
    [['plan.unused', 'warning', 5]],
  );
  assert.equal(license?.servicePlans.length, 4, 'warnings do not block writing license.json');
});

test('Service IDs must be well formed and belong to the solution publisher', () => {
  const { problems } = run(`${PLANS}\ncontoso.fieldops.gold,Gold,https://x.com\nFabrikam.FieldOps.gold,Gold,https://x.com\n`, MAPPING);
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.column]),
    [
      ['service_id.publisher_mismatch', 5, 1],
      ['service_id.invalid', 6, 1],
    ],
  );
});

test('with the offer known, every plan must be one of its plans', () => {
  const offerServiceIds = ['fabrikam.fieldops.gold', 'fabrikam.fieldops.silver'];
  const { problems } = run(PLANS, MAPPING, { ...context, offerServiceIds });
  assert.deepEqual(
    problems.map((p) => [p.code, p.line, p.message]),
    [['service_id.unknown_plan', 4, 'Service ID "fabrikam.fieldops.bronze" is not a plan of this offer; its plans are: fabrikam.fieldops.gold, fabrikam.fieldops.silver']],
  );
});

test('blank required cells are reported one per cell', () => {
  const { problems } = run(`${PLANS}\n,,\n`, `${MAPPING}\nfabrikam.fieldops.gold,\n`);
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`),
    [
      'plans.csv:5:1 field.required Service ID is required',
      'plans.csv:5:2 field.required Display name is required',
      'plans.csv:5:3 field.required More info URL is required',
      'mapping.csv:8:2 field.required Component name is required',
    ],
  );
});

test('plan display names are at most 200 characters', () => {
  const { problems } = run(PLANS.replace(',Gold,', `,${'G'.repeat(201)},`));
  assert.deepEqual(located(problems), ['plans.csv:2:2 field.too_long']);
});

test('every problem of both files is reported at once', () => {
  const plans = `${PLANS}\nfabrikam.fieldops.gold,Dup,notaurl\n`;
  const mapping = `${MAPPING}\nfabrikam.fieldops.gold,fab_missing\nfabrikam.fieldops.nope,fab_gold\n`;
  assert.deepEqual(located(run(plans, mapping).problems), [
    'plans.csv:5:3 plan.url_invalid',
    'plans.csv:5:1 plan.duplicate',
    'mapping.csv:8:2 mapping.unknown_app_module',
    'mapping.csv:9:1 mapping.plan_not_defined',
  ]);
});

test('a file missing a column is not checked row by row, so its problem is not buried in consequences', () => {
  const { license, problems } = run(PLANS, 'Service ID\nfabrikam.fieldops.gold\n');
  assert.equal(license, null);
  assert.deepEqual(located(problems), ['mapping.csv:1: csv.missing_column']);
});

test('more than 5,000 rows are refused', () => {
  const rows = Array.from({ length: 5001 }, (_, i) => `fabrikam.fieldops.gold,app_${i}`).join('\n');
  assert.deepEqual(located(run(PLANS, `Service ID,Component name\n${rows}\n`).problems), ['mapping.csv:5002: csv.too_many_rows']);
});
