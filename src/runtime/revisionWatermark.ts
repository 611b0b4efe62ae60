/**
 * How far the change feed has come into the in-memory index: every change
 * with a revision at or below `current` is applied. A check that carries
 * `atLeastRevision` (read-your-writes across servers) waits here, woken by the
 * advance that reaches its revision — no polling — or gives up after its bound.
 */
export class RevisionWatermark {
  private value = 0n;
  private waiters: { revision: bigint; done: (reached: boolean) => void }[] = [];

  get current(): bigint {
    return this.value;
  }

  reached(revision: bigint): boolean {
    return this.value >= revision;
  }

  /** Moves forward (never back) and wakes the checks waiting for a revision now reached. */
  advance(to: bigint): void {
    if (to <= this.value) return;
    this.value = to;
    if (!this.waiters.length) return;
    const waiting: typeof this.waiters = [];
    for (const waiter of this.waiters) {
      if (waiter.revision <= to) waiter.done(true);
      else waiting.push(waiter);
    }
    this.waiters = waiting;
  }

  /** Resolves true once `revision` is reached, false after `timeoutMs`. */
  waitFor(revision: bigint, timeoutMs: number): Promise<boolean> {
    if (this.value >= revision) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        revision,
        done: (reached: boolean) => {
          clearTimeout(timer);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      timer.unref();
      this.waiters.push(waiter);
    });
  }

  /** How many checks are waiting (for tests and metrics). */
  get waiting(): number {
    return this.waiters.length;
  }
}

/** Revisions are decimal strings of a bigint sequence. */
export function parseRevision(text: string): bigint | undefined {
  return /^\d{1,19}$/.test(text) ? BigInt(text) : undefined;
}
