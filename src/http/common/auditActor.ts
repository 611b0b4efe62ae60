import type { Actor } from '../../policies/actor.js';
import type { AuditActor } from '../../store/audit.js';

export const auditActor = (actor: Actor): AuditActor => ({ userId: actor.userId, displayName: actor.displayName });
