import { sql } from 'kysely';
import type { CommandContext } from '../commands/context.js';
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

export const ENTITLEMENT_CHANNEL = 'licensehub_entitlements';
/** NOTIFY payloads must stay under 8000 bytes; long user lists become a tenant reload. */
const MAX_USERS_PER_CHANGE = 150;

/** Notes a change for the index; runAs() publishes the collected changes before commit. */
export async function recordEntitlementChange(ctx: CommandContext, change: EntitlementChange): Promise<void> {
  const compact = change.kind === 'users' && change.userIds.length > MAX_USERS_PER_CHANGE ? { kind: 'tenant' as const, tenantId: change.tenantId } : change;
  ctx.changes?.push(compact);
}

/** Notes that these users' tokens and roles must be looked up afresh on every server. */
export async function recordCredentialChange(ctx: CommandContext, userIds: readonly string[]): Promise<void> {
  if (userIds.length) ctx.changes?.push({ kind: 'credentials', userIds: [...userIds] });
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
    await sql`select pg_notify(${ENTITLEMENT_CHANNEL}, ${JSON.stringify({ origin, revision, change })})`.execute(tx);
  }
}
