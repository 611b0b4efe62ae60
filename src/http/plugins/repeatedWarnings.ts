/**
 * A warning that every request repeats while something is down (the database away, a lock held)
 * is logged the first time, then at most once per `everyMs`, saying how many were left out between.
 * During a 30 s outage with one client retrying, the log got ~9,500 identical warnings with stack
 * traces (bench (f)); an operator needs when it started, that it goes on, and how much it refused.
 */
export class RepeatedWarnings {
  private readonly byKind = new Map<string, { loggedAt: number; notLogged: number }>();

  constructor(
    private readonly everyMs = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether to log this one; if so, `notLogged` counts the same warnings left out since the last logged one. */
  take(kind: string): { log: boolean; notLogged: number } {
    const now = this.now();
    const seen = this.byKind.get(kind);
    if (!seen || now - seen.loggedAt >= this.everyMs) {
      this.byKind.set(kind, { loggedAt: now, notLogged: 0 });
      return { log: true, notLogged: seen?.notLogged ?? 0 };
    }
    seen.notLogged++;
    return { log: false, notLogged: seen.notLogged };
  }
}
