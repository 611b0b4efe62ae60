import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBareServer } from './bareProcess.js';
import { prepareEmbedded, preparePostgres } from './benchDatabase.js';
import { REPO_ROOT, WORK_DIR, type ChildServer } from './childProcess.js';
import { measureDatabase } from './measureDatabase.js';
import { parseBenchOptions, type BenchOptions } from './options.js';
import { log } from './progressLog.js';
import { runReportsBench } from './reports.js';
import { runLocalSdkBench } from './localSdkRun.js';
import { formatProfile, formatRun, machine, type RunFigures } from './report.js';

/**
 * `npm run bench`: generates the directory, runs LicenseHub on it as a child
 * process (embedded database, and PostgreSQL when BENCH_DATABASE_URL is set),
 * measures each figure against a baseline taken in the same run, prints a
 * table and writes bench/results.json. See bench/README.md.
 */
async function main() {
  // `npm run bench -- --reports`: the partner reports section alone (bench/reports.ts).
  if (process.argv.includes('--reports')) return runReportsBench();
  // `npm run bench -- --local-sdk`: the SDK local-mode section alone (bench/localSdkRun.ts).
  if (process.argv.includes('--local-sdk')) {
    return runLocalSdkBench(parseBenchOptions(process.argv.slice(2).filter((arg) => arg !== '--local-sdk'), process.env));
  }
  // `npm run bench -- --webhooks`: webhook deliveries per second (bench/webhooks.ts).
  if (process.argv.includes('--webhooks')) {
    await import('./webhooks.js');
    return;
  }
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  mkdirSync(WORK_DIR, { recursive: true });
  const host = machine();
  log(`LicenseHub benchmark: ${options.users.toLocaleString('en-US')} users in ${options.tenants.toLocaleString('en-US')} tenants on ${host.cpus} × ${host.model}, Node ${host.node}`);

  const date = new Date().toISOString();
  const runs: RunFigures[] = [];
  // Each database's figures are printed and saved as soon as they are measured.
  const save = () => {
    const results = { date, machine: host, node: process.version, scale: { users: options.users, tenants: options.tenants }, options, runs };
    writeFileSync(join(REPO_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  };
  let bare: ChildServer | null = null;
  try {
    for (const kind of options.databases) {
      const prepare = (folder: string, scale: BenchOptions | null) =>
        kind === 'embedded' ? prepareEmbedded(WORK_DIR, `embedded-${folder}`, scale, log) : preparePostgres(options.postgresUrl!, scale, log);
      const run = await measureDatabase(kind, options, prepare, async (answers) => (bare ??= await startBareServer(WORK_DIR, answers)));
      runs.push(run);
      save();
      process.stdout.write(`\nLicenseHub benchmark, ${date}, ${host.cpus} × ${host.model}, ${(host.memoryBytes / 1024 ** 3).toFixed(1)} GB, Node ${host.node}\n\n`);
      process.stdout.write(`${formatRun(run)}\n\n`);
      for (const profile of run.profiles) process.stdout.write(`${formatProfile(profile)}\n\n`);
    }
  } finally {
    await (bare as ChildServer | null)?.stop();
  }
  if (!options.postgresUrl) process.stdout.write('PostgreSQL and the two-server propagation were skipped: set BENCH_DATABASE_URL=postgres://… to run them.\n');
  log('results written to bench/results.json');
}

main().catch((error) => {
  process.stderr.write(`\nThe benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
