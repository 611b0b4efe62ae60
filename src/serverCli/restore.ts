import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { CliError } from '../cli/cliError.js';
import type { CliIo } from '../cli/io.js';
import { openDatabase, restoreEmbedded, type DatabaseTarget } from '../store/database.js';
import { migrations } from '../store/migrations/index.js';
import { runPostgresTool } from './postgresTools.js';
import { configFrom, type DatabaseOptions } from './target.js';

/**
 * `licensehub-server restore <file>`: brings a backup into a new data folder
 * (--data-dir) or an empty PostgreSQL database (--database-url), never over
 * existing data. The next start migrates a backup of an older version forward.
 */
export async function restore(file: string, options: DatabaseOptions, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, file);
  let archive: Buffer;
  try {
    archive = readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const isPgDump = archive.subarray(0, 5).toString('latin1') === 'PGDMP';
  const config = configFrom(io, options);
  const started = performance.now();

  if (isPgDump) {
    if (config.database.kind !== 'postgres') throw new CliError(`${file} is a PostgreSQL dump: give --database-url of an empty database to restore it into`);
    await assertEmptyPostgres(config.database);
    await runPostgresTool('pg_restore', config.database.url, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', path]);
  } else {
    if (config.database.kind !== 'embedded' || !config.database.dataDir) {
      throw new CliError(`${file} is an embedded-database backup: give --data-dir of a new folder to restore it into`);
    }
    try {
      await restoreEmbedded(config.database.dataDir, archive);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
  }
  const where = config.database.kind === 'postgres' ? 'the PostgreSQL database' : config.database.dataDir;
  io.stdout.write(`Restored ${file} into ${where} in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  io.stdout.write(`${await schemaReport(config.database)}\n`);
  return 0;
}

async function assertEmptyPostgres(target: DatabaseTarget): Promise<void> {
  const database = await openDatabase(target);
  try {
    const { rows } = await sql<{ tables: number }>`select count(*)::int as tables from pg_tables where schemaname = 'public'`.execute(database.db);
    if ((rows[0]?.tables ?? 0) > 0) throw new CliError(`${database.location} is not empty: restore into a new, empty database`);
  } finally {
    await database.close();
  }
}

/** Tells where the restored schema stands against this version's migrations. */
async function schemaReport(target: DatabaseTarget): Promise<string> {
  const database = await openDatabase(target);
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
    const applied = rows.map((r) => r.name);
    const known = Object.keys(migrations);
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length) return `The backup comes from a newer LicenseHub (migrations ${unknown.join(', ')} are unknown here): run that version on it.`;
    const pending = known.filter((name) => !applied.includes(name));
    return pending.length ? `Its schema is ${pending.length} migration(s) behind this version; the next start (or licensehub-server migrate) applies them.` : 'Its schema matches this version.';
  } catch (error) {
    throw new CliError(`the restored data is not a LicenseHub database: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await database.close();
  }
}
