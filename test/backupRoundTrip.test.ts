import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, type DatabaseTarget } from '../src/store/database.js';
import {
  createEmptyPostgresDatabase,
  createTenantRequest,
  signIn,
  startServerProcess,
  waitReady,
  type ServerProcess,
} from './support/serverProcess.js';

/**
 * `licensehub-server backup` of a server taking writes, then `restore` into a
 * new place, compared row by row with the source. Two writers each create
 * tenants one after another (a tenant, its admin, their roles and audit events
 * in one transaction), so a consistent snapshot holds a prefix of each
 * writer's sequence, every tenant whole, everything acknowledged before the
 * backup began and nothing begun after it ended. The restored database then
 * runs a server that signs the last restored tenant's admin in.
 * Embedded database by default; PostgreSQL (pg_dump/pg_restore) with TEST_DATABASE_URL.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'licensehub-backup-test-'));
const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(folder, { recursive: true, force: true });
});

async function serverCli(args: string[], env: Record<string, string>) {
  const result = await run(process.execPath, ['--import', 'tsx', 'src/serverCli/bin.ts', ...args], { env: { ...process.env, ...env } });
  return result.stdout;
}

interface Write {
  name: string;
  startedAt: number;
  ackedAt: number | null;
}

/** Creates tenants `<prefix>0`, `<prefix>1`, … one after another until stopped. */
function writer(server: ServerProcess, session: Awaited<ReturnType<typeof signIn>>, prefix: string) {
  const writes: Write[] = [];
  let stopped = false;
  const done = (async () => {
    for (let i = 0; !stopped; i++) {
      const write: Write = { name: `${prefix}${i}`, startedAt: performance.now(), ackedAt: null };
      writes.push(write);
      const response = await createTenantRequest(server.base, session, write.name);
      assert.equal(response.status, 201, await response.text());
      write.ackedAt = performance.now();
    }
  })();
  return {
    writes,
    acked: () => writes.filter((w) => w.ackedAt !== null).length,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

async function until(condition: () => boolean, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail('timed out waiting for the writers');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The writers' tenants in a database, and every row that belongs to the given ones, table by table, in a stable order. */
async function readBack(target: DatabaseTarget, names?: string[]) {
  const database = await openDatabase(target);
  try {
    const db = database.db;
    const written = (await db.selectFrom('tenants').select('display_name').execute()).map((r) => r.display_name).filter((name) => /^rt[ab]\d+$/.test(name));
    const tenants = await db.selectFrom('tenants').selectAll().where('display_name', 'in', names ?? written).orderBy('display_name').execute();
    const ids = tenants.map((t) => t.id);
    return {
      written,
      rows: {
        tenants,
        users: await db.selectFrom('users').selectAll().where('tenant_id', 'in', ids).orderBy('id').execute(),
        roles: await db.selectFrom('role_assignments').selectAll().where('tenant_id', 'in', ids).orderBy('user_id').orderBy('role').execute(),
        audit: await db.selectFrom('audit_events').selectAll().where('tenant_id', 'in', ids).orderBy('id').execute(),
        signingKeys: await db.selectFrom('signing_keys').selectAll().orderBy('kid').execute(),
      },
    };
  } finally {
    await database.close();
  }
}

test(`backup while writing, restore, compare (${serverUrl ? 'PostgreSQL' : 'embedded'})`, { timeout: 300_000 }, async () => {
  let source: DatabaseTarget;
  let restored: DatabaseTarget;
  let sourceEnv: Record<string, string>;
  let restoredEnv: Record<string, string>;
  let backupFile: string;
  if (serverUrl) {
    const a = await createEmptyPostgresDatabase(serverUrl);
    const b = await createEmptyPostgresDatabase(serverUrl);
    cleanups.push(() => a.drop(), () => b.drop());
    source = { kind: 'postgres', url: a.url };
    restored = { kind: 'postgres', url: b.url };
    sourceEnv = { DATABASE_URL: a.url };
    restoredEnv = { DATABASE_URL: b.url };
    backupFile = join(folder, 'backup.pgdump');
  } else {
    source = { kind: 'embedded', dataDir: join(folder, 'data') };
    restored = { kind: 'embedded', dataDir: join(folder, 'restored') };
    sourceEnv = { LICENSEHUB_DATA_DIR: source.dataDir!, DATABASE_URL: '' };
    restoredEnv = { LICENSEHUB_DATA_DIR: restored.dataDir!, DATABASE_URL: '' };
    backupFile = join(folder, 'backup.tar.gz');
  }

  const server = await startServerProcess(sourceEnv);
  cleanups.push(() => server.stop());
  await waitReady(server);
  const session = await signIn(server.base);
  const writers = [writer(server, session, 'rta'), writer(server, session, 'rtb')];
  await until(() => writers.every((w) => w.acked() >= 3));

  const backupStarted = performance.now();
  const printed = await serverCli(['backup', '--output', backupFile], sourceEnv);
  const backupEnded = performance.now();
  if (!serverUrl) assert.match(printed, /through the running server/);
  const ackedAtEnd = writers.map((w) => w.acked());
  await until(() => writers.every((w, i) => w.acked() >= ackedAtEnd[i]! + 2));
  for (const w of writers) await w.stop();
  assert.equal(await server.stop(), 0);

  await serverCli(['restore', backupFile], restoredEnv);
  const fromBackup = await readBack(restored);
  const inBackup = fromBackup.written;

  for (const [index, w] of writers.entries()) {
    const prefix = ['rta', 'rtb'][index]!;
    const restoredOfWriter = inBackup.filter((name) => name.startsWith(prefix)).sort((x, y) => Number(x.slice(3)) - Number(y.slice(3)));
    // A prefix of the writer's sequence: nothing later without everything earlier.
    assert.deepEqual(restoredOfWriter, w.writes.slice(0, restoredOfWriter.length).map((x) => x.name));
    for (const write of w.writes) {
      const present = restoredOfWriter.includes(write.name);
      if (write.ackedAt !== null && write.ackedAt < backupStarted) assert.ok(present, `${write.name} was acknowledged before the backup began but is missing`);
      if (write.startedAt > backupEnded) assert.ok(!present, `${write.name} began after the backup ended but is in it`);
    }
  }
  // Each restored tenant is whole and the same as in the source, and the signing keys came along.
  const fromSource = await readBack(source, inBackup);
  assert.deepEqual(fromBackup.rows, fromSource.rows);
  process.stdout.write(`# backup held ${inBackup.length} of ${fromSource.written.length} tenants written; took ${Math.round(backupEnded - backupStarted)} ms\n`);

  const again = await startServerProcess(restoredEnv);
  cleanups.push(() => again.stop());
  await waitReady(again);
  const last = inBackup.sort().at(-1)!;
  await signIn(again.base, `admin@${last}.example`, 'tenant-password-123');
  assert.equal(await again.stop(), 0);
});
