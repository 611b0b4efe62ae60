import type { CommandContext } from '../commands/context.js';
import type { DealPolicy } from '../commands/deals/dealRules.js';
import { changeDealLicenses } from '../commands/deals/changeDealLicenses.js';
import { registerDeal } from '../commands/deals/registerDeal.js';
import { removeDealLicenses } from '../commands/deals/removeDealLicenses.js';
import { assignLicenses } from '../commands/licensing/assignLicenses.js';
import { unassignLicenses } from '../commands/licensing/unassignLicenses.js';
import { acceptInvitation } from '../commands/relationships/acceptInvitation.js';
import { createInvitation } from '../commands/relationships/createInvitation.js';
import { addDays } from '../domain/deals/dealTerms.js';
import { DEFAULT_GRACE_DAYS, DEFAULT_SUSPENDED_DAYS } from '../domain/licenses/lifecycle.js';
import { grantTenantScope } from '../policies/tenantScope.js';
import { runUseCase, withoutLocalIndex } from '../commands/runUseCase.js';
import type { Db } from '../store/transaction.js';

/**
 * Twelve months of history for the partner reports: customers in a dozen
 * countries (none of those demoLicensing.ts sells to) sign deals for the
 * demo publishers' offers at different times, assign seats month by month,
 * buy more, and now and then give some back. Every step runs the command
 * the API runs, with the clock set back to when it happened, so the license
 * ledger is written exactly as in production.
 */

type Step =
  | { kind: 'assign'; plan: string; users: number }
  | { kind: 'unassign'; plan: string; users: number }
  | { kind: 'change'; plan: string; quantity: number }
  | { kind: 'remove'; plan: string };

interface HistoryDeal {
  publisher: 'fabrikam' | 'northwind';
  customer: string;
  /** Months before now that the deal was registered. */
  monthsAgo: number;
  licenses: Record<string, number>;
  value: number;
  currency?: string;
  /** By months after the deal: what happened that month. */
  steps: Record<number, Step[]>;
}

const OFFERS = { fabrikam: 'fieldops', northwind: 'timesheets' } as const;

