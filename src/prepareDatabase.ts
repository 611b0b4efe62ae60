import { bootstrapOperator, type BootstrapResult } from './bootstrap.js';
import { loadDemoData, type DemoSummary } from './demo/loadDemo.js';
import type { DatabaseHandle } from './store/database.js';
import { migrateToLatest } from './store/migrate.js';
import { withStartupLock } from './store/startupLock.js';

export interface PreparedDatabase {
  /** Migrations this start applied (none when another instance or an earlier start did). */
  migrations: string[];
  bootstrap: BootstrapResult;
  demo: DemoSummary | null;
}

/**
 * Everything a start does to the database before serving: migrate, create the
 * operator on an empty database, load the demo there. One advisory lock covers
 * all three, so instances starting together never race on the first operator
 * (whose tenant domain is unique) or on a half-loaded demo.
 */
export async function prepareDatabase(
  database: DatabaseHandle,
  options: { adminPassword: string | null; demo: boolean; now: Date; onWait?: () => void },
): Promise<PreparedDatabase> {
  return withStartupLock(
    database,
    async () => {
      const migrations = await migrateToLatest(database.db);
      const bootstrap = await bootstrapOperator(database.db, options.adminPassword, options.now);
      const demo = bootstrap.created && options.demo ? await loadDemoData(database.db, options.now) : null;
      return { migrations, bootstrap, demo };
    },
    options.onWait,
  );
}
