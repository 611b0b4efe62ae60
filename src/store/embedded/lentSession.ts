import type { MessagePort } from 'node:worker_threads';
import type { PGliteSession } from './pgliteDialect.js';
import { EmbeddedDatabaseUnavailable } from './pgliteThread.js';
import { toError, type ErrorFields, type LentRequest, type QueryResults, type WorkerReply } from './protocol.js';

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };
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
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly port: MessagePort) {
    port.on('message', (reply: WorkerReply) => this.settle(reply));
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
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      this.port.postMessage({ ...request, id } as LentRequest);
    });
  }

  private settle(reply: WorkerReply): void {
    if (!('id' in reply)) return;
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.result as never);
    else pending.reject(toError(reply.error as ErrorFields));
  }

  private fail(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.generation++;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
