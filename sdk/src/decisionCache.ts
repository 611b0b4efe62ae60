/**
 * A bounded least-recently-used map of answers with the time each was stored.
 * Reads say how old an answer may be, so one cache serves both fresh hits
 * (`cacheTtlMs`) and the older fallback used while the server is unavailable.
 */
export class DecisionCache<V> {
  private readonly entries = new Map<string, { value: V; storedAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new RangeError(`cacheSize must be a whole number ≥ 0, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value if stored at most `maxAgeMs` ago; a hit becomes the most recently used. */
  get(key: string, maxAgeMs: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.storedAt > maxAgeMs) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    if (this.maxEntries === 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    if (this.entries.size > this.maxEntries) {
      // Maps iterate in insertion order: the first key is the least recently used.
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
