import { randomUUID } from 'node:crypto';
import { transitiveMembers } from '../../domain/seats/groupGraph.js';
import { mayAutoClaim } from '../../domain/seats/seatPolicy.js';
import { recordAudit } from '../../store/audit.js';
import type { WaitingReason } from '../../store/schema.js';
import { loadSeatPolicy } from '../../store/seats/policies.js';
import { joinWaiting, leaveWaiting, listWaiting } from '../../store/seats/waiting.js';
import type { CommandContext } from '../context.js';
import { lockProduct } from '../licensing/productLock.js';
import { currentAllocation, reallocateProduct } from '../licensing/reallocateProduct.js';
import { loadTenantDirectory, type TenantDirectory } from '../licensing/seatInputs.js';
import { recordSeatEvent } from './seatEvents.js';

export interface ClaimSeatProps {
  tenantId: string;
  userId: string;
  /** Service IDs of the plans that would grant what the user opened (the app module's required plans). */
  serviceIds: readonly string[];
  /** launch: opened the app; claim: the app's check asked `"claim": true`; request: asked their admin. */
  via: Extract<WaitingReason, 'launch' | 'claim' | 'request'>;
}

export type ClaimOutcome =
  | { outcome: 'claimed'; planId: string; planName: string }
  | { outcome: 'holding'; planId: string; planName: string }
  | { outcome: 'waiting'; planId: string; planName: string; position: number; total: number; joined: boolean }
  | { outcome: 'not_allowed' };

/**
 * Auto-claim: a user without a seat who opened the app takes a free seat of
 * the first product (in plan id order) whose policy lets them, through the one
 * allocation path (a direct assignment, then reallocateProduct) under the
 * product's lock — so two claims for the last seat never both get it. When no
 * seat is free, or people are already waiting (first come, first served), they
 * join the product's waiting room if it has one. A request to the admin only
 * joins the waiting room (it never takes a seat by itself).
 */
