import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../commands/context.js';
import { addPlan } from '../commands/partner/addPlan.js';
import { applyToProgram } from '../commands/partner/applyToProgram.js';
import { createOffer, type CreateOfferProps } from '../commands/partner/createOffer.js';
import { decideProgramApplication } from '../commands/partner/decideProgramApplication.js';
import { publishOffer } from '../commands/partner/publishOffer.js';
import { setOfferLogo } from '../commands/partner/setOfferLogo.js';
import { checkPackageInline, uploadPackage } from '../commands/partner/uploadPackage.js';
import { writePackageArchive } from '../domain/packages/index.js';
import { grantTenantScope, type TenantScope } from '../policies/tenantScope.js';
import { runUseCase, withoutLocalIndex } from '../commands/runUseCase.js';
import type { Db } from '../store/transaction.js';
import { demoLogo } from './demoLogo.js';
import { addDemoScreenshots } from './demoScreenshots.js';

/**
 * The demo publishers' Partner Center: both approved in the partner program
 * (publisher IDs fabrikam and northwind), Fabrikam with a published, fully
 * licensed offer whose "Russian doll" plans come from the example solution
 * folder, Northwind with a published freemium offer and a draft. Each has the
 * price line its listing shows; the published ones have drawn screenshots
 * (demoScreenshots.ts). Everything goes through the commands the API uses, so
 * the demo obeys every rule.
 */

const FOLDER = 'examples/solution-gold-silver-bronze/';

