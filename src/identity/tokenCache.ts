import type { Actor } from '../policies/actor.js';
import type { RuntimeKey } from '../store/identity/runtimeKeys.js';

/**
 * Who is behind an API token, by the SHA-256 of its secret.
 *
 * - Runtime keys are all here, loaded with the entitlement index and kept
 *   current by the same change stream, so the license check never reads the
 *   database for its caller — it keeps answering while the database is down.
 *   Their set is complete: a bearer that is not among them is not a runtime key.
 * - Other tokens are remembered when first used, for LOOKED_UP_TTL_MS.
 *
 * A credential change (a token created or revoked, roles, disable, password,
 * deletion) reaches every server through the change stream and drops its
 * user's entries there (`forgetUsers`), then their runtime keys are loaded
 * again; after a gap in the stream everything is reloaded.
 */
const LOOKED_UP_TTL_MS = 60_000;
const MAX_LOOKED_UP = 10_000;

interface Entry {
  actor: Actor;
  /** When this memory of a looked-up token lapses (runtime keys do not: the change stream keeps them current). */
  forgetAt: number;
  tokenExpiresAt: number | null;
}

export class TokenCache {
  private readonly runtimeKeys = new Map<string, Entry>();
  private readonly lookedUp = new Map<string, Entry>();
  private runtimeKeysLoaded = false;

  get(secretHash: string, now: number): Actor | undefined {
    const key = this.runtimeKeys.get(secretHash);
    if (key) {
      if (key.tokenExpiresAt === null || key.tokenExpiresAt > now) return key.actor;
      this.runtimeKeys.delete(secretHash);
      return undefined;
    }
    const entry = this.lookedUp.get(secretHash);
    if (!entry) return undefined;
    if (entry.forgetAt <= now || (entry.tokenExpiresAt !== null && entry.tokenExpiresAt <= now)) {
      this.lookedUp.delete(secretHash);
      return undefined;
    }
    return entry.actor;
  }

  /** Whether every live runtime key is known here, so a miss means "not a runtime key". */
  knowsAllRuntimeKeys(): boolean {
    return this.runtimeKeysLoaded;
  }

  /** Remembers a token looked up in the database. */
  set(secretHash: string, actor: Actor, tokenExpiresAt: Date | null, now: number): void {
    if (this.lookedUp.size >= MAX_LOOKED_UP) this.lookedUp.clear();
    this.lookedUp.set(secretHash, { actor, forgetAt: now + LOOKED_UP_TTL_MS, tokenExpiresAt: tokenExpiresAt?.getTime() ?? null });
  }

  /** All runtime keys, after a full load: replaces what was known and forgets looked-up tokens. */
  replaceRuntimeKeys(keys: readonly RuntimeKey[]): void {
    this.runtimeKeys.clear();
    this.lookedUp.clear();
    this.addRuntimeKeys(keys);
    this.runtimeKeysLoaded = true;
  }

  /** Forgets every token of these users (their tokens, roles or account changed). */
  forgetUsers(userIds: Iterable<string>): void {
    const users = new Set(userIds);
    for (const map of [this.runtimeKeys, this.lookedUp]) {
      for (const [hash, entry] of map) if (users.has(entry.actor.userId)) map.delete(hash);
    }
  }

  /** These users' runtime keys as they are now (after forgetUsers). */
  addRuntimeKeys(keys: readonly RuntimeKey[]): void {
    for (const key of keys) {
      this.runtimeKeys.set(key.secretHash, { actor: key.actor, forgetAt: Infinity, tokenExpiresAt: key.expiresAt?.getTime() ?? null });
    }
  }

  stats(): { runtimeKeys: number; lookedUp: number } {
    return { runtimeKeys: this.runtimeKeys.size, lookedUp: this.lookedUp.size };
  }

  clear(): void {
    this.runtimeKeys.clear();
    this.lookedUp.clear();
    this.runtimeKeysLoaded = false;
  }
}
