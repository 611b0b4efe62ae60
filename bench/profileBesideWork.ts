import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { prepareEmbedded } from './benchDatabase.js';
import { measureChecksBesideWork } from './besideWork.js';
import { WORK_DIR } from './childProcess.js';
import { summarizeProfile } from './cpuProfile.js';
import { log } from './progressLog.js';
import { formatProfile } from './report.js';

/**
 * Where the server's CPU goes while one piece of admin work runs beside the
 * check load (issue 12's (a)–(d)): `node --import tsx bench/profileBesideWork.ts (a) [users]`.
 * Each thread's profile (main thread, database thread, worker pool) is summarized
 * over the window the work ran in.
 */
const which = process.argv[2] ?? '(a)';
const users = Number(process.argv[3] ?? 200_000);
const seconds = 10;
mkdirSync(WORK_DIR, { recursive: true });
const database = await prepareEmbedded(WORK_DIR, `embedded-profile-${users}`, { users, tenants: Math.round(users / 100), bigGroupMembers: 10_000 }, log);
const dir = join(WORK_DIR, `profile-${which.replace(/\W/g, '')}`);
rmSync(dir, { recursive: true, force: true });
try {
  const figures = await measureChecksBesideWork({ kind: 'embedded', database, directory: database.directory!, built: false, workSec: seconds, warmupSec: 8, only: [which], cpuProfileDir: dir });
  for (const figure of figures) log(JSON.stringify({ work: figure.work, quiet: figure.quiet, during: figure.during, ratio: figure.ratio.toFixed(2), work_ms: figure.workMs }));
  for (const file of readdirSync(dir).sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)) {
    process.stdout.write(`${formatProfile(summarizeProfile(join(dir, file), seconds, `${which}: ${file}`, 20))}\n\n`);
  }
} finally {
  await database.dispose();
}
