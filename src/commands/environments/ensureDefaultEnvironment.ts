import { randomUUID } from 'node:crypto';
import type { Tx } from '../../store/transaction.js';
import type { CommandContext } from '../context.js';

/**
 * Every tenant has a default environment to install apps into, made with the
 * tenant (createTenant; migration 015 for older tenants) and named after it.
 * Commands that need it call this too, so it is never missing. Safe to call
 * again, concurrently too.
 */
export async function ensureDefaultEnvironment(ctx: { tx: Tx; now: Date } | CommandContext, tenantId: string): Promise<void> {
  const existing = await ctx.tx.selectFrom('environments').select('id').where('tenant_id', '=', tenantId).where('is_default', '=', true).executeTakeFirst();
  if (existing) return;
  const tenant = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const id = randomUUID();
  // A name an admin already took gets a suffix; a default made concurrently wins.
  for (const name of [`${tenant.display_name} (default)`, `${tenant.display_name} (default ${id.slice(0, 4)})`]) {
    const inserted = await ctx.tx
      .insertInto('environments')
      .values({ id, tenant_id: tenantId, name, is_default: true, created_at: ctx.now })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return;
    const made = await ctx.tx.selectFrom('environments').select('id').where('tenant_id', '=', tenantId).where('is_default', '=', true).executeTakeFirst();
    if (made) return;
  }
}
