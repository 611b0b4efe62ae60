import type { Actor } from '../policies/actor.js';

/**
 * Who is behind an API token, remembered for a few seconds so automation that
 * calls often (the runtime check above all) does not cost database reads per
 * request. A revocation on this server clears it at once; on another server
 * it takes effect within TTL_MS.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

export class TokenCache {
  private entries = new Map<string, { actor: Actor; expiresAt: number; tokenExpiresAt: number | null }>();

  get(secretHash: string, now: number): Actor | undefined {
    const entry = this.entries.get(secretHash);
    if (!entry) return undefined;
    if (entry.expiresAt <= now || (entry.tokenExpiresAt !== null && entry.tokenExpiresAt <= now)) {
      this.entries.delete(secretHash);
      return undefined;
    }
    return entry.actor;
  }

  set(secretHash: string, actor: Actor, tokenExpiresAt: Date | null, now: number): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(secretHash, { actor, expiresAt: now + TTL_MS, tokenExpiresAt: tokenExpiresAt?.getTime() ?? null });
  }

  clear(): void {
    this.entries.clear();
  }
}
