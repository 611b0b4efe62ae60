import pg from 'pg';
import type { DatabaseHandle } from './database.js';

/** pg_advisory_lock key of the start-up work (the signing-key lock is 7265431). */
const STARTUP_LOCK = 7265430;

/**
 * Runs the start-up work (migrations, the first operator, the demo data) while
 * holding one PostgreSQL advisory lock, so any number of instances starting at
 * once on one database do it one after another: the first does it, the others
 * find it done. The lock lives on a connection of its own, outside the pool the
 * work uses, and goes with that connection if the process dies. The embedded
 * database has one owner process, so there it is the work alone.
 */
export async function withStartupLock<T>(database: DatabaseHandle, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  if (database.kind !== 'postgres' || !database.connectionString) return work();
  const client = new pg.Client({ connectionString: database.connectionString, application_name: 'licensehub startup lock' });
  // A dropped connection surfaces as a failed query below, never as an unhandled 'error' event.
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [STARTUP_LOCK]);
    if (!rows[0]?.locked) {
      onWait?.();
      await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
    }
    return await work();
  } finally {
    // Ending the session releases the lock too; unlocking first frees the next instance at once.
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}
