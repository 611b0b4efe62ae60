import { Worker, type MessagePort } from 'node:worker_threads';
import { toError, type LendRequest, type QueryResults, type WorkerOptions, type WorkerReply, type WorkerRequest } from './protocol.js';
import { PendingReplies } from './replies.js';

/** Thrown while the embedded database's thread is down; the problems plugin answers 503 with Retry-After. */
export class EmbeddedDatabaseUnavailable extends Error {
  readonly code = 'LH_EMBEDDED_DATABASE_UNAVAILABLE';
  constructor(reason: string) {
    super(`The embedded database is unavailable: ${reason}`);
  }
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

import { startWorker } from '../../workerThreads.js';

const WORKER_ENTRY = new URL('./pgliteWorker.js', import.meta.url);
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * The main thread's handle on the embedded database, which runs in its own
 * worker thread (pgliteWorker.ts): queries go out as messages and their
 * results come back, so no statement and no disk write ever runs on the
 * thread that answers license checks.
 *
 * If the worker dies (a WebAssembly abort, out of memory), every pending
 * query fails with EmbeddedDatabaseUnavailable, and the next query starts a
 * new worker on the same folder (PostgreSQL's crash recovery replays the
 * WAL), with growing pauses between attempts. The process itself never stops.
 */
export class PGliteThread {
  private worker: Worker | null = null;
  private starting: Promise<void> | null = null;
  private readonly replies = new PendingReplies();
  private closed = false;
  private restartDelay = 0;
  private lastFailure: Date | null = null;
  /** Goes up every time a worker dies, so a transaction can tell it outlived the worker it began on. */
  generation = 0;
  /** Called when the worker dies unexpectedly (for logs). */
  onFailure: (error: Error) => void = () => undefined;

  constructor(private readonly options: WorkerOptions) {}

  /** Starts the worker and waits until the database is open. */
  async open(): Promise<void> {
    await this.ensureStarted();
  }

  query(sql: string, params: readonly unknown[]): Promise<QueryResults> {
    return this.call({ op: 'query', sql, params: [...params] });
  }

  /** Several statements in one call (the simple protocol, as migrations need); one result each. */
  exec(sql: string): Promise<QueryResults[]> {
    return this.call({ op: 'exec', sql });
  }

  /**
   * Lets another thread run statements on `port` (LentSession on its side). The caller holds the
   * database's turn for as long as that thread works, so nothing of this thread's runs in between.
   */
  async lend(port: MessagePort): Promise<void> {
    await this.ensureStarted();
    this.worker!.postMessage({ op: 'lend', port } satisfies LendRequest, [port]);
  }

  /** Takes the database back from a thread that stopped while it had it (see pgliteWorker's reclaim). */
  async reclaim(): Promise<void> {
    await this.call({ op: 'reclaim' });
  }

  /** A consistent tarball of the data folder (PGlite's dumpDataDir), taken between statements. */
  dump(compression: 'none' | 'gzip' = 'none'): Promise<Uint8Array> {
    return this.call({ op: 'dump', compression });
  }

  /** When the worker last died, if it did: for /readyz and logs. */
  get failedAt(): Date | null {
    return this.lastFailure;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.send(worker, { op: 'close' });
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }

  private async call<T>(request: Request): Promise<T> {
    if (this.closed) throw new EmbeddedDatabaseUnavailable('it has been closed');
    await this.ensureStarted();
    return this.send<T>(this.worker!, request);
  }

  private send<T>(worker: Worker, request: Request): Promise<T> {
    const { id, reply } = this.replies.open<T>();
    worker.postMessage({ ...request, id } as WorkerRequest);
    return reply;
  }

  private ensureStarted(): Promise<void> {
    if (this.worker) return Promise.resolve();
    this.starting ??= this.start().finally(() => (this.starting = null));
    return this.starting;
  }

  private async start(): Promise<void> {
    // Not unref'd: a query is waiting for this worker.
    if (this.restartDelay > 0) await new Promise((resolve) => setTimeout(resolve, this.restartDelay));
    const worker = startWorker(WORKER_ENTRY, { workerData: this.options });
    try {
      await new Promise<void>((resolve, reject) => {
        const onExit = (code: number) => reject(new EmbeddedDatabaseUnavailable(`its thread exited with code ${code} while opening`));
        worker.once('error', reject);
        worker.once('exit', onExit);
        worker.once('message', (reply: WorkerReply) => {
          worker.off('error', reject);
          worker.off('exit', onExit);
          if ('type' in reply && reply.type === 'ready') resolve();
          else reject(toError('error' in reply ? reply.error : { message: 'unexpected first message from the database thread' }));
        });
      });
    } catch (error) {
      this.restartDelay = Math.min(Math.max(this.restartDelay * 2, FIRST_RESTART_DELAY_MS), MAX_RESTART_DELAY_MS);
      await worker.terminate();
      throw error;
    }
    this.restartDelay = 0;
    worker.on('message', (reply: WorkerReply) => this.replies.settle(reply));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new EmbeddedDatabaseUnavailable(`its thread exited with code ${code}`)));
    this.worker = worker;
  }

  /** The worker died: fail what waited on it; the next query starts a new one. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.generation++;
    if (this.closed) return;
    this.lastFailure = new Date();
    this.restartDelay = FIRST_RESTART_DELAY_MS;
    const unavailable = error instanceof EmbeddedDatabaseUnavailable ? error : new EmbeddedDatabaseUnavailable(error.message);
    this.replies.failAll(unavailable);
    this.onFailure(error);
    void worker.terminate();
  }
}
