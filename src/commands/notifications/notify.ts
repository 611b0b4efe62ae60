import { randomUUID } from 'node:crypto';
import type { NotificationData, NotificationKind } from '../../notifications/kinds.js';
import { emailPreferences } from '../../store/notifications.js';
import type { CommandContext } from '../context.js';

export interface NotifyProps<K extends NotificationKind> {
  kind: K;
  recipients: {
    /** People with an account: an in-app notification, and an email unless their preference says no. */
    userIds?: readonly string[];
    /** Addresses that are no account (a deal's partner contact): email only. */
    emails?: readonly string[];
  };
  data: NotificationData[K];
}

/**
 * Tells people about a change, in the transaction of that change: if it
 * rolls back, nobody is told. Writes one in-app notification per enabled
 * person, and (when SMTP is configured) one outbox email per person whose
 * preference allows this kind and per extra address; the notification email
 * job sends them after the commit. Returns how many emails were queued.
 */
export async function notify<K extends NotificationKind>(ctx: CommandContext, props: NotifyProps<K>): Promise<number> {
  const userIds = [...new Set(props.recipients.userIds ?? [])];
  const people = userIds.length
    ? await ctx.tx.selectFrom('users').select(['id', 'tenant_id', 'user_principal_name']).where('id', 'in', userIds).where('enabled', '=', true).orderBy('id').execute()
    : [];
  const email = ctx.notifications?.email === true;
  const preferences = email ? await emailPreferences(ctx.tx, people.map((p) => p.id)) : new Map<string, Map<string, boolean>>();
  const data = JSON.stringify(props.data);
  const notifications = people.map((person) => ({ id: randomUUID(), tenant_id: person.tenant_id, user_id: person.id, kind: props.kind, data, created_at: ctx.now }));
  if (notifications.length) await ctx.tx.insertInto('notifications').values(notifications).execute();
  if (!email) return 0;

  const addressed = new Set<string>();
  const outbox = [];
  for (const [i, person] of people.entries()) {
    const to = person.user_principal_name.toLowerCase();
    addressed.add(to);
    if (preferences.get(person.id)?.get(props.kind) === false) continue;
    outbox.push({ notification_id: notifications[i]!.id, user_id: person.id, tenant_id: person.tenant_id, to_address: to });
  }
  for (const address of props.recipients.emails ?? []) {
    const to = address.trim().toLowerCase();
    if (!to || addressed.has(to)) continue;
    addressed.add(to);
    outbox.push({ notification_id: null, user_id: null, tenant_id: null, to_address: to });
  }
  if (!outbox.length) return 0;
  await ctx.tx
    .insertInto('notification_emails')
    .values(outbox.map((o) => ({ id: randomUUID(), ...o, kind: props.kind, data, created_at: ctx.now, next_attempt_at: ctx.now, updated_at: ctx.now })))
    .execute();
  ctx.notifications!.queued += outbox.length;
  return outbox.length;
}