const HISTORY: HistoryDeal[] = [
  {
    publisher: 'fabrikam',
    customer: 'margiestravel.example',
    monthsAgo: 11,
    licenses: { silver: 4 },
    value: 14_000,
    currency: 'EUR',
    steps: { 0: [{ kind: 'assign', plan: 'silver', users: 2 }], 1: [{ kind: 'assign', plan: 'silver', users: 2 }], 5: [{ kind: 'change', plan: 'silver', quantity: 8 }], 6: [{ kind: 'assign', plan: 'silver', users: 3 }] },
  },
  {
    publisher: 'fabrikam',
    customer: 'wingtip.example',
    monthsAgo: 10,
    licenses: { gold: 3, bronze: 6 },
    value: 31_000,
    currency: 'AUD',
    steps: {
      0: [{ kind: 'assign', plan: 'gold', users: 1 }],
      1: [{ kind: 'assign', plan: 'bronze', users: 3 }, { kind: 'assign', plan: 'gold', users: 1 }],
      3: [{ kind: 'assign', plan: 'bronze', users: 2 }],
      7: [{ kind: 'unassign', plan: 'bronze', users: 2 }, { kind: 'change', plan: 'bronze', quantity: 4 }],
    },
  },
  {
    publisher: 'northwind',
    customer: 'alpineskihouse.example',
    monthsAgo: 10,
    licenses: { pro: 3 },
    value: 6_500,
    currency: 'EUR',
    steps: { 0: [{ kind: 'assign', plan: 'pro', users: 2 }], 4: [{ kind: 'change', plan: 'pro', quantity: 5 }, { kind: 'assign', plan: 'pro', users: 2 }] },
  },
  {
    publisher: 'fabrikam',
    customer: 'cohowinery.example',
    monthsAgo: 9,
    licenses: { bronze: 5 },
    value: 8_000,
    currency: 'EUR',
    steps: { 0: [{ kind: 'assign', plan: 'bronze', users: 3 }], 2: [{ kind: 'assign', plan: 'bronze', users: 1 }], 6: [{ kind: 'remove', plan: 'bronze' }] },
  },
  {
    publisher: 'fabrikam',
    customer: 'fourthcoffee.example',
    monthsAgo: 8,
    licenses: { gold: 2, silver: 5 },
    value: 27_000,
    currency: 'EUR',
    steps: { 0: [{ kind: 'assign', plan: 'silver', users: 3 }], 1: [{ kind: 'assign', plan: 'gold', users: 2 }], 3: [{ kind: 'assign', plan: 'silver', users: 2 }], 5: [{ kind: 'change', plan: 'gold', quantity: 4 }] },
  },
  {
    publisher: 'northwind',
    customer: 'treyresearch.example',
    monthsAgo: 8,
    licenses: { pro: 6 },
    value: 1_500_000,
    currency: 'JPY',
    steps: { 0: [{ kind: 'assign', plan: 'pro', users: 4 }], 2: [{ kind: 'assign', plan: 'pro', users: 2 }], 6: [{ kind: 'change', plan: 'pro', quantity: 9 }, { kind: 'assign', plan: 'pro', users: 3 }] },
  },
  {
    publisher: 'fabrikam',
    customer: 'relecloud.example',
    monthsAgo: 7,
    licenses: { gold: 4 },
    value: 40_000,
    currency: 'USD',
    steps: { 0: [{ kind: 'assign', plan: 'gold', users: 2 }], 2: [{ kind: 'assign', plan: 'gold', users: 2 }], 4: [{ kind: 'change', plan: 'gold', quantity: 7 }], 5: [{ kind: 'assign', plan: 'gold', users: 2 }] },
  },
  {
    publisher: 'fabrikam',
    customer: 'vanarsdel.example',
    monthsAgo: 6,
    licenses: { silver: 6, bronze: 8 },
    value: 45_000,
    currency: 'USD',
    steps: {
      0: [{ kind: 'assign', plan: 'silver', users: 2 }],
      1: [{ kind: 'assign', plan: 'bronze', users: 4 }, { kind: 'assign', plan: 'silver', users: 2 }],
      3: [{ kind: 'assign', plan: 'bronze', users: 3 }],
    },
  },
  {
    publisher: 'northwind',
    customer: 'wideworldimporters.example',
    monthsAgo: 5,
    licenses: { pro: 4 },
    value: 70_000,
    currency: 'SEK',
    steps: { 0: [{ kind: 'assign', plan: 'pro', users: 2 }], 1: [{ kind: 'assign', plan: 'pro', users: 2 }] },
  },
  {
    publisher: 'fabrikam',
    customer: 'graphicdesign.example',
    monthsAgo: 4,
    licenses: { bronze: 3 },
    value: 7_000,
    currency: 'EUR',
    steps: { 0: [{ kind: 'assign', plan: 'bronze', users: 2 }], 2: [{ kind: 'change', plan: 'bronze', quantity: 5 }, { kind: 'assign', plan: 'bronze', users: 2 }] },
  },
  {
    publisher: 'fabrikam',
    customer: 'bestforyou.example',
    monthsAgo: 3,
    licenses: { silver: 5 },
    value: 300_000,
    currency: 'MXN',
    steps: { 0: [{ kind: 'assign', plan: 'silver', users: 1 }], 1: [{ kind: 'assign', plan: 'silver', users: 3 }] },
  },
  {
    publisher: 'northwind',
    customer: 'southridge.example',
    monthsAgo: 2,
    licenses: { pro: 3 },
    value: 120_000,
    currency: 'ZAR',
    steps: { 0: [{ kind: 'assign', plan: 'pro', users: 1 }], 1: [{ kind: 'assign', plan: 'pro', users: 2 }] },
  },
  {
    publisher: 'fabrikam',
    customer: 'southridge.example',
    monthsAgo: 1,
    licenses: { bronze: 4 },
    value: 9_000,
    currency: 'USD',
    steps: { 0: [{ kind: 'assign', plan: 'bronze', users: 2 }] },
  },
];

const POLICY: DealPolicy = { thresholdUsd: 5000, terms: { graceDays: DEFAULT_GRACE_DAYS, suspendedDays: DEFAULT_SUSPENDED_DAYS } };
const DAY_MS = 86_400_000;

/** An instant `monthsAgo` months before now, on a day of the month that varies by customer (never in the future). */
function backdated(now: Date, monthsAgo: number, seed: number): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 3 + (seed % 20), 9 + (seed % 8), 17 * (seed % 3)));
  return at.getTime() < now.getTime() ? at : new Date(now.getTime() - DAY_MS);
}

