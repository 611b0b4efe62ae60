import { notFound } from '../../domain/problems.js';
import type { CommandContext } from '../context.js';

/**
 * Marks one of the person's notifications read (or all of them). Reading is
 * the person's own view state, like a token's last use: it is not audited.
 * Returns how many changed.
 */
export async function markNotificationsRead(ctx: CommandContext, props: { userId: string; notificationId?: string }): Promise<number> {
  let q = ctx.tx.updateTable('notifications').set({ read_at: ctx.now }).where('user_id', '=', props.userId).where('read_at', 'is', null);
  if (props.notificationId) {
    const mine = await ctx.tx.selectFrom('notifications').select('id').where('id', '=', props.notificationId).where('user_id', '=', props.userId).executeTakeFirst();
    // Another person's notification is as unknown as one that never existed.
    if (!mine) throw notFound(`Notification ${props.notificationId}`);
    q = q.where('id', '=', props.notificationId);
  }
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
