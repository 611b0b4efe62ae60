#!/usr/bin/env node
// `npm pack` (prepack): a release is built from nothing, so no file of an
// older build (a module since deleted, a stale asset) ends up in the tarball.
import { execSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execSync('npm run build', { stdio: 'inherit' });
// What build-if-stale.mjs checks, so `npm start` afterwards does not build it all again.
for (const stamp of ['dist/.server-built', 'dist/.web-built']) writeFileSync(stamp, new Date().toISOString());
