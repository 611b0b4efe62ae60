import { randomUUID } from 'node:crypto';
import { latestRevision } from '../store/changeFeed.js';
import type { CommandContext } from '../commands/context.js';
import { addLeadNote, setLeadStatus } from '../commands/leads/workLead.js';
import { submitLead } from '../commands/leads/submitLead.js';
import { addPlan } from '../commands/partner/addPlan.js';
import { createOffer, type CreateOfferProps } from '../commands/partner/createOffer.js';
import { publishOffer } from '../commands/partner/publishOffer.js';
import { setOfferLogo } from '../commands/partner/setOfferLogo.js';
import { checkPackageInline, uploadPackage } from '../commands/partner/uploadPackage.js';
import { validateLeadForm } from '../domain/marketplace/leadForm.js';
import { writePackageArchive } from '../domain/packages/index.js';
import { grantTenantScope } from '../policies/tenantScope.js';
import { findListedOffer } from '../store/marketplace/catalog.js';
import type { LeadStatus } from '../domain/marketplace/leads.js';
import { runUseCase, withoutLocalIndex } from '../commands/runUseCase.js';
import type { Db } from '../store/transaction.js';
import { demoLogo } from './demoLogo.js';
import { addDemoScreenshots } from './demoScreenshots.js';

/**
 * The marketplace's demo, on top of demoOffers.ts and demoLicensing.ts: more
 * published offers across categories from Fabrikam and Northwind (with and
 * without license management), each with its price line and drawn screenshots
 * (Shift Planner's plan has the demo's free trial), and leads in both
 * publishers' inboxes in every status, one with notes. Everything goes through
 * the commands the API uses.
 *
 * Who sees which buttons (docs/marketplace.md lists them too):
 * - anyone not signed in: Field Ops and Safety Inspections show only Contact me;
 *   Timesheets, Route Planner and Sales Pipeline show Get it now too;
 * - admin@contoso.example: Contoso holds Field Ops licenses, so Get it now (install);
 * - alex.wilber@contoso.example: Get it now too, and is told to ask an admin;
 * - admin@humongousinsurance.example: its Field Ops deal is in its grace period: Get it now;
 * - admin@proseware.example: holds no Field Ops licenses: only Contact me.
 */

