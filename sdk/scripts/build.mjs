// Builds the package twice from one source: ES modules in dist/esm and CommonJS in dist/cjs
// (marked with its own package.json), each with its type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, ['scripts/copyDecision.mjs'], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
for (const config of ['tsconfig.build.json', 'tsconfig.cjs.json']) execFileSync(process.execPath, [tsc, '-p', config], { stdio: 'inherit' });
writeFileSync('dist/cjs/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
