import { MessageChannel, type Worker } from 'node:worker_threads';
import type { EntitlementChange } from '../runtime/entitlementChanges.js';
import type { AuditActor } from '../store/audit.js';
import type { DatabaseHandle } from '../store/database.js';
import { startWorker } from '../workerThreads.js';
import { receiveError, type CommandReply, type CommandRequest, type CommandThreadOptions } from './commandProtocol.js';
import type { OffThreadCommand, OffThreadInput, OffThreadOutput } from './offThreadCommands.js';

const WORKER_ENTRY = new URL('./commandWorker.js', import.meta.url);

/** The command thread stopped while a command ran; on the embedded database its transaction is rolled back before the turn is given back. */
export class CommandThreadStopped extends Error {
  readonly code = 'LH_COMMAND_THREAD_STOPPED';
  constructor(reason: string) {
    super(`The command thread stopped: ${reason}`);
  }
}

export interface OffThreadCall {
  actor: AuditActor;
  now: Date;
  email: boolean;
  instanceId: string;
}

export interface OffThreadResult<T> {
  result: T;
  changes: EntitlementChange[];
  revision: string | undefined;
  /** Background jobs the change gave work (e.g. notification-email). */
  kicks: string[];
}

type Pending = { resolve: (reply: CommandReply) => void; reject: (error: Error) => void };

/**
 * The main thread's handle on the command thread (commandWorker.ts), where the
 * commands whose work grows with the directory run, so their allocation, seat
 * maths and statements' parameters stay out of the heap and off the CPU time
 * of the thread that answers license checks. The thread starts with the first
 * command and again after it stops. On the embedded database each command
 * borrows the database: this thread takes the one connection's turn, as for
 * any transaction, and lends it for the command's length.
 */
export class CommandThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  /** Commands answered (for tests and diagnostics). */
  completed = 0;
  /** Called when the thread stops unexpectedly (for logs). */
  onStopped: (reason: string) => void = () => undefined;

  /** Commands on the thread now. */
  get running(): number {
    return this.pending.size;
  }

  constructor(private readonly database: DatabaseHandle) {}

  async run<N extends OffThreadCommand>(command: N, input: OffThreadInput<N>, call: OffThreadCall): Promise<OffThreadResult<OffThreadOutput<N>>> {
    const request = { command, input, actor: call.actor, now: call.now.getTime(), email: call.email, instanceId: call.instanceId };
    const reply = this.database.thread ? await this.onLentDatabase(request) : await this.send(request);
    if (!reply.ok) throw receiveError(reply.error);
    return { result: reply.result as OffThreadOutput<N>, changes: reply.changes, revision: reply.revision, kicks: reply.kicks };
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  /** Stops the thread as a crash would (commands under way fail); the next command starts a new one. */
  async stopForTests(): Promise<void> {
    await this.worker?.terminate();
  }

  private onLentDatabase(request: Omit<CommandRequest, 'id'>): Promise<CommandReply> {
    const thread = this.database.thread!;
    // Holding a connection of the embedded dialect is holding the database's turn.
    return this.database.db.connection().execute(async () => {
      const { port1, port2 } = new MessageChannel();
      await thread.lend(port1);
      try {
        return await this.send({ ...request, database: port2 }, [port2]);
      } catch (error) {
        // The command's statements may still be queued and its transaction open: end both before giving the turn back.
        if (error instanceof CommandThreadStopped) await thread.reclaim();
        throw error;
      }
    });
  }

  private send(request: Omit<CommandRequest, 'id'>, transfer: Transferable[] = []): Promise<CommandReply> {
    if (this.closed) return Promise.reject(new CommandThreadStopped('the server is shutting down'));
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<CommandReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } satisfies CommandRequest, transfer as never);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const postgres = this.database.kind === 'postgres' ? this.postgresOptions() : null;
    const worker = startWorker(WORKER_ENTRY, { workerData: { postgres } satisfies CommandThreadOptions });
    worker.on('message', (reply: CommandReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      this.completed++;
      pending.resolve(reply);
    });
    const stopped = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const error = new CommandThreadStopped(reason);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
      if (!this.closed) this.onStopped(reason);
      void worker.terminate();
    };
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => stopped(`it exited with code ${code}`));
    // The server's own handles keep the process alive; closing the server terminates this thread.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private postgresOptions(): CommandThreadOptions['postgres'] {
    return { url: this.database.connectionString!, poolSize: 4, timeouts: this.database.timeouts };
  }
}
