/** Time comes from here, so tests can move it (grace periods, lockouts, token expiry). */
export interface Clock {
  now(): Date;
  /** `now()` in milliseconds since the epoch, without creating a Date (the runtime check's hot path). */
  epochMillis(): number;
}

export const systemClock: Clock = { now: () => new Date(), epochMillis: () => Date.now() };

/** A clock tests set and advance by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date()) {}
  now(): Date {
    return new Date(this.current);
  }
  epochMillis(): number {
    return this.current.getTime();
  }
  set(date: Date | string): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
