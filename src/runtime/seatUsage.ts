import type { UsageMark } from '../domain/seats/usageMark.js';
/**
 * Usage: when each user last used each product (a tenant's plan), from their
 * launches and successful license checks. The check may not wait for a
 * database, so it only notes the use here — one Map write of a key string it
 * computed once per remembered answer — and the usage flush job
 * (src/jobs/usageFlush.ts) takes what accumulated and upserts it in batches.
 * Between two flushes a user checked a thousand times is one entry.
 */

export type { UsageMark };

/** Beyond this many distinct (user, plans) between two flushes, further new ones are dropped (and counted). */
const DEFAULT_CAPACITY = 1_000_000;

export class UsageRecorder {
  private pending = new Map<string, number>();
  /** Uses not recorded because the recorder was full (metrics). */
  dropped = 0;
  /** Uses noted since the process started (metrics, tests). */
  noted = 0;

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** Notes a use; `key` comes from EntitlementIndex.usageKey(), `at` in ms since the epoch. */
  touch(key: string, at: number): void {
    const pending = this.pending;
    if (pending.size >= this.capacity && !pending.has(key)) {
      this.dropped++;
      return;
    }
    pending.set(key, at);
    this.noted++;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Everything noted since the last take, one mark per user and plan (the latest time). */
  take(): UsageMark[] {
    const pending = this.pending;
    if (pending.size === 0) return [];
    this.pending = new Map();
    const latest = new Map<string, UsageMark>();
    for (const [key, at] of pending) {
      const [tenantId, userId, ...planIds] = key.split(' ');
      for (const planId of planIds) {
        const id = `${tenantId} ${userId} ${planId}`;
        const known = latest.get(id);
        if (!known) latest.set(id, { tenantId: tenantId!, userId: userId!, planId, at });
        else if (known.at < at) known.at = at;
      }
    }
    return [...latest.values()];
  }

  /** Puts marks back after a failed write, keeping any newer use noted meanwhile. */
  restore(marks: readonly UsageMark[]): void {
    for (const mark of marks) {
      const key = `${mark.tenantId} ${mark.userId} ${mark.planId}`;
      const known = this.pending.get(key);
      if (known === undefined || known < mark.at) this.pending.set(key, mark.at);
    }
  }
}
