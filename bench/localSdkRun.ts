import { mkdirSync } from 'node:fs';
import { prepareEmbedded, preparePostgres } from './benchDatabase.js';
import { WORK_DIR } from './childProcess.js';
import { startLicenseHub, type LicenseHubProcess } from './licenseHubProcess.js';
import { formatLocalSdkRows, measureLocalSdk, type LocalSdkRun } from './localSdk.js';
import type { BenchOptions } from './options.js';
import { log } from './progressLog.js';

/**
 * `npm run bench -- --local-sdk [--quick | --users N]`: the SDK local-mode
 * section alone (it also runs in the default `npm run bench`), on each
 * database of the run; two servers on PostgreSQL with BENCH_DATABASE_URL.
 */
export async function runLocalSdkBench(options: BenchOptions): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true });
  for (const kind of options.databases) {
    log(`${kind}: generating ${options.users.toLocaleString('en-US')} users in ${options.tenants.toLocaleString('en-US')} tenants`);
    const database = kind === 'embedded' ? await prepareEmbedded(WORK_DIR, 'embedded-local-sdk', options, log) : await preparePostgres(options.postgresUrl!, options, log);
    const directory = database.directory!;
    const servers: LicenseHubProcess[] = [];
    try {
      const server = await startLicenseHub({ name: `${kind} licensehub`, database: database.env, workDir: WORK_DIR, built: options.built });
      servers.push(server);
      const props = { runtimeKey: directory.catalog.runtimeKey, checks: directory.checks, target: directory.propagation, rounds: options.propagationRounds, seconds: 2 };
      log(`${kind}: SDK local mode (snapshot, decisions, ${options.propagationRounds} changes)`);
      const run: LocalSdkRun = { oneServer: await measureLocalSdk({ ...props, writeUrl: server.url, readUrl: server.url }), twoServers: { skipped: 'needs PostgreSQL (BENCH_DATABASE_URL)' } };
      if (kind === 'postgres') {
        const second = await startLicenseHub({ name: `${kind} second licensehub`, database: database.env, workDir: WORK_DIR, built: options.built });
        servers.push(second);
        run.twoServers = await measureLocalSdk({ ...props, writeUrl: server.url, readUrl: second.url });
      }
      process.stdout.write(`\nSDK local mode, ${kind}, ${directory.users.toLocaleString('en-US')} users\n`);
      for (const row of formatLocalSdkRows(run, null)) process.stdout.write(`  ${row.join(' | ')}\n`);
      process.stdout.write(`${JSON.stringify(run)}\n`);
    } finally {
      for (const s of servers) await s.stop();
      await database.dispose();
    }
  }
}
