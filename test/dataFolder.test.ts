import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolderInUse, LOCK_FILE, lockDataFolder } from '../src/store/embedded/dataFolder.js';
import { startServerProcess, waitReady, type ServerProcess } from './support/serverProcess.js';

/** The embedded data folder has one owner, and only its owner can read it. */
const folder = () => mkdtempSync(join(tmpdir(), 'licensehub-folder-'));

describe('the embedded data folder', () => {
  test('a second lock on a held folder is refused, naming the holder; a released folder can be taken again', () => {
    const dir = folder();
    try {
      const lock = lockDataFolder(dir);
      assert.throws(() => lockDataFolder(dir), (error: unknown) => error instanceof DataFolderInUse && error.holderPid === process.pid && error.message.includes(dir));
      lock.release();
      lockDataFolder(dir).release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a lock left by a process that no longer runs, or whose PID was reused, is taken over', () => {
    const dir = folder();
    try {
      // A PID above Linux's pid_max never runs.
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 4_194_305, host: hostname(), bootId: null, startTicks: null }));
      lockDataFolder(dir).release();
      // PID 1 runs, but not since the tick this lock says its holder started.
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: hostname(), bootId: null, startTicks: '1' }));
      lockDataFolder(dir).release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a second server on the same folder exits at once, naming the folder and the first one’s PID; the first keeps serving', { timeout: 400_000 }, async () => {
    const dir = folder();
    const first = await startServerProcess({ LICENSEHUB_DATA_DIR: dir });
    let second: ServerProcess | null = null;
    try {
      await waitReady(first);
      second = await startServerProcess({ LICENSEHUB_DATA_DIR: dir });
      const started = Date.now();
      const code = await second.exited();
      assert.equal(code, 1);
      assert.ok(Date.now() - started < 60_000, 'the second process must stop at once, before opening the database');
      assert.match(second.stderr(), new RegExp(`data folder ${dir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is in use by another LicenseHub process \\(PID ${first.child.pid}`));
      assert.equal((await fetch(`${first.base}/readyz`)).status, 200);

      // Only the owner can read what is in the folder (it holds the signing keys' database).
      const loose: string[] = [];
      const walk = (path: string) => {
        const stat = statSync(path);
        const expected = stat.isDirectory() ? 0o700 : 0o600;
        if ((stat.mode & 0o777 & ~expected) !== 0) loose.push(`${path} ${(stat.mode & 0o777).toString(8)}`);
        if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
      };
      walk(dir);
      assert.deepEqual(loose.slice(0, 5), [], `${loose.length} entries are open to others`);
    } finally {
      await second?.stop('SIGKILL');
      await first.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
