import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { DomainError } from '../domain/problems.js';
import { WORKER_NICENESS } from '../workerThreads.js';
import type { TaskInput, TaskName, TaskOutput } from './tasks.js';

/**
 * A pool of worker threads (piscina) for the CPU-heavy work of requests, and
 * the budget one request may spend there:
 * - a tenant may have `perTenant` tasks running or waiting; one more is a 429,
 *   so one publisher cannot take every thread;
 * - at most `queue` tasks wait for a thread; more is a 503 (the server is busy);
 * - a task gets `taskTimeoutMs` from when it starts on its thread (waiting for
 *   a thread, or for one to start up, does not count); past it the thread is
 *   stopped and the request gets a 422 saying what to change.
 * Both refusals carry Retry-After.
 */

export type { TaskName };

export interface HeavyWorkLimits {
  /** Worker threads. */
  threads: number;
  /** Tasks one tenant may have running or waiting at once. */
  perTenant: number;
  /** Tasks that may wait for a thread, all tenants together. */
  queue: number;
  /** Time a task may run on its thread. */
  taskTimeoutMs: number;
}

export interface TaskRequest {
  /** Whose budget the task counts against. */
  tenantId: string;
  /** What the task works on, for messages: "the package", "the CSV file". */
  what: string;
  /** What the person can do when it takes too long, e.g. "split it into smaller files". */
  remedy: string;
}

// Heap a task may use; past it the thread is stopped (the request gets a 422). Archives' bytes are counted by the zip limits.
const TASK_HEAP_MB = 512;
// A worker that finishes nothing for this long is let go (it is started again on demand).
const IDLE_MS = 60_000;

/**
 * The task module beside this one: tasks.js in dist/ (npm start). Under tsx
 * (tests, npm run dev) it is tasks.ts, which a worker thread of Node 20 cannot
 * load by itself (it does not apply the parent's --import tsx), so a small
 * module registers tsx in the thread first.
 */
const TASKS_FILE = fileURLToPath(new URL(extname(fileURLToPath(import.meta.url)) === '.ts' ? './tasksUnderTsx.mjs' : './tasks.js', import.meta.url));

export class HeavyWork {
  private readonly pool: Piscina;
  private readonly perTenant = new Map<string, number>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  /** Moving average of how long tasks take, for Retry-After. */
  private averageMs = 1000;

  constructor(readonly limits: HeavyWorkLimits) {
    this.pool = new Piscina({
      filename: TASKS_FILE,
      minThreads: 0,
      maxThreads: limits.threads,
      idleTimeout: IDLE_MS,
      // Our own queue (below) hands piscina a task only when a thread is free, so the time budget counts running time only.
      maxQueue: limits.threads,
      atomics: 'disabled',
      resourceLimits: { maxOldGenerationSizeMb: TASK_HEAP_MB },
      // Linux schedules each thread by its own nice value: admin work yields the CPU to the thread that answers checks.
      niceIncrement: WORKER_NICENESS,
    });
  }

  /** Tasks running or waiting, for metrics and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<N extends TaskName>(name: N, input: TaskInput<N>, request: TaskRequest): Promise<TaskOutput<N>> {
    const held = this.perTenant.get(request.tenantId) ?? 0;
    if (held >= this.limits.perTenant) throw this.tenantBusy(request, held);
    if (this.running >= this.limits.threads && this.waiting.length >= this.limits.queue) throw this.serverBusy(request);
    this.perTenant.set(request.tenantId, held + 1);
    try {
      await this.threadFree();
      const started = performance.now();
      // The budget starts when the task starts on its thread (a thread that is still starting up does not count against it).
      const budget = new AbortController();
      const { port1, port2 } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      port1.once('message', () => {
        timer = setTimeout(() => budget.abort(), this.limits.taskTimeoutMs);
        port1.close();
      });
      try {
        return (await this.pool.run({ task: name, input, started: port2 }, { signal: budget.signal, transferList: [port2] })) as TaskOutput<N>;
      } catch (error) {
        if (budget.signal.aborted) throw this.tooLong(request);
        if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw this.tooBig(request);
        throw error;
      } finally {
        clearTimeout(timer);
        port1.close();
        this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
        this.threadDone();
      }
    } finally {
      const left = (this.perTenant.get(request.tenantId) ?? 1) - 1;
      if (left > 0) this.perTenant.set(request.tenantId, left);
      else this.perTenant.delete(request.tenantId);
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }

  private threadFree(): Promise<void> {
    if (this.running < this.limits.threads) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private threadDone(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /** Seconds until a thread is likely free for one more task. */
  private retryAfter(tasksAhead: number): number {
    return Math.max(1, Math.ceil((this.averageMs * Math.max(1, tasksAhead)) / this.limits.threads / 1000));
  }

  private tenantBusy(request: TaskRequest, held: number): DomainError {
    const seconds = this.retryAfter(held);
    const tasks = this.limits.perTenant === 1 ? 'one large file' : `${this.limits.perTenant} large files`;
    return new DomainError(
      429,
      'Too many requests',
      `Your organization already has ${tasks} being processed, the most it may have at once; try again in ${seconds} second${seconds === 1 ? '' : 's'}, when it is done`,
      {},
      { 'retry-after': String(seconds) },
    );
  }

  private serverBusy(request: TaskRequest): DomainError {
    const seconds = this.retryAfter(this.running + this.waiting.length);
    return new DomainError(503, 'Service busy', `The server is busy processing other large files and cannot take ${request.what} now; try again in ${seconds} seconds`, {}, {
      'retry-after': String(seconds),
    });
  }

  private tooLong(request: TaskRequest): DomainError {
    const seconds = this.limits.taskTimeoutMs / 1000;
    return new DomainError(422, 'Too much work for one request', `Processing ${request.what} took more than ${seconds} seconds, the most one request may use; ${request.remedy}`, {
      limit: 'processingTime',
    });
  }

  private tooBig(request: TaskRequest): DomainError {
    return new DomainError(422, 'Too much work for one request', `Processing ${request.what} needed more than ${TASK_HEAP_MB} MiB of memory, the most one request may use; ${request.remedy}`, {
      limit: 'memory',
    });
  }
}