/** The example folder, from the sources (src/demo) or the build (dist/src/demo). */
function exampleFile(name: string): Uint8Array {
  for (const up of ['../../', '../../../']) {
    const path = fileURLToPath(new URL(`${up}${FOLDER}${name}`, import.meta.url));
    if (existsSync(path)) return new Uint8Array(readFileSync(path));
  }
  throw new Error(`The demo needs ${FOLDER}${name} from the repository`);
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

interface DemoPlan {
  planKey: string;
  name: string;
  description: string;
  trialDays?: number;
}

interface DemoOffer extends Omit<CreateOfferProps, 'scope'> {
  logoColour: [number, number, number];
  plans: DemoPlan[];
  package?: () => Uint8Array;
  publish: boolean;
}

const FIELDOPS: DemoOffer = {
  offerKey: 'fieldops',
  name: 'Fabrikam Field Ops',
  licenseManagement: true,
  allowInstallWithoutLicenses: false,
  summary: 'Schedule visits, dispatch technicians and close work orders from the field.',
  description:
    'Field Ops brings work orders, scheduling and mobile inspections together. Bronze covers the technician app, Silver adds dispatch, and Gold adds the service manager workspace. The viewer app is free for everyone.',
  categories: ['field-service', 'operations'],
  supportUrl: 'https://www.fabrikam.com/fieldops/support',
  privacyUrl: 'https://www.fabrikam.com/privacy',
  launchUrl: 'https://apps.fabrikam.com/fieldops',
  pricingText: 'Bronze $12, Silver $22, Gold $35 per user/month',
  logoColour: [0, 120, 212],
  plans: [
    { planKey: 'gold', name: 'Field Ops Gold', description: 'Every Field Ops app: Gold, Silver and Bronze.' },
    { planKey: 'silver', name: 'Field Ops Silver', description: 'The Silver and Bronze apps.' },
    { planKey: 'bronze', name: 'Field Ops Bronze', description: 'The Bronze technician app.' },
  ],
  package: () =>
    writePackageArchive(
      new Map([
        ['solution.json', exampleFile('solution.json')],
        ['license.json', exampleFile('license.json')],
      ]),
    ),
  publish: true,
};

const TIMESHEETS: DemoOffer = {
  offerKey: 'timesheets',
  name: 'Northwind Timesheets',
  licenseManagement: true,
  allowInstallWithoutLicenses: true,
  summary: 'Log hours on any device; approve and export them with Pro.',
  description: 'Everyone can log and view their own hours for free. Timesheets Pro adds approvals, project budgets and payroll export.',
  categories: ['productivity', 'human-resources'],
  supportUrl: 'https://www.northwindapps.com/support',
  privacyUrl: 'https://www.northwindapps.com/privacy',
  launchUrl: 'https://apps.northwindapps.com/timesheets',
  pricingText: 'Free to log hours; Pro $4 per user/month',
  logoColour: [16, 124, 16],
  plans: [{ planKey: 'pro', name: 'Timesheets Pro', description: 'Approvals, project budgets and payroll export.' }],
  package: () =>
    writePackageArchive(
      new Map([
        [
          'solution.json',
          json({
            uniqueName: 'NorthwindTimesheets',
            displayName: 'Northwind Timesheets',
            version: '1.0.0.0',
            publisher: 'northwind',
            appModules: [
              { uniqueName: 'nw_timesheets_viewer', displayName: 'Timesheets' },
              { uniqueName: 'nw_timesheets_approvals', displayName: 'Timesheet Approvals' },
              { uniqueName: 'nw_timesheets_payroll', displayName: 'Payroll Export' },
            ],
          }),
        ],
        [
          'license.json',
          json({
            servicePlans: [{ serviceId: 'northwind.timesheets.pro', displayName: 'Timesheets Pro', moreInfoUrl: 'https://www.northwindapps.com/timesheets/pro' }],
            mappings: [
              { serviceId: 'northwind.timesheets.pro', appModule: 'nw_timesheets_approvals' },
              { serviceId: 'northwind.timesheets.pro', appModule: 'nw_timesheets_payroll' },
            ],
          }),
        ],
      ]),
    ),
  publish: true,
};

const EXPENSES: DemoOffer = {
  offerKey: 'expenses',
  name: 'Northwind Expenses',
  licenseManagement: true,
  summary: 'Receipts to reimbursement in three taps.',
  categories: ['finance'],
  pricingText: '$6 per user/month',
  logoColour: [202, 80, 16],
  plans: [{ planKey: 'standard', name: 'Expenses Standard', description: 'Receipt capture and approval.' }],
  publish: false,
};

const DEMO_PARTNER_CENTER = [
  { domain: 'fabrikam.example', publisherId: 'fabrikam', offers: [FIELDOPS] },
  { domain: 'northwind.example', publisherId: 'northwind', offers: [TIMESHEETS, EXPENSES] },
];

export async function loadDemoOffers(db: Db, now: Date): Promise<{ offers: number }> {
  let offers = 0;
  for (const publisher of DEMO_PARTNER_CENTER) {
    const tenant = await db.selectFrom('tenants').select('id').where('primary_domain', '=', publisher.domain).executeTakeFirstOrThrow();
    const scope = grantTenantScope(tenant.id);
    await runUseCase(withoutLocalIndex(db), 'system', async (ctx) => {
      await applyToProgram(ctx, { scope, publisherId: publisher.publisherId });
      await decideProgramApplication(ctx, { tenantId: tenant.id, decision: { approve: true } });
      for (const offer of publisher.offers) {
        await loadOffer(ctx, scope, offer);
        offers++;
      }
    }, { now });
  }
  return { offers };
}

async function loadOffer(ctx: CommandContext, scope: TenantScope, demo: DemoOffer) {
  const { logoColour, plans, package: pack, publish, ...props } = demo;
  await createOffer(ctx, { scope, ...props });
  await setOfferLogo(ctx, { scope, offerRef: demo.offerKey, logo: { bytes: demoLogo(logoColour), contentType: 'image/png' } });
  if (publish) await addDemoScreenshots(ctx, scope, demo.offerKey, logoColour);
  // A millisecond apart, so the plans list in the order they are defined (Gold, Silver, Bronze).
  for (const [index, plan] of plans.entries()) {
    await addPlan({ ...ctx, now: new Date(ctx.now.getTime() + index) }, { scope, offerRef: demo.offerKey, ...plan });
  }
  if (pack) {
    const archive = pack();
    const checked = await checkPackageInline(ctx.tx, scope, demo.offerKey, archive, `${demo.offerKey}.zip`);
    await uploadPackage(ctx, { scope, offerRef: demo.offerKey, archive, checked });
  }
  if (publish) await publishOffer(ctx, { scope, offerRef: demo.offerKey });
}