export async function claimSeat(ctx: CommandContext, props: ClaimSeatProps): Promise<ClaimOutcome> {
  if (props.serviceIds.length === 0) return { outcome: 'not_allowed' };
  const user = await ctx.tx.selectFrom('users').select(['id', 'user_principal_name', 'enabled']).where('tenant_id', '=', props.tenantId).where('id', '=', props.userId).executeTakeFirst();
  if (!user?.enabled) return { outcome: 'not_allowed' };
  const products = await ctx.tx
    .selectFrom('products')
    .innerJoin('plans', 'plans.id', 'products.plan_id')
    .select(['products.plan_id', 'plans.name'])
    .where('products.tenant_id', '=', props.tenantId)
    .where('plans.service_id', 'in', [...props.serviceIds])
    .where('products.state', 'in', ['active', 'warning'])
    .orderBy('products.plan_id')
    .execute();
  // Most products have no policy: then there is nothing to lock.
  const withPolicy = products.length
    ? await ctx.tx
        .selectFrom('seat_policies')
        .select('plan_id')
        .where('tenant_id', '=', props.tenantId)
        .where('plan_id', 'in', products.map((p) => p.plan_id))
        .where((eb) => eb.or([eb('auto_claim', '<>', 'off'), eb('waiting_room', '<>', 'off')]))
        .execute()
    : [];
  if (withPolicy.length === 0) return { outcome: 'not_allowed' };
  let directory: TenantDirectory | undefined;
  let waitIn: { planId: string; planName: string; automatic: boolean } | null = null;
  let alreadyWaiting: { planId: string; planName: string; automatic: boolean } | null = null;
  for (const candidate of products) {
    const key = { tenantId: props.tenantId, planId: candidate.plan_id };
    const product = await lockProduct(ctx.tx, key);
    if (!product || (product.state !== 'active' && product.state !== 'warning')) continue;
    const policy = await loadSeatPolicy(ctx.tx, key);
    directory ??= await loadTenantDirectory(ctx.tx, props.tenantId);
    const dir = directory;
    const eligible = mayAutoClaim(policy, (groupId) => transitiveMembers(dir.graph, groupId).users.has(props.userId));
    const allocation = await currentAllocation(ctx, key, product, dir);
    if (allocation.holdings.some((h) => h.userId === props.userId && h.state === 'active')) return { outcome: 'holding', planId: key.planId, planName: candidate.name };
    const room = await listWaiting(ctx.tx, key);
    const waitsHere = room.some((w) => w.userId === props.userId);
    if (!eligible && props.via !== 'request') {
      // Not allowed to claim, but already in this room (a license request, or auto-claim since turned off): keep the place.
      if (waitsHere && policy.waitingRoom !== 'off' && !alreadyWaiting) alreadyWaiting = { planId: key.planId, planName: candidate.name, automatic: policy.waitingRoom === 'automatic' };
      continue;
    }
    const others = room.filter((w) => w.userId !== props.userId);
    // Nobody jumps the queue; and in a manual room a freed seat waits for the admin, even for the first in line.
    const queueAhead = policy.waitingRoom !== 'off' && (others.length > 0 || (waitsHere && policy.waitingRoom === 'manual'));
    if (eligible && props.via !== 'request' && allocation.availableSeats > 0 && !queueAhead) {
      await ctx.tx
        .insertInto('license_assignments')
        .values({ id: randomUUID(), tenant_id: key.tenantId, plan_id: key.planId, user_id: props.userId, group_id: null, assigned_at: ctx.now, assigned_by: null })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await leaveWaiting(ctx.tx, key, [props.userId]);
      await reallocateProduct(ctx, key, { reason: 'auto-claimed', directory: dir, seatGivenBy: 'auto_claim' });
      await recordAudit(ctx.tx, ctx.actor, {
        tenantId: key.tenantId,
        action: 'license.auto_claimed',
        targetType: 'product',
        targetId: key.planId,
        summary: `${user.user_principal_name} claimed a seat of ${candidate.name} (${props.via === 'launch' ? 'opened the app' : "the app's check asked"})`,
        detail: { userId: props.userId, via: props.via, policy: policy.autoClaim },
      });
      await recordSeatEvent(ctx, key, 'license.auto_claimed', [props.userId], { via: props.via });
      return { outcome: 'claimed', planId: key.planId, planName: candidate.name };
    }
    if (policy.waitingRoom !== 'off') {
      const room = { planId: key.planId, planName: candidate.name, automatic: policy.waitingRoom === 'automatic' };
      if (waitsHere) alreadyWaiting ??= room;
      waitIn ??= room;
    }
  }
  // One room per person: someone already waiting for one of these products keeps that place.
  if (alreadyWaiting) waitIn = alreadyWaiting;
  if (!waitIn) return { outcome: 'not_allowed' };
  const key = { tenantId: props.tenantId, planId: waitIn.planId };
  const joined = await joinWaiting(ctx.tx, key, props.userId, props.via, ctx.now);
  // An automatic room with a free seat (a request while seats are free) admits at once.
  if (joined && waitIn.automatic) await reallocateProduct(ctx, key, { reason: 'waiting room admitted', directory });
  const room = await listWaiting(ctx.tx, key);
  const me = room.find((w) => w.userId === props.userId);
  if (!me) return { outcome: 'claimed', planId: waitIn.planId, planName: waitIn.planName };
  if (joined) {
    await recordAudit(ctx.tx, ctx.actor, {
      tenantId: key.tenantId,
      action: 'waiting_room.joined',
      targetType: 'product',
      targetId: key.planId,
      summary: `${user.user_principal_name} joined the waiting room of ${waitIn.planName} (place ${me.position})`,
      detail: { userId: props.userId, via: props.via, position: me.position },
    });
    await recordSeatEvent(ctx, key, 'waiting_room.joined', [props.userId], { via: props.via, position: me.position });
  }
  return { outcome: 'waiting', planId: waitIn.planId, planName: waitIn.planName, position: me.position, total: room.length, joined };
}
