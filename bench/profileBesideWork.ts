import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBareServer } from './bareProcess.js';
import { prepareEmbedded, preparePostgres } from './benchDatabase.js';
import { FAULT_SECONDS, measureChecksBesideWork } from './besideWork.js';
import { WORK_DIR } from './childProcess.js';
import { summarizeProfile } from './cpuProfile.js';
import { log } from './progressLog.js';
import { formatProfile } from './report.js';

/**
 * One piece of issue 12's admin work ((a)–(d)) beside the check load, looked at closely:
 *   node --import tsx bench/profileBesideWork.ts [--work '(a)'] [--users N] [--control [--nice N]] [--postgres URL]
 * Profiles the server (--cpu-prof: its main thread, database thread and worker pool) and prints,
 * per thread, where the time went while the work ran. With --control the checks go to the bare
 * server (a fixed answer) while the work still goes to LicenseHub: the bare server's loss is the
 * machine's share of the slowdown (two cores shared with the load generator), not LicenseHub's.
 * With --nice N as well, LicenseHub runs at that nice value (19: the lowest priority): what a
 * check thread would keep if the admin work ran on threads of its own below it. With --postgres URL
 * the server runs on a fresh database on that PostgreSQL server (needed for the faults (e) and (f)).
 */
const { values } = parseArgs({ options: { work: { type: 'string', default: '(a)' }, users: { type: 'string', default: '200000' }, control: { type: 'boolean', default: false }, nice: { type: 'string' }, postgres: { type: 'string' } } });
if (values.nice !== undefined && !values.control) throw new Error('--nice applies to the server doing the work, so only with --control (the checks would go to the niced server too)');
const workServerNice = values.nice === undefined ? undefined : Number(values.nice);
const which = values.work;
const users = Number(values.users);
const seconds = 10;
mkdirSync(WORK_DIR, { recursive: true });
const scale = { users, tenants: Math.round(users / 100), bigGroupMembers: 10_000 };
const database = values.postgres ? await preparePostgres(values.postgres, scale, log) : await prepareEmbedded(WORK_DIR, `embedded-profile-${users}`, scale, log);
const directory = database.directory!;
const dir = join(WORK_DIR, `profile-${which.replace(/\W/g, '')}`);
rmSync(dir, { recursive: true, force: true });
const bare = values.control ? await startBareServer(WORK_DIR, { '/api/v1/runtime/check': JSON.stringify({ code: 'LICENSED', licensed: true }) }) : null;
try {
  const figures = await measureChecksBesideWork({
    kind: database.kind,
    database,
    directory,
    built: false,
    workSec: seconds,
    warmupSec: 8,
    only: [which],
    cpuProfileDir: dir,
    ...(bare ? { checksTo: bare } : {}),
    ...(workServerNice !== undefined ? { workServerNice } : {}),
  });
  for (const figure of figures) log(JSON.stringify({ work: figure.work, checksTo: bare ? 'bare server (control)' : 'LicenseHub', workServerNice: workServerNice ?? 0, quiet: figure.quiet, during: figure.during, ratio: figure.ratio.toFixed(2), workMs: figure.workMs }));
  for (const file of readdirSync(dir).sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)) {
    process.stdout.write(`${formatProfile(summarizeProfile(join(dir, file), /^\([ef]\)/.test(which) ? FAULT_SECONDS : seconds, `${which}: ${file}`, 20))}\n\n`);
  }
} finally {
  await bare?.stop();
  await database.dispose();
}
