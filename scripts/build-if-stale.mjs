#!/usr/bin/env node
// `npm start` builds first, but only what changed since the last build, so a
// restart is instant and a fresh clone still gets a complete build.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
};

const targets = [
  { name: 'server', stamp: 'dist/.server-built', inputs: ['src', 'bin', 'tsconfig.json', 'package-lock.json'], command: 'npm run build:server' },
  { name: 'web app', stamp: 'dist/.web-built', inputs: ['web', 'package-lock.json'], command: 'npm run build:web' },
];

for (const target of targets) {
  const built = newest(target.stamp);
  if (built && target.inputs.every((input) => newest(input) <= built)) continue;
  process.stdout.write(`Building the ${target.name}…\n`);
  execSync(target.command, { stdio: 'inherit' });
  writeFileSync(target.stamp, new Date().toISOString());
}
