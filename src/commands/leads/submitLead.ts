import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { leadFloodCheck, LEAD_WINDOW_MS } from '../../domain/marketplace/floodLimit.js';
import type { LeadForm } from '../../domain/marketplace/leadForm.js';
import { DomainError } from '../../domain/problems.js';
import { subjects } from '../../domain/events/catalogue.js';
import { offerSlug } from '../../domain/marketplace/slug.js';
import { recordAudit } from '../../store/audit.js';
import type { ListedOffer } from '../../store/marketplace/catalog.js';
import { leadEndpointCount } from '../../store/webhooks.js';
import { recordLicenseEvent } from '../changeFeed.js';
import type { CommandContext } from '../context.js';

export interface SubmitLeadProps {
  offer: Pick<ListedOffer, 'id' | 'tenantId' | 'name' | 'publisherId' | 'offerKey'>;
  form: LeadForm;
  /** The signed-in visitor, if any. */
  visitor: { userId: string; tenantId: string } | null;
  /** A hash of the client address. */
  visitorKey: string;
}

/**
 * Contact me: stores the lead in the publisher's inbox and records its
 * `lead.created` event in the same transaction, which the webhook dispatcher
 * sends to the publisher's endpoints for it: once the visitor sees "sent",
 * the lead is safe whatever the webhooks do. Floods from one visitor are
 * refused (429) before anything is written. `webhook` says whether an
 * endpoint takes it (the caller wakes the dispatcher).
 */
export async function submitLead(ctx: CommandContext, props: SubmitLeadProps): Promise<{ id: string; receivedAt: Date; webhook: boolean }> {
  // One visitor's submissions are counted one after another, so a burst cannot slip past the limit.
  await sql`select pg_advisory_xact_lock(hashtextextended(${`lead:${props.visitorKey}`}, 0))`.execute(ctx.tx);
  if (props.visitor) await sql`select pg_advisory_xact_lock(hashtextextended(${`lead:${props.visitor.userId}`}, 0))`.execute(ctx.tx);
  const since = new Date(ctx.now.getTime() - LEAD_WINDOW_MS);
  const recent = await ctx.tx
    .selectFrom('leads')
    .select('received_at')
    .where('received_at', '>', since)
    .where((eb) => (props.visitor ? eb.or([eb('visitor_key', '=', props.visitorKey), eb('visitor_user_id', '=', props.visitor.userId)]) : eb('visitor_key', '=', props.visitorKey)))
    .execute();
  const flood = leadFloodCheck(
    recent.map((r) => r.received_at),
    ctx.now,
  );
  if (!flood.allowed) {
    throw new DomainError(429, 'Too many requests', `You have sent several requests in the last few minutes; try again in ${formatWait(flood.retryAfterSeconds)}`, {
      retryAfterSeconds: flood.retryAfterSeconds,
    });
  }

  const id = randomUUID();
  const webhook = (await leadEndpointCount(ctx.tx, props.offer.tenantId, props.offer.id)) > 0;
  await ctx.tx
    .insertInto('leads')
    .values({
      id,
      publisher_tenant_id: props.offer.tenantId,
      offer_id: props.offer.id,
      ...props.form,
      delivery: webhook ? 'pending' : 'inbox',
      visitor_user_id: props.visitor?.userId ?? null,
      visitor_tenant_id: props.visitor?.tenantId ?? null,
      visitor_key: props.visitorKey,
      received_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  const { offer, form } = props;
  recordLicenseEvent(ctx, {
    type: 'lead.created',
    subject: subjects.lead(offer.id, id),
    publisherTenantId: offer.tenantId,
    data: {
      id,
      offerId: offer.id,
      offerKey: offer.offerKey,
      offer: { id: offer.id, slug: offerSlug({ publisherId: offer.publisherId, offerKey: offer.offerKey }), offerKey: offer.offerKey, name: offer.name },
      name: form.name,
      email: form.email,
      company: form.company,
      country: form.country,
      phone: form.phone || null,
      message: form.message,
      receivedAt: ctx.now.toISOString(),
    },
  });
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.offer.tenantId,
    action: 'lead.received',
    targetType: 'lead',
    targetId: id,
    summary: `New lead for ${props.offer.name} from ${props.form.company}`,
    detail: { offerId: props.offer.id, webhook },
  });
  return { id, receivedAt: ctx.now, webhook };
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
