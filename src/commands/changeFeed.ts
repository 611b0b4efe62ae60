import type { LicenseEventType } from '../domain/events/catalogue.js';
import type { LicenseEventInput } from '../store/changeFeed.js';
import type { CommandContext } from './context.js';

export type { LicenseEventInput };

/** An event as a command records it: one of the catalogue's types (src/domain/events/catalogue.ts). */
export interface LicenseEvent extends LicenseEventInput {
  type: LicenseEventType;
}

/**
 * Records an event of the change feed. It is written in the command's own
 * transaction when the runner commits, with the transaction's revision, so an
 * event exists exactly when its change does.
 */
export function recordLicenseEvent(ctx: CommandContext, event: LicenseEvent): void {
  ctx.events?.push(event);
}

/**
 * The facts about a plan events name: its readable key, its offer (GUID and key) and its publisher.
 * Events name offers and plans as the API does (README, Identifiers): `offerId`/`planId` are GUIDs,
 * `offerKey`/`planKey` the readable keys.
 */
export async function planFacts(ctx: CommandContext, planId: string) {
  return ctx.tx
    .selectFrom('plans')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .select(['plans.plan_id as planKey', 'plans.tenant_id as publisherTenantId', 'offers.id as offerId', 'offers.offer_id as offerKey'])
    .where('plans.id', '=', planId)
    .executeTakeFirstOrThrow();
}

/** The facts about an offer events name: its GUID, its readable key and its publisher. */
export async function offerFacts(ctx: CommandContext, offerId: string) {
  return ctx.tx.selectFrom('offers').select(['id as offerId', 'offer_id as offerKey', 'tenant_id as publisherTenantId']).where('id', '=', offerId).executeTakeFirstOrThrow();
}
