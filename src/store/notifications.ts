import { sql } from 'kysely';
import type { Role } from './schema.js';
import type { Db, Tx } from './transaction.js';

/** Notification queries. Every one that reads a person's notifications takes that person explicitly. */

/** Enabled people of a tenant holding any of the roles. */
export async function peopleWithRoles(tx: Tx | Db, tenantId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await tx
    .selectFrom('role_assignments')
    .innerJoin('users', 'users.id', 'role_assignments.user_id')
    .select('users.id')
    .distinct()
    .where('role_assignments.tenant_id', '=', tenantId)
    .where('role_assignments.role', 'in', [...roles])
    .where('users.enabled', '=', true)
    .orderBy('users.id')
    .execute();
  return rows.map((r) => r.id);
}

/** The people a change in a tenant's licenses concerns: its license admins and Global admins. */
export const licenseAdminsOf = (tx: Tx | Db, tenantId: string) => peopleWithRoles(tx, tenantId, ['license_admin', 'global_admin']);
export const globalAdminsOf = (tx: Tx | Db, tenantId: string) => peopleWithRoles(tx, tenantId, ['global_admin']);

/** The partner contacts (email addresses) named on the registered deals of a customer's product. */
export async function partnerContactsOf(tx: Tx | Db, customerTenantId: string, planId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('deal_licenses')
    .innerJoin('deals', 'deals.id', 'deal_licenses.deal_id')
    .select('deals.contact_email')
    .distinct()
    .where('deal_licenses.customer_tenant_id', '=', customerTenantId)
    .where('deal_licenses.plan_id', '=', planId)
    .where('deals.status', '=', 'registered')
    .execute();
  return rows.map((r) => r.contact_email).filter((e) => e.includes('@'));
}

export interface NotificationRow {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

export async function listNotifications(db: Db, userId: string, query: { unreadOnly: boolean; limit: number; offset: number }) {
  let q = db.selectFrom('notifications').where('user_id', '=', userId);
  if (query.unreadOnly) q = q.where('read_at', 'is', null);
  const [items, total, unread] = await Promise.all([
    q.select(['id', 'kind', 'data', 'created_at', 'read_at']).orderBy('created_at', 'desc').orderBy('seq', 'desc').limit(query.limit).offset(query.offset).execute(),
    q.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
    unreadCount(db, userId),
  ]);
  return { items: items as NotificationRow[], total: Number(total.count), unread };
}

export async function unreadCount(db: Db | Tx, userId: string): Promise<number> {
  const row = await db.selectFrom('notifications').select(sql<number>`count(*)::int`.as('count')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A person's email preferences: kind → on/off, for the kinds they changed (others are on). */
export async function emailPreferences(db: Db | Tx, userIds: readonly string[]): Promise<Map<string, Map<string, boolean>>> {
  const result = new Map<string, Map<string, boolean>>();
  if (!userIds.length) return result;
  const rows = await db.selectFrom('notification_preferences').select(['user_id', 'kind', 'email']).where('user_id', 'in', [...userIds]).execute();
  for (const row of rows) {
    let kinds = result.get(row.user_id);
    if (!kinds) result.set(row.user_id, (kinds = new Map()));
    kinds.set(row.kind, row.email);
  }
  return result;
}
