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

/** The facts about a plan events name: its readable plan ID, its offer and its publisher. */
export async function planFacts(ctx: CommandContext, planId: string) {
  return ctx.tx
    .selectFrom('plans')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .select(['plans.plan_id as plan', 'plans.tenant_id as publisherTenantId', 'offers.offer_id as offerId'])
    .where('plans.id', '=', planId)
    .executeTakeFirstOrThrow();
}

/** The facts about an offer events name: its offer ID and its publisher. */
export async function offerFacts(ctx: CommandContext, offerId: string) {
  return ctx.tx.selectFrom('offers').select(['offer_id as offerId', 'tenant_id as publisherTenantId']).where('id', '=', offerId).executeTakeFirstOrThrow();
}
