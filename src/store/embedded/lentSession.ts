import type { MessagePort } from 'node:worker_threads';
import type { PGliteSession } from './pgliteDialect.js';
import { EmbeddedDatabaseUnavailable } from './pgliteThread.js';
import type { LentRequest, QueryResults, WorkerReply } from './protocol.js';
import { PendingReplies } from './replies.js';
type Request = LentRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The embedded database as a thread that borrowed it sees it: statements go on
 * the port the main thread had the database thread open (PGliteThread.lend),
 * for as long as the main thread holds the turn on this thread's behalf. If the
 * database thread dies the port closes, and what waited fails as it would on
 * the main thread.
 */
export class LentSession implements PGliteSession {
  generation = 0;
  private readonly replies = new PendingReplies();
  private closed = false;

  constructor(private readonly port: MessagePort) {
    port.on('message', (reply: WorkerReply) => this.replies.settle(reply));
    port.on('close', () => this.fail(new EmbeddedDatabaseUnavailable('its thread stopped while another thread had it')));
  }

  query(sql: string, params: readonly unknown[]): Promise<QueryResults> {
    return this.call({ op: 'query', sql, params: [...params] });
  }

  exec(sql: string): Promise<QueryResults[]> {
    return this.call({ op: 'exec', sql });
  }

  /** Gives the database back: nothing more is sent on the port. */
  close(): void {
    this.fail(new EmbeddedDatabaseUnavailable('it was given back to the main thread'));
    this.port.close();
  }

  private call<T>(request: Request): Promise<T> {
    if (this.closed) return Promise.reject(new EmbeddedDatabaseUnavailable('it is no longer lent to this thread'));
    const { id, reply } = this.replies.open<T>();
    this.port.postMessage({ ...request, id } as LentRequest);
    return reply;
  }

  private fail(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.generation++;
    this.replies.failAll(error);
  }
}
