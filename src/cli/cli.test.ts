import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { zipSync } from 'fflate';
import { runCli } from './main.js';

const folders: string[] = [];
after(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'licensehub-cli-'));
  folders.push(folder);
  return folder;
}

/** Runs the real CLI in-process in `cwd`, capturing what it prints. */
async function cli(cwd: string, argv: string[], options: { tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: { write: (text) => void (stdout += text), isTTY: false },
    stderr: { write: (text) => void (stderr += text), isTTY: options.tty ?? false },
  });
  return { code, stdout, stderr };
}

const PLANS = `Service ID,Display name,More info URL
fabrikam.fieldops.gold,Field Ops Gold,https://fabrikam.com/gold
fabrikam.fieldops.silver,Field Ops Silver,https://fabrikam.com/silver
`;
const MAPPING = `Service ID,Component name
fabrikam.fieldops.gold,fab_gold
fabrikam.fieldops.gold,fab_silver
fabrikam.fieldops.silver,fab_silver
`;
const APP_MODULES = [
  { uniqueName: 'fab_gold', displayName: 'Gold' },
  { uniqueName: 'fab_silver', displayName: 'Silver' },
  { uniqueName: 'fab_viewer', displayName: 'Viewer' },
];

/** init, then fill in the app modules and author the two CSVs, as a publisher would. */
async function initializedSolution(): Promise<{ cwd: string; folder: string }> {
  const cwd = await tempFolder();
  const init = await cli(cwd, ['solution', 'init', 'fieldops', '--name', 'FieldOps', '--publisher', 'fabrikam', '--display-name', 'Field Ops']);
  assert.equal(init.code, 0, init.stderr);
  const folder = join(cwd, 'fieldops');
  const manifest = JSON.parse(await readFile(join(folder, 'solution.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(folder, 'solution.json'), JSON.stringify({ ...manifest, appModules: APP_MODULES }, null, 2));
  await writeFile(join(cwd, 'plans.csv'), PLANS);
  await writeFile(join(cwd, 'mapping.csv'), MAPPING);
  return { cwd, folder };
}

test('init → add-license → pack → check, end to end', async () => {
  const { cwd, folder } = await initializedSolution();

  const added = await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv', '--solution', 'fieldops']);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /Wrote fieldops\/license\.json: 2 plans, 3 mappings/);
  assert.match(added.stdout, /usable without a license\): fab_viewer/);
  const license = JSON.parse(await readFile(join(folder, 'license.json'), 'utf8')) as { servicePlans: unknown[]; mappings: unknown[] };
  assert.deepEqual(license.mappings[1], { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_silver' });

  await mkdir(join(folder, 'components'));
  await writeFile(join(folder, 'components', 'forms.xml'), '<forms/>');
  const packed = await cli(cwd, ['solution', 'pack', '--solution', 'fieldops', '--out', 'fieldops.zip']);
  assert.equal(packed.code, 0, packed.stderr);
  const size = (await stat(join(cwd, 'fieldops.zip'))).size;
  assert.match(packed.stdout, new RegExp(`^fieldops\\.zip \\(${size} B\\)\\n$`));
  assert.equal(packed.stderr, '', 'no progress bar when stderr is not a terminal');

  const checked = await cli(cwd, ['solution', 'check', 'fieldops.zip']);
  assert.equal(checked.code, 0, checked.stdout);
  assert.match(checked.stdout, /fieldops\.zip: valid \(0 errors, 0 warnings\)/);

  const json = await cli(cwd, ['solution', 'check', 'fieldops.zip', '--json']);
  assert.deepEqual(JSON.parse(json.stdout), { valid: true, solution: { uniqueName: 'FieldOps', version: '1.0.0.0', publisher: 'fabrikam' }, problems: [] });

  const folderCheck = await cli(cwd, ['solution', 'check', 'fieldops', '--freemium']);
  assert.equal(folderCheck.code, 0, folderCheck.stdout);
});

test('pack names the zip after the solution by default', async () => {
  const { folder } = await initializedSolution();
  const added = await cli(folder, ['solution', 'add-license', '--plan-definitions', '../plans.csv', '--plan-mapping', '../mapping.csv']);
  assert.equal(added.code, 0, added.stderr);
  const packed = await cli(folder, ['solution', 'pack']);
  assert.equal(packed.code, 0, packed.stderr);
  assert.match(packed.stdout, /^FieldOps_1_0_0_0\.zip \(\d+(\.\d)? (B|KiB)\)/);
  assert.ok(existsSync(join(folder, 'FieldOps_1_0_0_0.zip')));
});

test('add-license errors name the file, line and column, and nothing is written', async () => {
  const { cwd, folder } = await initializedSolution();
  await writeFile(join(cwd, 'mapping.csv'), `${MAPPING}fabrikam.fieldops.gold,contoso_platinum\n`);
  const result = await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv', '--solution', 'fieldops']);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, 'mapping.csv:5:2: The AppModule with the given UniqueName contoso_platinum was not found\n1 error; license.json was not written\n');
  assert.equal(existsSync(join(folder, 'license.json')), false);
});

test('add-license reports problems of both CSVs and the manifest together', async () => {
  const { cwd, folder } = await initializedSolution();
  const manifest = JSON.parse(await readFile(join(folder, 'solution.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(folder, 'solution.json'), JSON.stringify({ ...manifest, version: '1.0' }));
  await writeFile(join(cwd, 'plans.csv'), `${PLANS}fabrikam.fieldops.gold,Again,ftp://nope\n`);
  await writeFile(join(cwd, 'mapping.csv'), 'Service ID,Component name\nfabrikam.fieldops.gold,fab_ghost\n');
  const result = await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv', '--solution', 'fieldops']);
  assert.equal(result.code, 1);
  assert.deepEqual(result.stderr.trim().split('\n'), [
    'solution.json: version: must be major.minor.build.revision: four numbers of at most 9 digits, such as 1.0.0.0',
    'plans.csv:4:3: More info URL "ftp://nope" must be an absolute http:// or https:// address',
    'plans.csv:4:1: Service ID "fabrikam.fieldops.gold" is already defined (line 2)',
    'mapping.csv:2:2: The AppModule with the given UniqueName fab_ghost was not found',
    'plans.csv:3:1: warning: Plan fabrikam.fieldops.silver is not mapped to any app module, so its licenses unlock nothing; add a mapping or remove the plan',
    '4 errors; license.json was not written',
  ]);
});

test('add-license explains a missing CSV or solution folder', async () => {
  const { cwd } = await initializedSolution();
  const missingCsv = await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'nope.csv', '--plan-mapping', 'mapping.csv', '--solution', 'fieldops']);
  assert.deepEqual([missingCsv.code, missingCsv.stderr], [1, 'error: Cannot read nope.csv: no such file\n']);
  const noSolution = await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv']);
  assert.equal(noSolution.code, 1);
  assert.match(noSolution.stderr, /solution\.json does not exist; run "licensehub solution init"/);
});

test('init validates its input and never overwrites a manifest', async () => {
  const cwd = await tempFolder();
  const bad = await cli(cwd, ['solution', 'init', '--name', '1st', '--publisher', 'Fabrikam']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /Unique name "1st" must start with a letter/);
  assert.match(bad.stderr, /Publisher ID "Fabrikam" may contain only lowercase/);
  assert.equal(existsSync(join(cwd, '1st')), false);

  const first = await cli(cwd, ['solution', 'init', '--name', 'FieldOps', '--publisher', 'fabrikam']);
  assert.equal(first.code, 0);
  assert.match(first.stdout, /Created FieldOps\/solution\.json and FieldOps\/README\.md/);
  const readme = await readFile(join(cwd, 'FieldOps', 'README.md'), 'utf8');
  assert.match(readme, /Service ID,Display name,More info URL/);
  assert.match(readme, /Service ID,Component name\n {3}fabrikam\.<offerId>\.premium,fieldops_app/);
  const again = await cli(cwd, ['solution', 'init', '--name', 'FieldOps', '--publisher', 'fabrikam']);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /solution\.json already exists; init does not overwrite it/);
});

test('a freshly initialized manifest is valid as it stands', async () => {
  const cwd = await tempFolder();
  await cli(cwd, ['solution', 'init', 'x', '--name', 'FieldOps', '--publisher', 'fabrikam']);
  const checked = await cli(cwd, ['solution', 'check', 'x', '--json']);
  const result = JSON.parse(checked.stdout) as { problems: { file: string; code: string }[] };
  assert.deepEqual(
    result.problems.map((p) => [p.file, p.code]),
    [['license.json', 'package.missing_file']],
    'only the license metadata is missing',
  );
});

test('pack refuses an invalid solution and writes nothing', async () => {
  const { cwd } = await initializedSolution();
  const result = await cli(cwd, ['solution', 'pack', '--solution', 'fieldops', '--out', 'out.zip']);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^license\.json: The package has no license\.json; run "licensehub solution add-license"/);
  assert.match(result.stderr, /1 error; no package was written/);
  assert.equal(existsSync(join(cwd, 'out.zip')), false);
});

test('pack draws a progress bar on a terminal', async () => {
  const { cwd } = await initializedSolution();
  await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv', '--solution', 'fieldops']);
  const result = await cli(cwd, ['solution', 'pack', '--solution', 'fieldops', '--out', 'p.zip'], { tty: true });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /\rPacking █+ 100% .* \/ .*\n$/);
});

test('pack refuses symbolic links in components/', async () => {
  const { cwd, folder } = await initializedSolution();
  await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv', '--solution', 'fieldops']);
  await mkdir(join(folder, 'components'));
  await symlink('/etc/passwd', join(folder, 'components', 'passwd'));
  const result = await cli(cwd, ['solution', 'pack', '--solution', 'fieldops']);
  assert.deepEqual([result.code, result.stderr], [1, 'error: components/passwd is a symbolic link; packages may contain only files\n']);
});

test('check reports a hostile archive and exits 1', async () => {
  const cwd = await tempFolder();
  await writeFile(join(cwd, 'evil.zip'), zipSync({ 'solution.json': new Uint8Array(0), '../../evil.sh': new Uint8Array(1) }));
  const result = await cli(cwd, ['solution', 'check', 'evil.zip']);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, 'evil.zip: Entry "../../evil.sh" contains a ".." segment, which escapes the package folder\nevil.zip: invalid (1 error, 0 warnings)\n');
  const json = JSON.parse((await cli(cwd, ['solution', 'check', 'evil.zip', '--json'])).stdout) as { valid: boolean; problems: { code: string }[] };
  assert.deepEqual([json.valid, json.problems.map((p) => p.code)], [false, ['archive.unsafe_path']]);
});

test('check applies what the server knows about the offer when told', async () => {
  const { cwd } = await initializedSolution();
  await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv', '--solution', 'fieldops']);
  const result = await cli(cwd, ['solution', 'check', 'fieldops', '--json', '--offer-plans', 'fabrikam.fieldops.gold', '--previous-version', '1.0.0.0', '--publisher', 'contoso']);
  assert.equal(result.code, 1);
  const { problems } = JSON.parse(result.stdout) as { problems: { code: string }[] };
  assert.deepEqual(
    problems.map((p) => p.code),
    ['manifest.publisher_mismatch', 'version.order', 'service_id.unknown_plan'],
  );
  const badVersion = await cli(cwd, ['solution', 'check', 'fieldops', '--previous-version', 'latest']);
  assert.deepEqual([badVersion.code, badVersion.stderr], [1, 'error: --previous-version "latest" must look like 1.0.0.0\n']);
});

test('check --freemium refuses a package that maps every app module', async () => {
  const { cwd } = await initializedSolution();
  await writeFile(join(cwd, 'mapping.csv'), `${MAPPING}fabrikam.fieldops.silver,fab_viewer\n`);
  await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv', '--solution', 'fieldops']);
  assert.equal((await cli(cwd, ['solution', 'check', 'fieldops'])).code, 0);
  const freemium = await cli(cwd, ['solution', 'check', 'fieldops', '--freemium']);
  assert.equal(freemium.code, 1);
  assert.match(freemium.stdout, /license\.json: mappings: The offer allows installing without licenses, but every app module is mapped/);
});

test('usage errors and help go to the injected streams with their exit codes', async () => {
  const cwd = await tempFolder();
  const missing = await cli(cwd, ['solution', 'add-license', '--plan-definitions', 'plans.csv']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /required option '--plan-mapping <file>' not specified/);
  const help = await cli(cwd, ['solution', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /init \[options\] \[dir\]/);
  assert.match(help.stdout, /check \[options\] <zip-or-folder>/);
  const unknown = await cli(cwd, ['solution', 'check']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /missing required argument 'zip-or-folder'/);
});
