import { sql, type Kysely } from 'kysely';

/**
 * Marketplace listings and report speed (issue 19):
 * - `offers.pricing_text`: a short line the listing and offer cards show, e.g. "From $8 per user/month".
 * - `plans.trial_days`: the publisher offers a free trial of the plan for this many days; a plan
 *   with one gives the listing its Free trial badge (src/domain/offers/pricingBadge.ts).
 * - `offer_screenshots`: up to 5 images per offer, checked by their headers when uploaded
 *   (src/domain/offers/screenshotImage.ts), stored like the logo, shown in the order they were added (seq).
 * - `seat_usage (plan_id, last_used_at)`: the publisher's active-users report reads recent usage
 *   of its own plans across every customer; the (tenant_id, plan_id, …) index cannot serve that, so
 *   it read every customer's recent usage through the last_used_at index (EXPLAIN: ~67,000 rows
 *   for 1,700 wanted on 300,000 usage rows) and now reads only its plans' ranges.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table offers add column pricing_text text not null default '';
    alter table plans add column trial_days integer check (trial_days between 1 and 365);
    create table offer_screenshots (
      id uuid primary key,
      -- The order shown: the order added (timestamps can tie within a transaction or a test clock).
      seq bigint generated always as identity,
      tenant_id uuid not null references tenants (id) on delete cascade,
      offer_id uuid not null references offers (id) on delete cascade,
      alt_text text not null,
      content_type text not null check (content_type in ('image/png', 'image/jpeg')),
      width integer not null,
      height integer not null,
      bytes bytea not null,
      created_at timestamptz not null
    );
    create index offer_screenshots_offer_idx on offer_screenshots (offer_id, seq);
    create index seat_usage_plan_recent_idx on seat_usage (plan_id, last_used_at);
  `.execute(db);
}