interface DemoListing extends Omit<CreateOfferProps, 'scope'> {
  logoColour: [number, number, number];
  plans: { planKey: string; name: string; description: string; trialDays?: number }[];
  /** App modules: unique name → display name; plan ID → the modules it unlocks. */
  appModules: Record<string, string>;
  mappings: Record<string, string[]>;
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

function packageOf(publisherId: string, listing: DemoListing): Uint8Array {
  const files = new Map<string, Uint8Array>([
    [
      'solution.json',
      json({
        uniqueName: `${publisherId[0]!.toUpperCase()}${publisherId.slice(1)}${listing.offerKey[0]!.toUpperCase()}${listing.offerKey.slice(1)}`,
        displayName: listing.name,
        version: '1.0.0.0',
        publisher: publisherId,
        appModules: Object.entries(listing.appModules).map(([uniqueName, displayName]) => ({ uniqueName, displayName })),
      }),
    ],
  ]);
  {
    // Every package carries license metadata; an offer without license management declares one free plan the platform does not sell.
    const serviceId = (planKey: string) => `${publisherId}.${listing.offerKey}.${planKey}`;
    const plans = listing.plans.length ? listing.plans : [{ planKey: 'free', name: `${listing.name} (free)` }];
    files.set(
      'license.json',
      json({
        servicePlans: plans.map((p) => ({ serviceId: serviceId(p.planKey), displayName: p.name, moreInfoUrl: `${listing.supportUrl}/${p.planKey}` })),
        mappings: Object.entries(listing.mappings).flatMap(([planKey, modules]) => modules.map((appModule) => ({ serviceId: serviceId(planKey), appModule }))),
      }),
    );
  }
  return writePackageArchive(files);
}

const FABRIKAM: DemoListing[] = [
  {
    offerKey: 'routeplanner',
    name: 'Fabrikam Route Planner',
    licenseManagement: false,
    summary: 'Plan the shortest day for every van: routes, stops and live traffic.',
    description:
      'Route Planner orders the day’s visits for each technician, re-plans around traffic and sends the route to their phone. It needs no licenses from the marketplace: any organization can install it.',
    categories: ['field-service', 'operations'],
    supportUrl: 'https://www.fabrikam.com/routeplanner/support',
    privacyUrl: 'https://www.fabrikam.com/privacy',
    launchUrl: 'https://apps.fabrikam.com/routeplanner',
    pricingText: '$49 per van/month, billed by Fabrikam',
    logoColour: [0, 99, 177],
    plans: [],
    appModules: { fab_routeplanner: 'Route Planner' },
    mappings: { free: ['fab_routeplanner'] },
  },
  {
    offerKey: 'inspections',
    name: 'Fabrikam Safety Inspections',
    licenseManagement: true,
    allowInstallWithoutLicenses: false,
    summary: 'Checklists, photos and signatures for site safety audits.',
    description:
      'Inspectors fill in checklists on site, attach photos and collect signatures; managers see every finding in one place and export audit reports. Standard covers inspectors, Premium adds the compliance dashboard.',
    categories: ['compliance', 'field-service'],
    supportUrl: 'https://www.fabrikam.com/inspections/support',
    privacyUrl: 'https://www.fabrikam.com/privacy',
    launchUrl: 'https://apps.fabrikam.com/inspections',
    pricingText: 'Standard $15, Premium $29 per inspector/month',
    logoColour: [216, 59, 1],
    plans: [
      { planKey: 'premium', name: 'Inspections Premium', description: 'Inspections plus the compliance dashboard and audit exports.' },
      { planKey: 'standard', name: 'Inspections Standard', description: 'The inspector app: checklists, photos and signatures.' },
    ],
    appModules: { fab_inspections_app: 'Inspections', fab_inspections_dashboard: 'Compliance Dashboard' },
    mappings: { premium: ['fab_inspections_app', 'fab_inspections_dashboard'], standard: ['fab_inspections_app'] },
  },
];

const NORTHWIND: DemoListing[] = [
  {
    offerKey: 'pipeline',
    name: 'Northwind Sales Pipeline',
    licenseManagement: false,
    summary: 'A simple pipeline board for small sales teams, with forecasts.',
    description: 'Drag deals across stages, see the forecast for the quarter and get reminded of the next step. Free to install; no licenses needed.',
    categories: ['sales', 'analytics'],
    supportUrl: 'https://www.northwindapps.com/pipeline/support',
    privacyUrl: 'https://www.northwindapps.com/privacy',
    launchUrl: 'https://apps.northwindapps.com/pipeline',
    pricingText: 'Free for teams of up to 5; $9 per user/month after',
    logoColour: [135, 100, 184],
    plans: [],
    appModules: { nw_pipeline: 'Sales Pipeline' },
    mappings: { free: ['nw_pipeline'] },
  },
  {
    offerKey: 'shiftplanner',
    name: 'Northwind Shift Planner',
    licenseManagement: true,
    allowInstallWithoutLicenses: false,
    summary: 'Build rotas in minutes and let staff swap shifts themselves.',
    description: 'Managers build the week’s rota from templates; staff see their shifts, swap them and request leave from their phones. Licensed per manager.',
    categories: ['human-resources', 'productivity'],
    supportUrl: 'https://www.northwindapps.com/shiftplanner/support',
    privacyUrl: 'https://www.northwindapps.com/privacy',
    launchUrl: 'https://apps.northwindapps.com/shiftplanner',
    pricingText: '$79 per team/month',
    logoColour: [0, 153, 188],
    // The demo's one trial: the listing and its card show the "14-day free trial" badge.
    plans: [{ planKey: 'team', name: 'Shift Planner Team', description: 'Rotas, shift swaps and leave requests for one team.', trialDays: 14 }],
    appModules: { nw_shiftplanner: 'Shift Planner' },
    mappings: { team: ['nw_shiftplanner'] },
  },
];

interface DemoLead {
  publisher: 'fabrikam' | 'northwind';
  offer: string;
  daysAgo: number;
  form: { name: string; email: string; company: string; country: string; phone?: string; message: string };
  status: LeadStatus;
  notes?: string[];
}

const LEADS: DemoLead[] = [
  {
    publisher: 'fabrikam',
    offer: 'fieldops',
    daysAgo: 9,
    form: { name: 'Isaiah Langer', email: 'isaiah.langer@margiestravel.example', company: "Margie's Travel", country: 'ES', phone: '+34 91 555 0134', message: 'We run 25 field agents across Spain. Could you send a quote for Field Ops Silver and tell us how long onboarding takes?' },
    status: 'won',
    notes: ['Called Isaiah: 25 Silver seats, onboarding in two weeks. Quote sent.', 'Signed. Deal registration to follow once their admin accepts our invitation.'],
  },
  {
    publisher: 'fabrikam',
    offer: 'fieldops',
    daysAgo: 4,
    form: { name: 'Johanna Lorenz', email: 'johanna@wingtip.example', company: 'Wingtip Toys', country: 'AU', message: 'Do you support offline mode for technicians in remote areas? We would need about 12 Bronze licenses.' },
    status: 'contacted',
  },
  {
    publisher: 'fabrikam',
    offer: 'fieldops',
    daysAgo: 1,
    form: { name: 'Kenji Tanaka', email: 'kenji.tanaka@treyresearch.example', company: 'Trey Research', country: 'JP', phone: '+81 3 5555 0199', message: 'Interested in a trial of Field Ops Gold for our lab maintenance team (8 people).' },
    status: 'new',
  },
  {
    publisher: 'fabrikam',
    offer: 'fieldops',
    daysAgo: 20,
    form: { name: 'Lars Berg', email: 'lars.berg@wideworldimporters.example', company: 'Wide World Importers', country: 'SE', message: 'Please send pricing for 40 Bronze seats.' },
    status: 'lost',
  },
  {
    publisher: 'fabrikam',
    offer: 'inspections',
    daysAgo: 0,
    form: { name: 'Amara Silva', email: 'amara.silva@relecloud.example', company: 'Relecloud', country: 'BR', message: 'We need safety audits for 6 data centres. Does Premium include custom checklists?' },
    status: 'new',
  },
  {
    publisher: 'northwind',
    offer: 'timesheets',
    daysAgo: 3,
    form: { name: 'Priya Nair', email: 'priya.nair@vanarsdel.example', company: 'VanArsdel Ltd', country: 'IN', phone: '+91 80 5555 0123', message: 'We want Timesheets Pro for 120 people with payroll export to our system. Is there a volume discount?' },
    status: 'contacted',
  },
  {
    publisher: 'northwind',
    offer: 'shiftplanner',
    daysAgo: 2,
    form: { name: 'Mateo Rossi', email: 'mateo@cohowinery.example', company: 'Coho Winery', country: 'IT', message: 'Harvest season needs 3 rotas a week. Can seasonal staff use Shift Planner without a license?' },
    status: 'new',
  },
  {
    publisher: 'northwind',
    offer: 'timesheets',
    daysAgo: 12,
    form: { name: 'Chloe Martin', email: 'chloe.martin@fourthcoffee.example', company: 'Fourth Coffee', country: 'NL', message: 'Signed up for the free version; 15 shop managers would need approvals.' },
    status: 'won',
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Fabrikam's Inspections leads also go to its CRM: a webhook endpoint for
 * `lead.created` of that offer. The demo's address does not resolve, so the
 * delivery log shows retries. The demo loads without the server's secret
 * key: its secret is left in clear for the dispatcher to seal, as migration
 * 018 leaves the secrets of lead webhooks it moved.
 */
async function addDemoLeadWebhook(db: Db, fabrikamId: string, now: Date): Promise<void> {
  const offer = await db.selectFrom('offers').select('id').where('tenant_id', '=', fabrikamId).where('offer_id', '=', 'inspections').executeTakeFirstOrThrow();
  await db
    .insertInto('webhook_endpoints')
    .values({
      id: randomUUID(),
      tenant_id: fabrikamId,
      url: 'https://crm.fabrikam.example/hooks/licensehub-leads',
      description: 'Inspections leads to our CRM',
      event_types: JSON.stringify(['lead.created']),
      offer_id: offer.id,
      secret_to_seal: 'demo-webhook-secret-fabrikam',
      cursor: await latestRevision(db),
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function loadDemoMarketplace(db: Db, now: Date): Promise<{ offers: number; leads: number }> {
  const publishers = {
    fabrikam: await db.selectFrom('tenants').select(['id', 'display_name']).where('primary_domain', '=', 'fabrikam.example').executeTakeFirstOrThrow(),
    northwind: await db.selectFrom('tenants').select(['id', 'display_name']).where('primary_domain', '=', 'northwind.example').executeTakeFirstOrThrow(),
  };
  let offers = 0;
  for (const [publisherId, listings] of [
    ['fabrikam', FABRIKAM],
    ['northwind', NORTHWIND],
  ] as const) {
    const scope = grantTenantScope(publishers[publisherId].id);
    await runUseCase(withoutLocalIndex(db), 'system', async (ctx) => {
      const tx = ctx.tx;
      for (const listing of listings) {
        const { logoColour, plans, appModules: _modules, mappings: _mappings, ...props } = listing;
        await createOffer(ctx, { scope, ...props });
        await setOfferLogo(ctx, { scope, offerRef: listing.offerKey, logo: { bytes: demoLogo(logoColour), contentType: 'image/png' } });
        await addDemoScreenshots(ctx, scope, listing.offerKey, logoColour);
        for (const [index, plan] of plans.entries()) await addPlan({ ...ctx, now: new Date(ctx.now.getTime() + index) }, { scope, offerRef: listing.offerKey, ...plan });
        const archive = packageOf(publisherId, listing);
        const checked = await checkPackageInline(tx, scope, listing.offerKey, archive, `${listing.offerKey}.zip`);
        await uploadPackage(ctx, { scope, offerRef: listing.offerKey, archive, checked });
        await publishOffer(ctx, { scope, offerRef: listing.offerKey });
        offers++;
      }
    }, { now: new Date(now.getTime() - (30 - offers) * DAY_MS) });
  }
  await addDemoLeadWebhook(db, publishers.fabrikam.id, now);

  let leads = 0;
  for (const demo of LEADS) {
    const offer = await findListedOffer(db, demo.publisher, demo.offer);
    if (!offer) continue;
    const form = validateLeadForm({ ...demo.form, consent: true });
    if (!form.ok) throw new Error(`demo lead ${demo.form.name}: ${JSON.stringify(form.problems)}`);
    const receivedAt = new Date(now.getTime() - demo.daysAgo * DAY_MS - (leads + 1) * 37 * 60_000);
    const publisher = publishers[demo.publisher];
    const admin = await db.selectFrom('users').select(['id', 'display_name']).where('user_principal_name', '=', `admin@${demo.publisher}.example`).executeTakeFirstOrThrow();
    await runUseCase(withoutLocalIndex(db), 'system', async (ctx) => {
      const lead = await submitLead(ctx, { offer, form: form.lead, visitor: null, visitorKey: `demo-visitor-${leads}` });
      const scope = grantTenantScope(publisher.id);
      const work: CommandContext = { ...ctx, actor: { userId: admin.id, displayName: admin.display_name }, now: new Date(receivedAt.getTime() + 3 * 3600_000) };
      for (const [index, text] of (demo.notes ?? []).entries()) {
        await addLeadNote({ ...work, now: new Date(work.now.getTime() + index * DAY_MS) }, { scope, leadId: lead.id, text, author: { userId: admin.id, displayName: admin.display_name } });
      }
      if (demo.status !== 'new') await setLeadStatus(work, { scope, leadId: lead.id, status: demo.status });
    }, { now: receivedAt });
    leads++;
  }
  return { offers, leads };
}
