import type { Actor } from '../policies/actor.js';

/**
 * Who is behind an API token, remembered for a few seconds so automation that
 * calls often (the runtime check above all) does not cost database reads per
 * request. A credential change (revocation, roles, disable, password) drops
 * its user's entries on every server as soon as the change commits
 * (`forgetUsers`, fed by the change stream); TTL_MS bounds the rest.
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

  /** Forgets every token of these users (their tokens, roles or account changed). */
  forgetUsers(userIds: Iterable<string>): void {
    const users = new Set(userIds);
    for (const [hash, entry] of this.entries) if (users.has(entry.actor.userId)) this.entries.delete(hash);
  }

  clear(): void {
    this.entries.clear();
  }
}
