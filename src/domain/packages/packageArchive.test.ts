import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import { readPackageArchive, writePackageArchive } from './packageArchive.js';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

const manifest = {
  uniqueName: 'FabrikamFieldOps',
  displayName: 'Fabrikam Field Ops',
  version: '1.0.0.0',
  publisher: 'fabrikam',
  appModules: [
    { uniqueName: 'fab_gold', displayName: 'Gold' },
    { uniqueName: 'fab_viewer', displayName: 'Viewer' },
  ],
};
const license = {
  servicePlans: [{ serviceId: 'fabrikam.fieldops.gold', displayName: 'Gold', moreInfoUrl: 'https://fabrikam.com/gold' }],
  mappings: [{ serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_gold' }],
};

const packageFiles = () =>
  new Map([
    ['components/z-last.xml', encode('<z/>')],
    ['license.json', encode(license)],
    ['components/a-first.xml', encode('<a/>')],
    ['solution.json', encode(manifest)],
  ]);

test('a written package reads back valid with its manifest and license', async () => {
  const result = await readPackageArchive(writePackageArchive(packageFiles()));
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.manifest, manifest);
  assert.deepEqual(result.license, license);
});

test('the zip lists solution.json, license.json, then components by name, and is byte-for-byte reproducible', async () => {
  const zip = writePackageArchive(packageFiles());
  assert.deepEqual(Object.keys(unzipSync(zip)), ['solution.json', 'license.json', 'components/a-first.xml', 'components/z-last.xml']);
  assert.deepEqual(writePackageArchive(packageFiles()), zip);
});

test('entries carry a fixed timestamp, so packing the same files later gives the same bytes', async () => {
  const zip = writePackageArchive(packageFiles());
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  assert.equal(view.getUint32(0, true), 0x04034b50, 'starts with a local file header');
  const dosDate = view.getUint16(12, true);
  assert.deepEqual([1980 + (dosDate >> 9), (dosDate >> 5) & 0xf, dosDate & 0x1f], [2000, 1, 1]);
});

test('progress is reported up to the total number of bytes', async () => {
  const calls: [number, number][] = [];
  writePackageArchive(packageFiles(), { onProgress: (done, total) => calls.push([done, total]) });
  const total = [...packageFiles().values()].reduce((sum, bytes) => sum + bytes.length, 0);
  assert.deepEqual(calls[0], [0, total]);
  assert.deepEqual(calls.at(-1), [total, total]);
  assert.ok(calls.every(([done], i) => i === 0 || done >= calls[i - 1]![0]), 'progress never goes backwards');
});

test('a hostile archive is one problem against the archive, naming the entry', async () => {
  const zip = zipSync({ 'solution.json': encode(manifest), 'license.json': encode(license), '../evil.sh': encode('rm -rf /') });
  const result = await readPackageArchive(zip, {}, { archiveName: 'upload.zip' });
  assert.equal(result.valid, false);
  assert.equal(result.manifest, null);
  assert.deepEqual(result.problems, [
    { code: 'archive.unsafe_path', severity: 'error', message: 'Entry "../evil.sh" contains a ".." segment, which escapes the package folder', file: 'upload.zip' },
  ]);
});

test('a zip holding files outside the package layout is refused file by file', async () => {
  const zip = zipSync({ 'solution.json': encode(manifest), 'license.json': encode(license), 'plans.csv': encode('x'), 'components/ok.txt': encode('ok') });
  assert.deepEqual(
    (await readPackageArchive(zip)).problems.map((p) => [p.code, p.file]),
    [['package.unexpected_file', 'plans.csv']],
  );
});

test('the validation context reaches the package checks', async () => {
  const result = await readPackageArchive(writePackageArchive(packageFiles()), { offerServiceIds: ['fabrikam.fieldops.silver'], previousVersion: '1.0.0.0' });
  assert.deepEqual(
    result.problems.map((p) => p.code),
    ['version.order', 'service_id.unknown_plan'],
  );
});

test('bytes that are not a zip are reported, not thrown', async () => {
  assert.deepEqual(
    (await readPackageArchive(encode('hello'))).problems.map((p) => [p.code, p.file]),
    [['archive.not_zip', 'package.zip']],
  );
});
