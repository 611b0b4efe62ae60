import { toError, type ErrorFields, type WorkerReply } from './protocol.js';

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

/**
 * The requests sent to the database's thread that wait for its reply, by id:
 * the main thread's handle (PGliteThread) and a borrowing thread's
 * (LentSession) keep one each.
 */
export class PendingReplies {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** A new request's id, and the promise its reply settles. */
  open<T>(): { id: number; reply: Promise<T> } {
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: never) => void, reject }));
    return { id, reply };
  }

  settle(reply: WorkerReply): void {
    if (!('id' in reply)) return;
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.result as never);
    else pending.reject(toError(reply.error as ErrorFields));
  }

  /** The thread is gone: everything still waiting fails with this error. */
  failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
