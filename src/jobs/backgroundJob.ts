import type { UseCaseServices } from '../commands/runUseCase.js';
import type { Config } from '../config.js';
import type { SecretBox } from '../identity/secretBox.js';

/** What a background job gets: the use-case runner's services, the settings and a log. */
export interface JobServices extends UseCaseServices {
  config: Config;
  log: JobLog;
  /** Opens sealed secrets (webhook signing secrets). */
  secretBox: SecretBox;
  /** The usage the check aggregated in memory (present in a running server): flushed before work that reads it. */
  seatUsage?: { flush(): Promise<unknown> };
}

export interface JobLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * One background job: `run` does whatever is due now (each change through
 * `runUseCase`, so it is audited and the entitlement index hears of it) and
 * says what it did. Every job is scheduled the same way (`JobSchedule`):
 * every `intervalSeconds` (from config.ts; 0 turns the timer off), at most one
 * run at a time per server, at once when kicked, and closing waits for the run
 * in progress. Several servers may run the same job: each job claims its work
 * so that is safe.
 */
export interface BackgroundJob<R extends object = object> {
  name: string;
  intervalSeconds(config: Config): number;
  /**
   * Whether this server runs the job at all (kicks included); by default
   * when its interval is above 0. A job woken by changes can run on kicks
   * alone with its timer off.
   */
  runsIn?(config: Config): boolean;
  run(services: JobServices): Promise<R>;
  /** The log line for a run worth telling about, or null. */
  describe(result: R): string | null;
  /** Called once the schedule stopped and its last run ended (closes what the job opened, e.g. SMTP connections). */
  stop?(): void | Promise<void>;
}

export class JobSchedule<R extends object> {
  private running: Promise<unknown> | null = null;
  private again = false;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly job: BackgroundJob<R>,
    private readonly services: JobServices,
  ) {}

  private get timed(): boolean {
    const seconds = this.job.intervalSeconds(this.services.config);
    return Number.isFinite(seconds) && seconds > 0;
  }

  get enabled(): boolean {
    return this.job.runsIn ? this.job.runsIn(this.services.config) : this.timed;
  }

  start(): void {
    if (!this.enabled || !this.timed || this.timer || this.closed) return;
    this.timer = setInterval(() => this.tick(), this.job.intervalSeconds(this.services.config) * 1000);
    this.timer.unref();
  }

  /** Run as soon as possible (once more after the run in progress, if any). */
  kick(): void {
    if (this.enabled) setImmediate(() => this.tick());
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    await this.job.stop?.();
  }

  private tick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.job
      .run(this.services)
      .then((result) => {
        const line = this.job.describe(result);
        if (line) this.services.log.info(result, line);
      })
      .catch((error) => this.services.log.error({ err: error, job: this.job.name }, `${this.job.name} job failed`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.tick();
        }
      });
  }
}
