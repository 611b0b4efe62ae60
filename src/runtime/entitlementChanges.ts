import { sql } from 'kysely';
import type { Tx } from '../store/transaction.js';

/**
 * What a committed change means for the entitlement index. Commands record
 * them inside their transaction: the local server applies them right after
 * commit (read-your-writes), and PostgreSQL delivers the same message to
 * every other server through NOTIFY, which fires only if the transaction commits.
 */
export type EntitlementChange =
  | { kind: 'catalog' }
  | { kind: 'tenant'; tenantId: string }
  | { kind: 'users'; tenantId: string; userIds: string[] }
  | { kind: 'product'; tenantId: string; planId: string }
  | { kind: 'installs'; tenantId: string }
  /**
   * Someone's credentials changed (a token created or revoked, roles changed,
   * disabled, password reset, deleted): every server forgets what it
   * remembered of their tokens and reloads their runtime keys.
   */
  | { kind: 'credentials'; userIds: string[] };

/** Where committed changes go: the server's entitlement index (`Entitlements` in http/plugins). */
export interface EntitlementChangeSink {
  /** Names this server in change notifications, so it skips its own. */
  instanceId: string;
  /**
   * Applies committed changes, in order; resolves once the index shows them
   * (never rejects). `revision` is the change feed's revision of the
   * transaction, when it took one: the index's watermark moves to it.
   */
  apply(changes: readonly EntitlementChange[], revision?: string): Promise<void>;
}

/** Where a use case collects its changes (the command context's `changes`). */
export interface ChangeLog {
  changes: EntitlementChange[];
}

export const ENTITLEMENT_CHANNEL = 'licensehub_entitlements';
/** NOTIFY payloads must stay under 8000 bytes: long user lists go out in parts of this many. */
const MAX_USERS_PER_NOTIFY = 150;

/**
 * Notes a change for the index; runUseCase() publishes the collected changes before commit.
 * A long user list stays one change here, so this server reloads just those users (a 5,000-row
 * import once reloaded its whole tenant on the thread that answers checks); the other servers
 * get it in parts (publishEntitlementChanges).
 */
export async function recordEntitlementChange(ctx: ChangeLog, change: EntitlementChange): Promise<void> {
  ctx.changes.push(change);
}

/** Notes that these users' tokens and roles must be looked up afresh on every server. */
export async function recordCredentialChange(ctx: ChangeLog, userIds: readonly string[]): Promise<void> {
  if (userIds.length) ctx.changes.push({ kind: 'credentials', userIds: [...userIds] });
}

/**
 * Tells the other servers, inside the transaction: PostgreSQL delivers a
 * NOTIFY only when its transaction commits. `origin` names the sending
 * server so it can skip its own messages (it applied them already);
 * `revision` is the transaction's place in the change feed, sent even when
 * no entitlement changed so every server knows how far the feed has come.
 */
export async function publishEntitlementChanges(tx: Tx, origin: string, changes: readonly EntitlementChange[], revision?: string): Promise<void> {
  if (!changes.length && revision !== undefined) {
    await sql`select pg_notify(${ENTITLEMENT_CHANNEL}, ${JSON.stringify({ origin, revision })})`.execute(tx);
  }
  for (const change of changes) {
    for (const part of notifyParts(change)) {
      await sql`select pg_notify(${ENTITLEMENT_CHANNEL}, ${JSON.stringify({ origin, revision, change: part })})`.execute(tx);
    }
  }
}

/** A change as NOTIFY payloads small enough to send: long user lists (and credential changes) in parts. */
export function notifyParts(change: EntitlementChange): EntitlementChange[] {
  if ((change.kind !== 'users' && change.kind !== 'credentials') || change.userIds.length <= MAX_USERS_PER_NOTIFY) return [change];
  const parts: EntitlementChange[] = [];
  for (let at = 0; at < change.userIds.length; at += MAX_USERS_PER_NOTIFY) {
    parts.push({ ...change, userIds: change.userIds.slice(at, at + MAX_USERS_PER_NOTIFY) });
  }
  return parts;
}
