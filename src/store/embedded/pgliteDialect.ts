import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { EmbeddedDatabaseUnavailable } from './pgliteThread.js';
import type { QueryResults } from './protocol.js';

/** Where statements go: the database's thread itself (PGliteThread), or a port it lent (LentSession). */
export interface PGliteSession {
  query(sql: string, params: readonly unknown[]): Promise<QueryResults>;
  exec(sql: string): Promise<QueryResults[]>;
  /** Goes up when the database thread restarts: a transaction begun before is gone. */
  readonly generation: number;
}

/** SQLSTATE lock_not_available: what PostgreSQL says when lock_timeout expires, so both databases fail alike. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Kysely dialect for PGlite, the embedded PostgreSQL, running in its own
 * thread (pgliteThread.ts).
 *
 * PGlite is a single connection, so the driver hands it out to one holder at a
 * time: a transaction owns the connection until it commits or rolls back, and
 * every other query waits its turn — at most `turnTimeoutMs`, after which
 * it fails with PostgreSQL's lock_not_available SQLSTATE (55P03) and the
 * caller gets a 503 to retry instead of waiting forever behind a stuck change.
 */
export class PGliteDialect implements Dialect {
  constructor(
    private readonly thread: PGliteSession,
    private readonly turnTimeoutMs: number,
  ) {}
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.thread, this.turnTimeoutMs);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

class PGliteDriver implements Driver {
  private readonly connection: PGliteConnection;
  private queue: Promise<void> = Promise.resolve();
  private releaseCurrent: (() => void) | null = null;

  constructor(
    thread: PGliteSession,
    private readonly turnTimeoutMs: number,
  ) {
    this.connection = new PGliteConnection(thread);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    if (!(await turnWithin(previous, this.turnTimeoutMs))) {
      // Give our place in the line to whoever queued after us, once the holder is done.
      void previous.then(release);
      const error = new Error(`Waited ${this.turnTimeoutMs} ms for the embedded database, which another change still holds`);
      Object.assign(error, { code: LOCK_NOT_AVAILABLE });
      throw error;
    }
    this.releaseCurrent = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
    (connection as PGliteConnection).transactionStarted();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('commit'));
    } finally {
      (connection as PGliteConnection).transactionEnded();
    }
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as PGliteConnection;
    // A transaction on a thread that has since restarted is gone already: nothing to roll back.
    if (!c.transactionLost()) await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => undefined);
    c.transactionEnded();
  }
  async releaseConnection(): Promise<void> {
    const release = this.releaseCurrent;
    this.releaseCurrent = null;
    release?.();
  }
  async destroy(): Promise<void> {}
}

function turnWithin(previous: Promise<void>, ms: number): Promise<boolean> {
  if (!(ms > 0)) return previous.then(() => true);
  let timer: NodeJS.Timeout;
  return Promise.race([
    previous.then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer));
}

class PGliteConnection implements DatabaseConnection {
  /** The worker generation a transaction began on; a statement on a newer one would run outside it. */
  private transactionGeneration: number | null = null;

  constructor(private readonly thread: PGliteSession) {}

  transactionStarted(): void {
    this.transactionGeneration = this.thread.generation;
  }
  transactionEnded(): void {
    this.transactionGeneration = null;
  }
  transactionLost(): boolean {
    return this.transactionGeneration !== null && this.transactionGeneration !== this.thread.generation;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (this.transactionLost()) throw new EmbeddedDatabaseUnavailable('it restarted during this transaction, which was rolled back');
    // Without parameters the simple protocol runs, which allows several
    // statements in one call (migrations); the last statement's result counts.
    const result =
      compiledQuery.parameters.length === 0
        ? ((await this.thread.exec(compiledQuery.sql)).at(-1) ?? { rows: [], affectedRows: 0 })
        : await this.thread.query(compiledQuery.sql, compiledQuery.parameters);
    const affected = result.affectedRows;
    return {
      rows: result.rows as R[],
      ...(affected !== undefined && /^\s*(insert|update|delete|merge)/i.test(compiledQuery.sql) ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on the embedded database');
  }
}
