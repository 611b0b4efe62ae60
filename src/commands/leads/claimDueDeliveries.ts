import type { CommandContext } from '../context.js';

/**
 * Claims up to `limit` lead webhooks due now for a lease, so no other run (on
 * this server or another) tries them meanwhile; a server that dies mid-attempt
 * only delays them until the lease ends. Returns the leads' ids.
 */
export async function claimDueDeliveries(ctx: CommandContext, props: { limit: number; leaseMs: number }): Promise<string[]> {
  const due = await ctx.tx
    .selectFrom('lead_deliveries')
    .select('lead_id')
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', ctx.now)
    .orderBy('next_attempt_at')
    .limit(props.limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (!due.length) return [];
  const ids = due.map((d) => d.lead_id);
  await ctx.tx
    .updateTable('lead_deliveries')
    .set({ next_attempt_at: new Date(ctx.now.getTime() + props.leaseMs), updated_at: ctx.now })
    .where('lead_id', 'in', ids)
    .execute();
  return ids;
}
