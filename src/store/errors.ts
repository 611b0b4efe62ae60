/** PostgreSQL's unique_violation, raised when a race slips past a friendly pre-check. */
export function isUniqueViolation(error: unknown, indexName?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  if (!e || e.code !== '23505') return false;
  return !indexName || e.constraint === indexName || (e.message ?? '').includes(indexName);
}

/**
 * SQLSTATEs that mean "the database could not do it now", not "the request
 * is wrong": a timeout, a lock not granted, a connection ended, a server
 * restarting or out of connections, a conflict another try would not meet.
 * The transaction rolled back, so nothing was written; the caller may retry.
 */
const TRANSIENT_STATES: Record<string, string> = {
  '57014': 'a statement took longer than the statement timeout',
  '55P03': 'a lock another change holds was not released within the lock timeout',
  '57P01': 'the database ended the connection',
  '57P02': 'the database is restarting',
  '57P03': 'the database is starting up',
  '53300': 'the database has no free connections',
  '25P03': 'a transaction stayed idle too long',
  '40001': 'a concurrent change conflicted with this one',
  '40P01': 'a concurrent change deadlocked with this one',
  // Not a SQLSTATE: the thread running the change stopped (src/workers/commandThread.ts); its transaction was rolled back.
  LH_COMMAND_THREAD_STOPPED: 'the thread running the change stopped before it finished',
};
// LH_DATABASE_AWAY: a connect not tried because the last one found the server away (connectBreaker.ts).
const TRANSIENT_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'LH_EMBEDDED_DATABASE_UNAVAILABLE', 'LH_DATABASE_AWAY']);
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /not queryable/i,
  /driver has already been destroyed/i,
  /Connection terminated due to connection timeout/i,
];

/** Why the database could not serve this now, or null when the error is something else. */
export function databaseUnavailableReason(error: unknown): string | null {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return null;
  const code = typeof e.code === 'string' ? e.code : '';
  if (TRANSIENT_STATES[code]) return TRANSIENT_STATES[code]!;
  if (code.startsWith('08')) return 'the connection to the database failed';
  if (TRANSIENT_ERRNOS.has(code)) return 'the database cannot be reached';
  const message = typeof e.message === 'string' ? e.message : '';
  // pg-pool's words when no connection of the pool came free in time (its own connects fail with other words).
  if (/timeout exceeded when trying to connect/i.test(message)) return 'every database connection stayed busy';
  if (TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return 'the database cannot be reached';
  const aggregate = (error as { errors?: unknown[] }).errors;
  if (Array.isArray(aggregate) && aggregate.some((inner) => databaseUnavailableReason(inner))) return 'the database cannot be reached';
  return null;
}
