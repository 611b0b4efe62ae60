import type { CommandContext } from '../context.js';

export interface DeliveryAttempt {
  leadId: string;
  /** The attempt's number (1 for the first); the delivery must have had one fewer. */
  attempt: number;
  url: string;
  statusCode: number | null;
  error: string | null;
  outcome: 'delivered' | 'retrying' | 'failed';
  nextAttemptAt: Date | null;
}

/**
 * Writes one webhook attempt into the lead's delivery log and moves its
 * delivery on (delivered, retrying later, or failed for good). Nothing happens
 * if another run recorded this attempt first. The delivery log is the lead's
 * own record of what was sent; the lead itself was audited when it arrived.
 */
export async function recordDeliveryAttempt(ctx: CommandContext, props: DeliveryAttempt): Promise<boolean> {
  const state = props.outcome === 'retrying' ? 'pending' : props.outcome;
  const updated = await ctx.tx
    .updateTable('lead_deliveries')
    .set({ attempts: props.attempt, state, next_attempt_at: props.nextAttemptAt, updated_at: ctx.now })
    .where('lead_id', '=', props.leadId)
    .where('state', '=', 'pending')
    .where('attempts', '=', props.attempt - 1)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await ctx.tx
    .insertInto('lead_delivery_attempts')
    .values({ lead_id: props.leadId, attempt: props.attempt, at: ctx.now, url: props.url, status_code: props.statusCode, error: props.error, next_attempt_at: props.nextAttemptAt })
    .execute();
  await ctx.tx.updateTable('leads').set({ delivery: state }).where('id', '=', props.leadId).execute();
  return true;
}
