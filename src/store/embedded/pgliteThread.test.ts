import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Worker } from 'node:worker_threads';
import { openDatabase } from '../database.js';
import { EmbeddedDatabaseUnavailable } from './pgliteThread.js';

/**
 * The embedded database runs in its own thread. If that thread dies, the
 * queries waiting on it fail with EmbeddedDatabaseUnavailable (a 503 to the
 * caller), the process goes on, and the next query starts a new thread on
 * the same folder with every committed row still there.
 */
test('a database thread that dies is replaced on the next query; committed rows survive, the open transaction does not', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'licensehub-thread-'));
  const database = await openDatabase({ kind: 'embedded', dataDir: dir });
  const problems: string[] = [];
  database.onProblem = (message) => problems.push(message);
  try {
    await sql`create table notes (id int primary key, text text not null)`.execute(database.db);
    await sql`insert into notes values (1, 'committed')`.execute(database.db);
    // The thread behind the handle, as a WebAssembly abort would leave it: gone.
    // The thread's worker (a private field, reached only here), killed as a WebAssembly abort would kill it.
    const worker = (database.thread as unknown as { worker: Worker }).worker;
    const inTransaction = database.db.transaction().execute(async (tx) => {
      await sql`insert into notes values (2, 'never committed')`.execute(tx);
      await worker.terminate();
      await sql`insert into notes values (3, 'after the thread died')`.execute(tx);
    });
    await assert.rejects(inTransaction, (error: unknown) => error instanceof EmbeddedDatabaseUnavailable);
    assert.ok(problems.some((p) => p.includes('thread stopped')));
    const rows = await sql<{ id: number; text: string }>`select id, text from notes order by id`.execute(database.db);
    assert.deepEqual(rows.rows, [{ id: 1, text: 'committed' }]);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});


test('bytes go to the database thread in binary and come back equal: every byte value, empty, and a 14 MB package', { timeout: 120_000 }, async () => {
  const database = await openDatabase({ kind: 'embedded', dataDir: null });
  try {
    await sql`create table blobs (id int primary key, data bytea not null)`.execute(database.db);
    const everyByte = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
    const big = randomBytes(14 * 1024 * 1024);
    const values = [everyByte, Buffer.alloc(0), big];
    for (const [id, data] of values.entries()) await sql`insert into blobs values (${id}, ${data})`.execute(database.db);
    const rows = await sql<{ id: number; data: Buffer; length: number }>`select id, data, length(data) as length from blobs order by id`.execute(database.db);
    assert.deepEqual(
      rows.rows.map((row) => row.length),
      values.map((value) => value.length),
      'the database stored exactly the bytes sent (a hex or escaped text would change the length)',
    );
    for (const row of rows.rows) assert.ok(Buffer.compare(row.data, values[row.id]!) === 0, `row ${row.id} reads back equal`);
    const started = process.cpuUsage();
    await sql`insert into blobs values (3, ${big})`.execute(database.db);
    process.stdout.write(`# a 14 MB bytea insert: ${((process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000).toFixed(0)} ms of this process's CPU\n`);
  } finally {
    await database.close();
  }
});
