import { NOTIFICATION_KINDS, type NotificationKind } from '../../notifications/kinds.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';

export interface SetNotificationPreferencesProps {
  userId: string;
  tenantId: string;
  /** Email on/off per kind; a kind left out is on. */
  email: Partial<Record<NotificationKind, boolean | undefined>>;
}

/** A person chooses which notifications also reach them by email (the bell shows them all). */
export async function setNotificationPreferences(ctx: CommandContext, props: SetNotificationPreferencesProps): Promise<void> {
  const off = NOTIFICATION_KINDS.filter((kind) => props.email[kind] === false);
  await ctx.tx.deleteFrom('notification_preferences').where('user_id', '=', props.userId).execute();
  if (off.length) {
    await ctx.tx
      .insertInto('notification_preferences')
      .values(off.map((kind) => ({ user_id: props.userId, kind, email: false, updated_at: ctx.now })))
      .execute();
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.tenantId,
    action: 'notification_preferences.updated',
    targetType: 'user',
    targetId: props.userId,
    summary: off.length ? `Turned off notification emails for: ${off.join(', ')}` : 'Turned on every notification email',
    detail: { emailOff: off },
  });
}
