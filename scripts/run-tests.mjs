#!/usr/bin/env node
// Node 20's test runner takes no globs: find the files and hand them over.
// Usage: node scripts/run-tests.mjs <suffix> <dir>... [-- extra node --test flags]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const [suffix, ...dirs] = split === -1 ? args : args.slice(0, split);
const extra = split === -1 ? [] : args.slice(split + 1);

const find = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return find(path);
    return path.endsWith(suffix) ? [path] : [];
  });

const files = dirs.flatMap(find).sort();
if (files.length === 0) {
  console.error(`No *${suffix} files under ${dirs.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extra, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
