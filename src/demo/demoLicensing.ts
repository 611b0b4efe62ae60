import type { CommandContext } from '../commands/context.js';
import { registerDeal } from '../commands/deals/registerDeal.js';
import type { DealPolicy } from '../commands/deals/dealRules.js';
import { ensureDefaultEnvironment } from '../commands/environments/ensureDefaultEnvironment.js';
import { installApp } from '../commands/environments/installApp.js';
import { assignLicenses } from '../commands/licensing/assignLicenses.js';
import { acceptInvitation } from '../commands/relationships/acceptInvitation.js';
import { createInvitation } from '../commands/relationships/createInvitation.js';
import { addDays } from '../domain/deals/dealTerms.js';
import { DEFAULT_GRACE_DAYS, DEFAULT_SUSPENDED_DAYS } from '../domain/licenses/lifecycle.js';
import { grantTenantScope } from '../policies/tenantScope.js';
import { runUseCase, withoutLocalIndex } from '../commands/runUseCase.js';
import type { Db } from '../store/transaction.js';

/**
 * The demo customers' licenses, on top of the demo publishers' offers
 * (demoOffers.ts): relationships and deals, products with group and direct
 * assignments, one deal expiring soon, one in its grace period, one group
 * assigned more users than there are seats (Contoso's All Staff on
 * Timesheets Pro), a pending invitation and apps installed. Everything goes
 * through the commands the API uses, dated relative to the start.
 */

type Assign = { plan: string; users?: string[]; groups?: string[] };

interface DemoDeal {
  publisher: 'fabrikam' | 'northwind';
  customer: string;
  /** Days from today: the contract's last day (null: perpetual). */
  endsIn: number | null;
  licenses: Record<string, number>;
  value: number;
  currency?: string;
  assign?: Assign[];
  install?: boolean;
}

const OFFERS = { fabrikam: 'fieldops', northwind: 'timesheets' } as const;

const DEALS: DemoDeal[] = [
  {
    publisher: 'fabrikam',
    customer: 'contoso.example',
    endsIn: 330,
    licenses: { gold: 5, silver: 10, bronze: 20 },
    value: 84_000,
    assign: [
      { plan: 'gold', users: ['alex.wilber', 'licenses'] },
      { plan: 'silver', groups: ['Sales'] },
      { plan: 'bronze', groups: ['Operations'] },
    ],
    install: true,
  },
  { publisher: 'northwind', customer: 'contoso.example', endsIn: null, licenses: { pro: 10 }, value: 12_000, assign: [{ plan: 'pro', groups: ['All Staff'] }], install: true },
  { publisher: 'fabrikam', customer: 'adatum.example', endsIn: 12, licenses: { silver: 8 }, value: 19_500, assign: [{ plan: 'silver', groups: ['Sales'] }], install: true },
  { publisher: 'fabrikam', customer: 'humongousinsurance.example', endsIn: -10, licenses: { bronze: 10 }, value: 9_800, assign: [{ plan: 'bronze', groups: ['Field Technicians'] }], install: true },
  { publisher: 'fabrikam', customer: 'woodgrove.example', endsIn: 25, licenses: { gold: 12 }, value: 56_000, currency: 'GBP', assign: [{ plan: 'gold', groups: ['Operations'] }] },
  { publisher: 'fabrikam', customer: 'woodgrove.example', endsIn: null, licenses: { gold: 3 }, value: 15_000, currency: 'GBP' },
  { publisher: 'northwind', customer: 'tailspin.example', endsIn: 200, licenses: { pro: 5 }, value: 7_500, currency: 'CAD', assign: [{ plan: 'pro', users: ['alex.wilber', 'licenses'] }], install: true },
  { publisher: 'fabrikam', customer: 'litware.example', endsIn: 400, licenses: { gold: 4, bronze: 12 }, value: 38_000, currency: 'EUR', assign: [{ plan: 'bronze', groups: ['Field Technicians'] }] },
];

/** Consent without a deal yet, and an invitation nobody answered. */
const CONSENT_ONLY = [{ publisher: 'northwind', customer: 'proseware.example' }] as const;
const PENDING = [{ publisher: 'fabrikam', customer: 'lucerne.example' }] as const;

const POLICY: DealPolicy = { thresholdUsd: 5000, terms: { graceDays: DEFAULT_GRACE_DAYS, suspendedDays: DEFAULT_SUSPENDED_DAYS } };

