import { CliError } from '../cli/cliError.js';
import type { CliIo } from '../cli/io.js';
import { openDatabase } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { withStartupLock } from '../store/startupLock.js';
import { configFrom, runningServer, type DatabaseOptions } from './target.js';

/**
 * `licensehub-server migrate`: brings the schema up to this version's, under
 * the same lock as a start (a start migrates too; this lets an upgrade migrate
 * before any new instance takes traffic). Migrations only go forward.
 */
export async function migrate(options: DatabaseOptions, io: CliIo): Promise<number> {
  const config = configFrom(io, options);
  if (config.database.kind === 'embedded' && config.database.dataDir) {
    const server = await runningServer(io, config.database.dataDir);
    if (server) throw new CliError(`a LicenseHub server (pid ${server.pid}) runs on ${config.database.dataDir}; stop it first (its next start migrates too)`);
  }
  const database = await openDatabase(config.database);
  try {
    const applied = await withStartupLock(database, () => migrateToLatest(database.db), () =>
      io.stderr.write('Another instance is migrating this database; waiting for it…\n'),
    );
    io.stdout.write(applied.length ? `Applied ${applied.length} migration(s) to ${database.location}: ${applied.join(', ')}\n` : `${database.location} is up to date.\n`);
    return 0;
  } finally {
    await database.close();
  }
}
