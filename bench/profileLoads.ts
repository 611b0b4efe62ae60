import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchDatabase } from './benchDatabase.js';
import { WORK_DIR } from './childProcess.js';
import { summarizeProfile, type ProfileSummary } from './cpuProfile.js';
import { startLicenseHub } from './licenseHubProcess.js';
import { loadFor } from './load.js';
import type { BenchOptions } from './options.js';
import { log } from './progressLog.js';

/**
 * Each load again on a server of its own run under --cpu-prof (so the
 * profiler does not skew the measured figures), stopped right after the
 * load: the last seconds of its profile are the load.
 */
export async function profileLoads(
  options: BenchOptions,
  database: BenchDatabase,
  loads: { title: string; path: string; bodies: string[]; connections: number }[],
  auth: Record<string, string>,
): Promise<ProfileSummary[]> {
  const summaries: ProfileSummary[] = [];
  for (const [i, load] of loads.entries()) {
    const dir = join(WORK_DIR, 'profiles', String(i));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    log(`profiling the server under the load of ${load.title} (--cpu-prof)`);
    const server = await startLicenseHub({ name: 'profiled licensehub', database: database.env, workDir: WORK_DIR, built: options.built, cpuProfileDir: dir });
    const target = { url: server.url, path: load.path, bodies: load.bodies, headers: auth };
    await loadFor(target, load.connections, options.warmupSec);
    await loadFor(target, load.connections, options.durationSec);
    await server.stop();
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no CPU profile was written to ${dir}`);
    log(`CPU profile: ${join(dir, file)} (open it in Chrome DevTools → Performance)`);
    summaries.push(summarizeProfile(join(dir, file), options.durationSec, load.title));
  }
  return summaries;
}
