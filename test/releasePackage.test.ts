import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import semver from 'semver';

/**
 * What `npm pack` ships: the runtime dependencies inside the tarball (so it
 * installs with no registry and exactly the versions tested here), and Node
 * versions that every one of them accepts. CI installs the real tarball and
 * runs it (scripts/smoke-release.mjs); this catches the slips that only show
 * on another machine.
 */
interface Manifest {
  name: string;
  version: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bundleDependencies?: string[] | boolean;
  bin?: Record<string, string>;
  files?: string[];
}

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
/** The oldest release of each Node line we say we run on. */
// The oldest release of each line we run on: Node 20 from 20.19 (zlib.crc32 for zip checks, and
// require() of ES modules, which otpauth's @noble/hashes and the SDK's CommonJS build rely on).
const NODE_LINES = ['20.19.0', '22.0.0', '24.0.0'];

test('every runtime dependency is bundled into the tarball', () => {
  const bundled = manifest.bundleDependencies;
  const names = Object.keys(manifest.dependencies ?? {});
  if (bundled !== true) assert.deepEqual([...(Array.isArray(bundled) ? bundled : [])].sort(), names.sort(), 'bundleDependencies must list every dependency (npm install x --save-bundle)');
});

test('engines: LicenseHub and its whole runtime dependency tree accept Node 20, 22 and 24', () => {
  const range = manifest.engines?.node;
  assert.ok(range);
  for (const node of NODE_LINES) assert.ok(semver.satisfies(node, range), `our engines (${range}) refuse Node ${node}`);

  // Walk the installed production tree as Node resolves it: nested node_modules first, then upwards.
  const refusals: string[] = [];
  const seen = new Set<string>();
  const visit = (fromDir: string, name: string) => {
    let dir = fromDir;
    let found: string | null = null;
    for (;;) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) {
        found = candidate;
        break;
      }
      if (dir === root || dirname(dir) === dir) break;
      dir = dirname(dir);
    }
    assert.ok(found, `${name} (needed from ${fromDir}) is not installed`);
    if (seen.has(found)) return;
    seen.add(found);
    const dependency = JSON.parse(readFileSync(join(found, 'package.json'), 'utf8')) as Manifest;
    const needs = dependency.engines?.node;
    if (needs) {
      for (const node of NODE_LINES) {
        if (!semver.satisfies(node, needs) && semver.satisfies(node, range)) refusals.push(`${dependency.name}@${dependency.version} needs Node ${needs}, refuses ${node}`);
      }
    }
    for (const next of Object.keys(dependency.dependencies ?? {})) visit(found, next);
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) visit(root, name);
  assert.ok(seen.size > 50, `walked only ${seen.size} packages`);
  // Node 20.0–20.18 and 22.0–22.11 are refused only by packages that need require(esm) or newer APIs; report them all.
  assert.deepEqual(refusals, []);
});

test('both commands and everything they read at run time are in the package', () => {
  assert.deepEqual(Object.keys(manifest.bin ?? {}).sort(), ['licensehub', 'licensehub-server']);
  for (const path of Object.values(manifest.bin ?? {})) accessSync(join(root, path), constants.X_OK);
  const files = manifest.files ?? [];
  for (const needed of ['bin/', 'dist/src/', 'dist/web/', 'examples/solution-gold-silver-bronze/']) assert.ok(files.includes(needed), `files lacks ${needed}`);
});
