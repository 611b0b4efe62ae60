import { databaseUnavailableReason } from './errors.js';

/** Reasons (errors.ts) that mean the database server itself is away, not busy. */
const AWAY = new Set(['the database cannot be reached', 'the connection to the database failed', 'the database is restarting', 'the database is starting up']);

/**
 * Opening connections to a PostgreSQL server that is away, for one request after another.
 *
 * While the database refuses connections, every request that needs it would open a TCP connection,
 * wait for the refusal, build the error and log it: with one writer retrying, ~1 ms of the check
 * thread per refused write (bench (f), 2026-12-05: the check thread's CPU per check went from 33 to
 * 58 µs), and a herd of connection attempts on a database that is coming back. So after a connect
 * fails because the server is away, further connects fail at once, with the same 503 reason, for
 * `pauseMs`; then one goes through as a probe while the others keep failing at once, and the first
 * connection that opens lets everything through again.
 */
export class ConnectBreaker {
  private away: Error | null = null;
  private retryAt = 0;
  private probing = false;
  /** Connects refused here without trying since the database went away (read by its tests). */
  refused = 0;

  constructor(
    private readonly pauseMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async connect<T>(open: () => Promise<T>): Promise<T> {
    const probe = this.away !== null;
    if (probe) {
      if (this.probing || this.now() < this.retryAt) {
        this.refused++;
        throw databaseAway(this.away!);
      }
      this.probing = true;
    }
    try {
      const connection = await open();
      this.away = null;
      this.refused = 0;
      return connection;
    } catch (error) {
      if (AWAY.has(databaseUnavailableReason(error) ?? '')) {
        this.away = error as Error;
        this.retryAt = this.now() + this.pauseMs;
      }
      throw error;
    } finally {
      if (probe) this.probing = false;
    }
  }
}

/** The error of a connect not tried: errors.ts reads its code as "the database cannot be reached". */
function databaseAway(cause: Error): Error {
  return Object.assign(new Error(`the database could not be reached a moment ago (${cause.message}); not trying again yet`, { cause }), { code: 'LH_DATABASE_AWAY' });
}
