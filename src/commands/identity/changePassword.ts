import { invalid } from '../../domain/problems.js';
import { passwordProblemFor } from '../../domain/identity/passwordPolicy.js';
import { hashPassword, verifyPassword } from '../../identity/passwords.js';
import { recordAudit } from '../../store/audit.js';
import { deleteOtherSessions } from '../../store/identity/sessions.js';
import type { CommandContext } from '../context.js';
import { recordCredentialChange } from '../../runtime/entitlementChanges.js';

/**
 * A person changes their own password: the current one is checked first,
 * the new one follows the password rules, and every other session of theirs
 * ends (the one in use stays). Their API tokens are their own to revoke.
 */
export async function changePassword(
  ctx: CommandContext,
  props: { userId: string; tenantId: string; userPrincipalName: string; displayName: string; currentPassword: string; newPassword: string; keepSessionId: string | null },
) {
  const row = await ctx.tx.selectFrom('users').select('password_hash').where('id', '=', props.userId).executeTakeFirstOrThrow();
  if (!row.password_hash || !(await verifyPassword(props.currentPassword, row.password_hash))) throw invalid('currentPassword', 'is not your current password');
  const weak = passwordProblemFor(props.newPassword, props);
  if (weak) throw invalid('newPassword', weak);
  if (props.newPassword === props.currentPassword) throw invalid('newPassword', 'must differ from the current password');
  await ctx.tx.updateTable('users').set({ password_hash: await hashPassword(props.newPassword), updated_at: ctx.now }).where('id', '=', props.userId).execute();
  const ended = await deleteOtherSessions(ctx.tx, props.userId, props.keepSessionId);
  await recordCredentialChange(ctx, [props.userId]);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.tenantId,
    action: 'user.password_changed',
    targetType: 'user',
    targetId: props.userId,
    summary: `${props.displayName} changed their password; ended ${ended} other session(s)`,
  });
}
