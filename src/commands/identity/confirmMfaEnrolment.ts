import { newRecoveryCodes } from '../../identity/totp.js';
import { recordAudit } from '../../store/audit.js';
import { replaceRecoveryCodes } from '../../store/identity/mfa.js';
import type { CommandContext } from '../context.js';

/**
 * Finishes setting up the authenticator app (the route has checked the first
 * code against the pending secret): the registration counts from now on and
 * the person gets ten one-time recovery codes, shown once.
 */
export async function confirmMfaEnrolment(ctx: CommandContext, props: { userId: string; tenantId: string; displayName: string }): Promise<string[]> {
  await ctx.tx.updateTable('user_mfa').set({ enrolled_at: ctx.now }).where('user_id', '=', props.userId).execute();
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(ctx.tx, props.userId, codes);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.tenantId,
    action: 'user.mfa_enrolled',
    targetType: 'user',
    targetId: props.userId,
    summary: `${props.displayName} set up multi-factor authentication (authenticator app)`,
  });
  return codes;
}
