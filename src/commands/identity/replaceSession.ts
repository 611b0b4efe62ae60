import { createSession, deleteSession } from '../../store/identity/sessions.js';
import type { CommandContext } from '../context.js';

/**
 * A half-open session (second factor or MFA enrolment still due) becomes a full
 * one under a new id, so a session id seen before the second factor is worth
 * nothing. The sign-in that completes it is audited by the caller.
 */
export async function replaceSession(ctx: CommandContext, props: { sessionId: string; user: { id: string; tenant_id: string } }) {
  await deleteSession(ctx.tx, props.sessionId);
  return createSession(ctx.tx, { id: props.user.id, tenantId: props.user.tenant_id }, ctx.now, 'done');
}