export async function loadDemoLicensing(db: Db, now: Date): Promise<{ deals: number }> {
  const tenantOf = async (domain: string) => (await db.selectFrom('tenants').select(['id', 'display_name', 'country']).where('primary_domain', '=', domain).executeTakeFirstOrThrow());
  const publishers = {
    fabrikam: await tenantOf('fabrikam.example'),
    northwind: await tenantOf('northwind.example'),
  };
  const offers = await db.selectFrom('offers').select(['id', 'tenant_id', 'offer_id', 'status']).where('offer_id', 'in', Object.values(OFFERS)).execute();
  if (offers.filter((o) => o.status === 'published').length < 2) return { deals: 0 };
  const today = now.toISOString().slice(0, 10);
  const run = <T>(work: (ctx: CommandContext) => Promise<T>) => runUseCase(withoutLocalIndex(db), 'system', work, { now });

  const connected = new Set<string>();
  const connect = async (publisher: keyof typeof publishers, domain: string) => {
    const key = `${publisher}/${domain}`;
    if (connected.has(key)) return;
    connected.add(key);
    const customer = await tenantOf(domain);
    const admin = await db.selectFrom('users').select('id').where('user_principal_name', '=', `admin@${domain}`).executeTakeFirstOrThrow();
    await run(async (ctx) => {
      const invitation = await createInvitation(ctx, { publisher: grantTenantScope(publishers[publisher].id), customerTenantId: customer.id, publicUrl: '', createdBy: null });
      await acceptInvitation(ctx, { customer: grantTenantScope(customer.id), relationshipId: invitation.relationshipId, responderId: admin.id });
    });
  };

  for (const { publisher, customer } of CONSENT_ONLY) await connect(publisher, customer);
  for (const { publisher, customer } of PENDING) {
    const tenant = await tenantOf(customer);
    await run((ctx) => createInvitation(ctx, { publisher: grantTenantScope(publishers[publisher].id), customerTenantId: tenant.id, message: 'Accept so we can provision the licenses you ordered.', publicUrl: '', createdBy: null }));
  }

  let deals = 0;
  for (const deal of DEALS) {
    await connect(deal.publisher, deal.customer);
    const customer = await tenantOf(deal.customer);
    const offer = offers.find((o) => o.offer_id === OFFERS[deal.publisher])!;
    const end = deal.endsIn === null ? null : addDays(today, deal.endsIn);
    // A year's contract (or a perpetual one) that started at least two weeks ago.
    const yearBefore = end === null ? today : addDays(end, -364);
    const start = yearBefore < addDays(today, -14) ? yearBefore : addDays(today, -14);
    const currency = deal.currency ?? 'USD';
    const scope = grantTenantScope(customer.id);
    await run(async (ctx) => {
      await registerDeal(ctx, {
        publisher: grantTenantScope(publishers[deal.publisher].id),
        offerRef: offer.id,
        customerTenantId: customer.id,
        fields: {
          customer: { companyName: customer.display_name, country: customer.country, city: 'Headquarters', state: '' },
          totalContractValue: { amount: deal.value, currency },
          solutionValue: { amount: Math.round(deal.value * 0.8), currency },
          deployment: 'cloud',
          signedDate: addDays(start, -14),
          startDate: start,
          endDate: end,
          partnerContact: { firstName: 'Morgan', lastName: 'Reyes', phone: '+1 425 555 0142', email: `deals@${deal.publisher}.example` },
          contractType: 'new',
        },
        licenses: Object.entries(deal.licenses).map(([planKey, quantity]) => ({ planRef: planKey, quantity })),
        policy: POLICY,
        createdBy: null,
      });
      for (const assignment of deal.assign ?? []) {
        const plan = await ctx.tx.selectFrom('plans').select('id').where('offer_id', '=', offer.id).where('plan_id', '=', assignment.plan).executeTakeFirstOrThrow();
        const users = [];
        for (const name of assignment.users ?? []) {
          users.push(await ctx.tx.selectFrom('users').select('id').where('user_principal_name', '=', `${name}@${deal.customer}`).executeTakeFirstOrThrow());
        }
        const groups = [];
        for (const name of assignment.groups ?? []) {
          groups.push(await ctx.tx.selectFrom('groups').select('id').where('tenant_id', '=', customer.id).where('display_name', '=', name).executeTakeFirstOrThrow());
        }
        await assignLicenses(ctx, { scope, planId: plan.id, userIds: users.map((u) => u.id), groupIds: groups.map((g) => g.id), assignedBy: null });
      }
      if (deal.install) {
        await ensureDefaultEnvironment(ctx, customer.id);
        const environment = await ctx.tx.selectFrom('environments').select('id').where('tenant_id', '=', customer.id).where('is_default', '=', true).executeTakeFirstOrThrow();
        const installed = await ctx.tx.selectFrom('installations').select('id').where('environment_id', '=', environment.id).where('offer_id', '=', offer.id).executeTakeFirst();
        if (!installed) await installApp(ctx, { scope, environmentId: environment.id, offerId: offer.id, installedBy: null });
      }
    });
    deals++;
  }
  return { deals };
}
