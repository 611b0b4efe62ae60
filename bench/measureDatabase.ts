import type { BenchDatabase } from './benchDatabase.js';
import { WORK_DIR, type ChildServer } from './childProcess.js';
import type { BenchDirectory } from './generate.js';
import { memoryBreakdown, startLicenseHub, type LicenseHubProcess } from './licenseHubProcess.js';
import { measureAgainstBaseline, type LoadPlan } from './load.js';
import { measureOfflineSdk } from './offlineSdk.js';
import { measureLocalSdk, type LocalSdkRun } from './localSdk.js';
import type { BenchOptions } from './options.js';
import { profileLoads } from './profileLoads.js';
import { log } from './progressLog.js';
import { measurePropagation, medianCheckRoundTripMs } from './propagation.js';
import type { RunFigures } from './report.js';
import { measureChecksBesideWork } from './besideWork.js';

/**
 * Every figure for one database (embedded or PostgreSQL): start-up on an
 * empty directory, then generation, start-up on the generated directory,
 * single and batch checks against the bare server, the SDK offline figures,
 * propagation (on two servers on PostgreSQL) and, with --cpu-prof, profiles.
 */
const CHECK_PATH = '/api/v1/runtime/check';
const BATCH_PATH = '/api/v1/runtime/check/batch';
const BATCH_SIZE = 1000;
/** Alternating measurement rounds per load (an odd number, so one round is the median). */
const ROUNDS = 5;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureDatabase(
  kind: 'embedded' | 'postgres',
  options: BenchOptions,
  prepare: (folder: string, scale: BenchOptions | null) => Promise<BenchDatabase>,
  bareServer: (answers: Record<string, string>) => Promise<ChildServer>,
): Promise<RunFigures> {
  log(`${kind}: starting LicenseHub on an empty directory (baseline for memory and start time)`);
  const empty = await prepare('empty', null);
  const emptyServer = await startLicenseHub({ name: `${kind} empty`, database: empty.env, workDir: WORK_DIR, built: options.built });
  await settle(1000);
  const emptyRssBytes = emptyServer.rssBytes();
  await emptyServer.stop();
  await empty.dispose();

  log(`${kind}: generating ${options.users.toLocaleString('en-US')} users in ${options.tenants.toLocaleString('en-US')} tenants`);
  const database = await prepare(`users-${options.users}`, options);
  const directory = database.directory!;
  log(`${kind}: generated in ${(directory.generatedMs / 1000).toFixed(1)} s: ${JSON.stringify(directory.rows)}`);
  const servers: LicenseHubProcess[] = [];
  try {
    const server = await startLicenseHub({ name: `${kind} licensehub`, database: database.env, workDir: WORK_DIR, built: options.built });
    servers.push(server);
    log(`${kind}: LicenseHub listening after ${(server.listeningMs / 1000).toFixed(1)} s, ready after ${(server.readyMs / 1000).toFixed(1)} s`);
    await settle(1000);
    const rssBytes = server.rssBytes();
    const memory = await memoryBreakdown(server.url);

    const auth = { authorization: `Bearer ${directory.catalog.runtimeKey}` };
    const checkBodies = directory.checks.map((c) => JSON.stringify(c));
    const batchBodies = batchesOf(directory);
    const bare = await bareServer({
      [CHECK_PATH]: await answerOf(server.url, CHECK_PATH, checkBodies[0]!, auth),
      [BATCH_PATH]: await answerOf(server.url, BATCH_PATH, batchBodies[0]!, auth),
    });

    const plan: LoadPlan = { connections: options.connections, durationSec: options.durationSec, warmupSec: options.warmupSec, rounds: ROUNDS };
    log(`${kind}: single checks, ${options.connections} connections, ${options.warmupSec} s warm-up and ${options.durationSec} s each, in ${ROUNDS} alternating rounds (bare server, LicenseHub)`);
    const single = await measureAgainstBaseline(
      { url: bare.url, path: CHECK_PATH, bodies: checkBodies, cpuSeconds: bare.cpuSeconds },
      { url: server.url, path: CHECK_PATH, bodies: checkBodies, headers: auth, cpuSeconds: server.cpuSeconds },
      plan,
    );
    log(`${kind}: batches of ${BATCH_SIZE} checks, ${options.batchConnections} connections`);
    const batch = await measureAgainstBaseline(
      { url: bare.url, path: BATCH_PATH, bodies: batchBodies, cpuSeconds: bare.cpuSeconds },
      { url: server.url, path: BATCH_PATH, bodies: batchBodies, headers: auth, cpuSeconds: server.cpuSeconds },
      { ...plan, connections: options.batchConnections },
    );
    const rssAfterLoadBytes = server.rssBytes();

    log(`${kind}: SDK offline decisions and token verifications`);
    const offline = await measureOfflineSdk({ url: server.url, publicUrl: server.publicUrl, runtimeKey: directory.catalog.runtimeKey, check: directory.licensedCheck, seconds: 2 });

    log(`${kind}: propagation of an admin change (${options.propagationRounds} changes)`);
    const target = directory.propagation;
    const runtimeKey = directory.catalog.runtimeKey;
    const checkRoundTripMs = await medianCheckRoundTripMs(server.url, runtimeKey, target);
    const oneServer = await measurePropagation({ writeUrl: server.url, readUrl: server.url, runtimeKey, target, rounds: options.propagationRounds });
    log(`${kind}: SDK local mode (snapshot, decisions, ${options.propagationRounds} changes)`);
    const localSdkProps = { runtimeKey, checks: directory.checks, target, rounds: options.propagationRounds, seconds: 2 };
    const localSdk: LocalSdkRun = {
      oneServer: await measureLocalSdk({ ...localSdkProps, writeUrl: server.url, readUrl: server.url }),
      twoServers: { skipped: 'needs PostgreSQL (BENCH_DATABASE_URL)' },
    };
    let twoServers: RunFigures['propagation']['twoServers'] = { skipped: 'needs PostgreSQL (BENCH_DATABASE_URL)' };
    if (kind === 'postgres') {
      const second = await startLicenseHub({ name: `${kind} second licensehub`, database: database.env, workDir: WORK_DIR, built: options.built });
      servers.push(second);
      twoServers = await measurePropagation({ writeUrl: server.url, readUrl: second.url, runtimeKey, target, rounds: options.propagationRounds });
      localSdk.twoServers = await measureLocalSdk({ ...localSdkProps, writeUrl: server.url, readUrl: second.url });
    }
    for (const s of servers.splice(0)) await s.stop();

    const besideWork = options.skipWork ? [] : await measureChecksBesideWork({ kind, database, directory, built: options.built, workSec: options.workSec, warmupSec: options.warmupSec });

    const profiles =
      options.cpuProf && kind === 'embedded'
        ? await profileLoads(
            options,
            database,
            [
              { title: 'single checks', path: CHECK_PATH, bodies: checkBodies, connections: options.connections },
              { title: `batches of ${BATCH_SIZE} checks`, path: BATCH_PATH, bodies: batchBodies, connections: options.batchConnections },
            ],
            auth,
          )
        : [];
    const figures: RunFigures = {
      database: kind,
      users: directory.users,
      tenants: directory.tenants,
      rows: directory.rows,
      generatedSec: directory.generatedMs / 1000,
      startup: { listeningMs: server.listeningMs, readyMs: server.readyMs, rssBytes, ...memory, emptyReadyMs: emptyServer.readyMs, emptyRssBytes, rssAfterLoadBytes },
      check: { licensehub: single.subject, bare: single.baseline, ratio: single.ratio, roundRatios: single.roundRatios, connections: options.connections },
      batch: { licensehub: batch.subject, bare: batch.baseline, ratio: batch.ratio, roundRatios: batch.roundRatios, checksPerRequest: BATCH_SIZE, connections: options.batchConnections },
      offline,
      localSdk,
      propagation: { checkRoundTripMs, oneServer, twoServers },
      besideWork,
      profiles,
    };
    return figures;
  } finally {
    for (const s of servers) await s.stop();
    await database.dispose();
  }
}

/** Batches of 1000 checks, each a different slice of the check mix. */
function batchesOf(directory: BenchDirectory): string[] {
  const { checks } = directory;
  return [0, 1, 2, 3].map((k) => {
    const batch = Array.from({ length: BATCH_SIZE }, (_, i) => checks[(k * 397 + i) % checks.length]!);
    return JSON.stringify({ checks: batch });
  });
}

/** One real answer, for the bare server to send back verbatim. */
async function answerOf(url: string, path: string, body: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text}`);
  return text;
}
