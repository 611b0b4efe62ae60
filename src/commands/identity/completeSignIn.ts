import type { SecretBox } from '../../identity/secretBox.js';
import { replaceSession } from './replaceSession.js';
import { runUseCase, type UseCaseServices } from '../runUseCase.js';
import { auditSignIn, type SignedIn } from './signIn.js';
import { proveSecondFactor, type SecondFactor } from './secondFactor.js';

/**
 * The second step of signing in: the code (or a recovery code) for a session
 * whose password was right. The half-open session is replaced by a new one
 * (a new id, so a session id seen before the second factor is worth nothing).
 */
export async function completeSignIn(
  services: UseCaseServices,
  box: SecretBox,
  props: SecondFactor & { sessionId: string; user: { id: string; tenant_id: string; display_name: string }; address: string; now: Date },
): Promise<SignedIn> {
  const how = await proveSecondFactor(services.db, box, { ...props, userId: props.user.id });
  return runUseCase(
    services,
    { userId: props.user.id, displayName: props.user.display_name },
    async (ctx) => {
      const session = await replaceSession(ctx, { sessionId: props.sessionId, user: props.user });
      await auditSignIn(ctx.tx, props.user, `password and ${how}`);
      return { ...session, userId: props.user.id };
    },
    { now: props.now },
  );
}
