import { randomUUID } from 'node:crypto';
import { setSeatPolicy } from '../commands/seats/setSeatPolicy.js';
import { grantTenantScope } from '../policies/tenantScope.js';
import { joinWaiting } from '../store/seats/waiting.js';
import { upsertUsage } from '../store/seats/usage.js';
import type { Db } from '../store/transaction.js';
import { runUseCase, withoutLocalIndex } from '../commands/runUseCase.js';

const DAY = 86_400_000;

/**
 * Seats that manage themselves, in the demo (docs/seats.md), at Contoso:
 * - Fabrikam Field Ops Gold (5 seats, Alex and the License admin hold two):
 *   an automatic waiting room, reclamation after 30
 *   unused days with 7 days' notice. Alex used it yesterday; the License
 *   admin never has, and is announced for reclamation; Megan's seat was
 *   reclaimed 3 days ago and can be undone.
 *   (Auto-claim stays off: Gold's modules include Bronze's, and opening
 *   Bronze should not hand out the dearest seat.)
 * - Northwind Timesheets Pro (10 seats, All Staff over-assigned): auto-claim
 *   for anyone and a manual waiting room with two people in it, waiting for
 *   an admin's approval.
 * - Silver and Bronze: usage spread over the last 90 days, so the Activity
 *   counts differ for 7, 30 and 90 days.
 */
export async function loadDemoSeats(db: Db, now: Date): Promise<void> {
  await runUseCase(withoutLocalIndex(db), 'system', async (ctx) => {
    const { tx } = ctx;
    const tenant = await tx.selectFrom('tenants').select('id').where('primary_domain', '=', 'contoso.example').executeTakeFirst();
    if (!tenant) return;
    const scope = grantTenantScope(tenant.id);
    const planOf = async (offerId: string, planId: string) =>
      (await tx.selectFrom('plans').innerJoin('offers', 'offers.id', 'plans.offer_id').select('plans.id').where('offers.offer_id', '=', offerId).where('plans.plan_id', '=', planId).executeTakeFirst())?.id;
    const userOf = async (name: string) => (await tx.selectFrom('users').select('id').where('user_principal_name', '=', `${name}@contoso.example`).executeTakeFirst())?.id;
    const gold = await planOf('fieldops', 'gold');
    const pro = await planOf('timesheets', 'pro');
    if (!gold || !pro) return;

    await setSeatPolicy(ctx, { scope, planId: gold, policy: { autoClaim: 'off', waitingRoom: 'automatic', reclaimAfterDays: 30, reclaimNoticeDays: 7, exclusionGroupId: null } });
    await setSeatPolicy(ctx, { scope, planId: pro, policy: { autoClaim: 'anyone', waitingRoom: 'manual', reclaimAfterDays: null, reclaimNoticeDays: 7, exclusionGroupId: null } });

    const alex = await userOf('alex.wilber');
    const licenses = await userOf('licenses');
    if (alex) await upsertUsage(tx, [{ tenantId: tenant.id, planId: gold, userId: alex, at: now.getTime() - DAY }]);
    if (licenses) {
      await tx
        .insertInto('seat_reclamations')
        .values({ id: randomUUID(), tenant_id: tenant.id, plan_id: gold, user_id: licenses, state: 'announced', last_used_at: null, announced_at: new Date(now.getTime() - 2 * DAY), due_at: new Date(now.getTime() + 5 * DAY) })
        .execute();
    }

    // Other people of Contoso who hold no Gold seat: one reclaimed (undoable), two waiting for Timesheets.
    const others = await tx
      .selectFrom('users')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('user_principal_name', 'not in', ['admin@contoso.example', 'licenses@contoso.example', 'alex.wilber@contoso.example'])
      .where((eb) => eb.not(eb.exists(eb.selectFrom('seat_holdings').select('user_id').whereRef('seat_holdings.user_id', '=', 'users.id').where('seat_holdings.plan_id', '=', pro).where('seat_holdings.state', '=', 'active'))))
      .orderBy('user_principal_name')
      .limit(3)
      .execute();
    const [reclaimed, ...waiting] = others.map((o) => o.id);
    if (reclaimed) {
      await tx
        .insertInto('seat_reclamations')
        .values({
          id: randomUUID(),
          tenant_id: tenant.id,
          plan_id: gold,
          user_id: reclaimed,
          state: 'reclaimed',
          last_used_at: new Date(now.getTime() - 52 * DAY),
          announced_at: new Date(now.getTime() - 10 * DAY),
          due_at: new Date(now.getTime() - 3 * DAY),
          reclaimed_at: new Date(now.getTime() - 3 * DAY),
        })
        .execute();
    }
    for (const [i, userId] of waiting.entries()) await joinWaiting(tx, { tenantId: tenant.id, planId: pro }, userId, i === 0 ? 'launch' : 'request', new Date(now.getTime() - (2 - i) * DAY));

    // Usage spread over 90 days for the group-held Silver and Bronze seats.
    const spread = await tx
      .selectFrom('seat_holdings')
      .innerJoin('plans', 'plans.id', 'seat_holdings.plan_id')
      .select(['seat_holdings.user_id', 'seat_holdings.plan_id'])
      .where('seat_holdings.tenant_id', '=', tenant.id)
      .where('seat_holdings.state', '=', 'active')
      .where('plans.plan_id', 'in', ['silver', 'bronze'])
      .orderBy('seat_holdings.user_id')
      .execute();
    // Ages are dealt per plan, one in each window first (7, 30, 90 days), so
    // every plan's three Activity counts differ whatever order the ids fall in.
    const ages = [0, 12, 45, 3, 25, 70, 88];
    const dealt = new Map<string, number>();
    await upsertUsage(
      tx,
      spread.map((h) => {
        const i = dealt.get(h.plan_id) ?? 0;
        dealt.set(h.plan_id, i + 1);
        return { tenantId: tenant.id, planId: h.plan_id, userId: h.user_id, at: now.getTime() - ages[i % ages.length]! * DAY };
      }),
    );
  }, { now });
}
