import { conflict } from '../../domain/problems.js';
import type { SecretBox } from '../../identity/secretBox.js';
import { newTotpSecret, totpUri } from '../../identity/totp.js';
import type { CommandContext } from '../context.js';
import { totpPurpose } from './secondFactor.js';

/**
 * Starts setting up an authenticator app: a new secret, shown once (as a
 * QR code's otpauth:// URI and as text) and stored sealed. It counts only once
 * a code from the app confirms it (confirmMfaEnrolment). Someone already
 * enrolled removes the old registration first.
 */
export async function startMfaEnrolment(ctx: CommandContext, props: { box: SecretBox; userId: string; tenantId: string; userPrincipalName: string }) {
  const existing = await ctx.tx.selectFrom('user_mfa').select('enrolled_at').where('user_id', '=', props.userId).executeTakeFirst();
  if (existing?.enrolled_at) throw conflict('An authenticator app is already set up; remove it first to set up another');
  const secret = newTotpSecret();
  const sealed = props.box.seal(secret, totpPurpose(props.userId));
  await ctx.tx
    .insertInto('user_mfa')
    .values({ user_id: props.userId, tenant_id: props.tenantId, secret_sealed: sealed, enrolled_at: null, last_step: 0 })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret_sealed: sealed, enrolled_at: null, last_step: 0 }))
    .execute();
  return { secret, otpauthUri: totpUri(secret, props.userPrincipalName) };
}