export async function loadDemoHistory(db: Db, now: Date): Promise<{ deals: number; steps: number }> {
  const offers = await db.selectFrom('offers').select(['id', 'tenant_id', 'offer_id', 'status']).where('offer_id', 'in', Object.values(OFFERS)).execute();
  if (offers.filter((o) => o.status === 'published').length < 2) return { deals: 0, steps: 0 };
  const tenantOf = async (domain: string) => db.selectFrom('tenants').select(['id', 'display_name', 'country']).where('primary_domain', '=', domain).executeTakeFirstOrThrow();
  const publishers = { fabrikam: await tenantOf('fabrikam.example'), northwind: await tenantOf('northwind.example') };
  const at = <T>(when: Date, work: (ctx: CommandContext) => Promise<T>) => runUseCase(withoutLocalIndex(db), 'system', work, { now: when });

  // Every step of every deal, in time order, so each product's ledger is written as it happened.
  type Event = { when: Date; run: (ctx: CommandContext) => Promise<unknown> };
  const events: Event[] = [];
  let deals = 0;
  for (const [index, deal] of HISTORY.entries()) {
    const customer = await tenantOf(deal.customer);
    const offer = offers.find((o) => o.offer_id === OFFERS[deal.publisher])!;
    const publisher = grantTenantScope(publishers[deal.publisher].id);
    const scope = grantTenantScope(customer.id);
    const admin = await db.selectFrom('users').select('id').where('user_principal_name', '=', `admin@${deal.customer}`).executeTakeFirstOrThrow();
    // Ordinary staff, in a fixed order: the next ones to get a seat come first.
    const staff = (
      await db
        .selectFrom('users')
        .select(['id'])
        .where('tenant_id', '=', customer.id)
        .where('enabled', '=', true)
        .where('user_principal_name', 'not like', 'admin@%')
        .where('user_principal_name', 'not like', 'licenses@%')
        .orderBy('user_principal_name')
        .execute()
    ).map((u) => u.id);
    const held = new Map<string, string[]>();
    const planIds = new Map<string, string>();
    for (const plan of await db.selectFrom('plans').select(['id', 'plan_id']).where('offer_id', '=', offer.id).execute()) planIds.set(plan.plan_id, plan.id);
    let dealId = '';
    const start = backdated(now, deal.monthsAgo, index * 7);
    const day = start.toISOString().slice(0, 10);
    events.push({
      when: start,
      run: async (ctx) => {
        const existing = await ctx.tx
          .selectFrom('relationships')
          .select('id')
          .where('publisher_tenant_id', '=', publisher.tenantId)
          .where('customer_tenant_id', '=', customer.id)
          .where('status', '=', 'accepted')
          .executeTakeFirst();
        if (!existing) {
          const invitation = await createInvitation(ctx, { publisher, customerTenantId: customer.id, publicUrl: '', createdBy: null });
          await acceptInvitation(ctx, { customer: scope, relationshipId: invitation.relationshipId, responderId: admin.id });
        }
        const registered = await registerDeal(ctx, {
          publisher,
          offerRef: offer.id,
          customerTenantId: customer.id,
          fields: {
            customer: { companyName: customer.display_name, country: customer.country, city: 'Headquarters', state: '' },
            totalContractValue: { amount: deal.value, currency: deal.currency ?? 'USD' },
            solutionValue: { amount: Math.round(deal.value * 0.8), currency: deal.currency ?? 'USD' },
            deployment: 'cloud',
            signedDate: addDays(day, -7),
            startDate: day,
            endDate: null,
            partnerContact: { firstName: 'Morgan', lastName: 'Reyes', phone: '+1 425 555 0142', email: `deals@${deal.publisher}.example` },
            contractType: 'new',
          },
          licenses: Object.entries(deal.licenses).map(([planKey, quantity]) => ({ planRef: planKey, quantity })),
          policy: POLICY,
          createdBy: null,
        });
        dealId = registered.dealId;
      },
    });
    deals++;
    for (const [after, steps] of Object.entries(deal.steps)) {
      const months = Number(after);
      // The deal's own month: a few days after it; later months: a day of their own.
      const when = months === 0 ? new Date(start.getTime() + 2 * DAY_MS) : backdated(now, deal.monthsAgo - months, index * 7 + months * 3);
      if (when.getTime() >= now.getTime()) continue;
      events.push({
        when,
        run: async (ctx) => {
          for (const step of steps) {
            const planId = planIds.get(step.plan)!;
            const holders = held.get(step.plan) ?? [];
            if (step.kind === 'assign') {
              const next = staff.filter((id) => !holders.includes(id)).slice(0, step.users);
              await assignLicenses(ctx, { scope, planId, userIds: next, groupIds: [], assignedBy: null });
              held.set(step.plan, [...holders, ...next]);
            } else if (step.kind === 'unassign') {
              const leaving = holders.slice(-step.users);
              await unassignLicenses(ctx, { scope, planId, userIds: leaving, groupIds: [] });
              held.set(step.plan, holders.slice(0, holders.length - leaving.length));
            } else if (step.kind === 'change') {
              await changeDealLicenses(ctx, { publisher, dealId, planRef: step.plan, quantity: step.quantity, policy: POLICY });
            } else {
              await removeDealLicenses(ctx, { publisher, dealId, planRef: step.plan, policy: POLICY });
              held.set(step.plan, []);
            }
          }
        },
      });
    }
  }
  events.sort((a, b) => a.when.getTime() - b.when.getTime());
  for (const event of events) await at(event.when, event.run);
  return { deals, steps: events.length - deals };
}
