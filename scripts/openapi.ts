// The OpenAPI document without a server: builds the app in-process on an in-memory database and asks it.
// Usage:
//   node --import tsx scripts/openapi.ts write <file>        writes the document (JSON)
//   node --import tsx scripts/openapi.ts lint                  writes it to a temporary file and runs `redocly lint --extends recommended`
//   node --import tsx scripts/openapi.ts generate [--check]    writes web/src/api/openapi.d.ts with openapi-typescript
//                                                              (--check: fails when the committed file is stale)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildApp } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createTestDatabase } from '../test/support/testDatabase.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The generated types of every operation and component: the web app's and the CLI's API client are typed by it. */
export const GENERATED_TYPES = join(root, 'web/src/api/openapi.d.ts');

/** The document as the server publishes it at /openapi.json (with a fixed server URL, so it does not depend on the machine). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  // The tests' throwaway database (an in-memory PGlite started from a saved data folder): nothing is kept.
  const database = await createTestDatabase();
  try {
    const config = loadConfig({
      LICENSEHUB_DEMO: '0',
      LICENSEHUB_PUBLIC_URL: 'https://licensehub.contoso.com',
      LICENSEHUB_WEB_DIR: '/nonexistent',
      LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '0',
      LICENSEHUB_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
      LICENSEHUB_WORKER_THREADS: '1',
    });
    const app = await buildApp({ config, clock: new ManualClock(new Date('2026-01-01T00:00:00Z')), database, logger: false });
    try {
      await app.ready();
      return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

const require = createRequire(import.meta.url);

async function generatedTypes(document: Record<string, unknown>): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  // defaultNonNullable: false — a field with a default may be left out of a request (the server fills it in).
  const ast = await openapiTS(document as never, { alphabetize: false, exportType: false, defaultNonNullable: false });
  const header =
    '/**\n * Generated from the server\'s OpenAPI document by `npm run generate:api` (openapi-typescript). Do not edit:\n' +
    ' * change the route schemas and run it again; `npm run generate:api -- --check` fails when this file is stale.\n */\n\n';
  return header + astToString(ast);
}

async function main() {
  const [command, arg] = process.argv.slice(2);
  if (command === 'write') {
    if (!arg) throw new Error('usage: openapi.ts write <file>');
    writeFileSync(arg, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
    return 0;
  }
  if (command === 'lint') {
    const folder = mkdtempSync(join(tmpdir(), 'licensehub-openapi-'));
    try {
      const file = join(folder, 'openapi.json');
      writeFileSync(file, JSON.stringify(await openApiDocument(), null, 2));
      const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
      const result = spawnSync(process.execPath, [redocly, 'lint', '--extends', 'recommended', '--format', 'codeframe', file], { stdio: 'inherit', cwd: root });
      return result.status ?? 1;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  if (command === 'generate') {
    const text = await generatedTypes(await openApiDocument());
    if (arg === '--check') {
      let committed = '';
      try {
        committed = readFileSync(GENERATED_TYPES, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (committed !== text) {
        console.error(`${GENERATED_TYPES} is stale: the route schemas changed. Run "npm run generate:api" and commit the result.`);
        return 1;
      }
      console.log(`${GENERATED_TYPES} matches the OpenAPI document.`);
      return 0;
    }
    writeFileSync(GENERATED_TYPES, text);
    console.log(`wrote ${GENERATED_TYPES}`);
    return 0;
  }
  console.error('usage: openapi.ts write <file> | lint | generate [--check]');
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
