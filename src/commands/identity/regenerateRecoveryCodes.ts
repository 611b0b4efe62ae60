import { newRecoveryCodes } from '../../identity/totp.js';
import { recordAudit } from '../../store/audit.js';
import { replaceRecoveryCodes } from '../../store/identity/mfa.js';
import type { CommandContext } from '../context.js';

/** New recovery codes replace all earlier ones (the route has checked a current code first). */
export async function regenerateRecoveryCodes(ctx: CommandContext, props: { userId: string; tenantId: string; displayName: string }): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(ctx.tx, props.userId, codes);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.tenantId,
    action: 'user.mfa_recovery_codes_renewed',
    targetType: 'user',
    targetId: props.userId,
    summary: `${props.displayName} replaced their recovery codes`,
  });
  return codes;
}
