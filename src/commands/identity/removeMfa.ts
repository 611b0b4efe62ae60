import { conflict, notFound } from '../../domain/problems.js';
import { mfaRequired } from '../../domain/identity/mfaRequirement.js';
import { recordAudit } from '../../store/audit.js';
import { mfaContext } from '../../store/identity/mfa.js';
import type { CommandContext } from '../context.js';
import { endCredentials } from './endCredentials.js';

/**
 * Removes a person's authenticator app and recovery codes. `byAdmin`: an
 * admin resets it for someone who lost their device (allowed even when MFA is
 * required: they enrol again at their next sign-in); the person's sessions
 * and API tokens end, since whoever holds the lost device may be signed in.
 * Otherwise the person removes their own, which MFA's requirement forbids.
 */
export async function removeMfa(ctx: CommandContext, props: { userId: string; tenantId: string; targetName: string; byAdmin: boolean }) {
  const context = await mfaContext(ctx.tx, props.userId);
  if (!context) throw notFound(`User ${props.userId}`);
  if (!props.byAdmin && mfaRequired(context.roles, context.tenantRequiresForAdmins)) {
    throw conflict('Your account must use multi-factor authentication; set up a new authenticator app instead of removing it');
  }
  const removed = await ctx.tx.deleteFrom('user_mfa').where('user_id', '=', props.userId).executeTakeFirst();
  await ctx.tx.deleteFrom('mfa_recovery_codes').where('user_id', '=', props.userId).execute();
  if (Number(removed.numDeletedRows) === 0) throw conflict('Multi-factor authentication is not set up for this account');
  const ended = props.byAdmin ? await endCredentials(ctx, [props.userId]) : null;
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.tenantId,
    action: props.byAdmin ? 'user.mfa_reset' : 'user.mfa_removed',
    targetType: 'user',
    targetId: props.userId,
    summary: props.byAdmin
      ? `Reset multi-factor authentication of ${props.targetName}; ended ${ended!.sessions} session(s) and ${ended!.tokens} API token(s)`
      : `${props.targetName} removed their authenticator app`,
  });
}
