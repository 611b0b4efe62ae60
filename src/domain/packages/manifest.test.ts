import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readManifest, uniqueNameProblem } from './manifest.js';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

const goodManifest = {
  uniqueName: 'FabrikamFieldOps',
  displayName: 'Fabrikam Field Ops',
  version: '1.0.0.0',
  publisher: 'fabrikam',
  appModules: [
    { uniqueName: 'fab_gold', displayName: 'Gold' },
    { uniqueName: 'fab_viewer', displayName: 'Viewer' },
  ],
};

const problemsOf = (value: unknown) => readManifest(encode(value)).problems.map((p) => ({ code: p.code, path: p.path, message: p.message }));

test('a valid manifest is read as is', () => {
  const reading = readManifest(encode(goodManifest));
  assert.deepEqual(reading.problems, []);
  assert.deepEqual(reading.manifest, goodManifest);
});

test('every field problem is reported at once, each at its path', () => {
  const problems = problemsOf({
    uniqueName: '1Fabrikam',
    displayName: '  ',
    version: '1.0',
    publisher: 'Fabrikam',
    appModules: [{ uniqueName: 'fab-gold', displayName: 'Gold' }, { uniqueName: 'fab_silver' }],
  });
  assert.deepEqual(problems, [
    { code: 'manifest.invalid', path: 'uniqueName', message: 'must start with a letter and contain only letters, digits and "_"' },
    { code: 'manifest.invalid', path: 'displayName', message: 'is required' },
    { code: 'manifest.invalid', path: 'version', message: 'must be major.minor.build.revision: four numbers of at most 9 digits, such as 1.0.0.0' },
    { code: 'manifest.invalid', path: 'publisher', message: 'Publisher ID "Fabrikam" may contain only lowercase letters, digits, "-" and "_"' },
    { code: 'manifest.invalid', path: 'appModules[0].uniqueName', message: 'must start with a letter and contain only letters, digits and "_"' },
    { code: 'manifest.invalid', path: 'appModules[1].displayName', message: 'is required' },
  ]);
});

test('unique names are at most 64 characters', () => {
  assert.equal(uniqueNameProblem(`A${'b'.repeat(63)}`), null);
  assert.match(uniqueNameProblem(`A${'b'.repeat(64)}`)!, /at most 64 characters/);
});

test('app modules must be a non-empty list', () => {
  assert.deepEqual(problemsOf({ ...goodManifest, appModules: [] }), [{ code: 'manifest.invalid', path: 'appModules', message: 'must list at least one app module' }]);
  const { appModules: _omitted, ...withoutModules } = goodManifest;
  assert.deepEqual(problemsOf(withoutModules), [{ code: 'manifest.invalid', path: 'appModules', message: 'is required' }]);
});

test('two app modules with the same unique name are refused, pointing at the repeat', () => {
  const appModules = [...goodManifest.appModules, { uniqueName: 'fab_gold', displayName: 'Gold again' }];
  const reading = readManifest(encode({ ...goodManifest, appModules }));
  assert.equal(reading.manifest, null);
  assert.deepEqual(reading.problems.map((p) => [p.code, p.path, p.message]), [
    ['manifest.duplicate_app_module', 'appModules[2].uniqueName', 'App module "fab_gold" is already listed at appModules[0]'],
  ]);
});

test('unknown fields are reported so typos are not silently ignored', () => {
  assert.deepEqual(problemsOf({ ...goodManifest, appModule: [] }), [{ code: 'manifest.invalid', path: 'appModule', message: 'Unknown field "appModule"' }]);
});

test('fields that are valid on their own stay known when another is wrong', () => {
  const reading = readManifest(encode({ ...goodManifest, version: 'one' }));
  assert.equal(reading.manifest, null);
  assert.deepEqual(reading.known.appModules, goodManifest.appModules);
  assert.equal(reading.known.publisher, 'fabrikam');
  assert.equal(reading.known.version, undefined);
});

test('bad JSON is located by line and column; bad encodings are named', () => {
  const syntax = readManifest(encode('{\n  "uniqueName": "X",\n}'));
  assert.deepEqual(
    syntax.problems.map((p) => [p.code, p.line, p.column]),
    [['json.syntax', 3, 1]],
  );
  const latin1 = readManifest(Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
  assert.equal(latin1.problems[0]!.code, 'file.encoding');
  assert.match(latin1.problems[0]!.message, /not valid UTF-8/);
  const utf16 = readManifest(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00]));
  assert.match(utf16.problems[0]!.message, /UTF-16/);
});

test('a byte order mark is accepted', () => {
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(goodManifest)]);
  assert.deepEqual(readManifest(withBom).problems, []);
});
