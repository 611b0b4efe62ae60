import { recordCredentialChange } from '../../runtime/entitlementChanges.js';
import type { CommandContext } from '../context.js';

/**
 * Ends everything that lets these people act without signing in again: their
 * sessions are deleted (each request looks its session up, so the next one
 * fails) and their API tokens are revoked in the database; the change stream
 * then makes every server forget the tokens it remembered, before this
 * server answers and within milliseconds on the others.
 * Returns how many sessions and tokens ended, for the audit log.
 */
export async function endCredentials(ctx: CommandContext, userIds: readonly string[]): Promise<{ sessions: number; tokens: number }> {
  if (!userIds.length) return { sessions: 0, tokens: 0 };
  const sessions = await ctx.tx.deleteFrom('sessions').where('user_id', 'in', userIds).executeTakeFirst();
  const tokens = await ctx.tx
    .updateTable('api_tokens')
    .set({ revoked_at: ctx.now })
    .where('user_id', 'in', userIds)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  await recordCredentialChange(ctx, userIds);
  return { sessions: Number(sessions.numDeletedRows), tokens: Number(tokens.numUpdatedRows) };
}
