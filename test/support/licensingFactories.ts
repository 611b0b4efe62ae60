import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createTenant, type TenantFixture } from './factories.js';
import { OPERATOR_UPN } from '../../src/bootstrap.js';
import { Caller, OPERATOR_PASSWORD, TEST_PASSWORD, signIn, type TestApp } from './testApp.js';

/**
 * Licensing test data. Publishers and their published offers are written
 * straight into the database (the offers API has its own tests); consent and
 * deals go through the API, as a publisher would do it.
 */

export interface PublisherFixture extends TenantFixture {
  publisherId: string;
}

export interface PlanFixture {
  id: string;
  planKey: string;
  serviceId: string;
  name: string;
  appModule: string;
}

export interface OfferFixture {
  id: string;
  offerKey: string;
  name: string;
  plans: PlanFixture[];
  packageId: string;
  /** An app module no plan maps. */
  freeAppModule: string;
}

const hex = (n = 4) => randomBytes(n).toString('hex');

/** A publisher tenant approved into the partner program. */
export async function createPublisher(app: FastifyInstance): Promise<PublisherFixture> {
  const tenant = await createTenant(app, { isPublisher: true });
  const publisherId = `pub${hex()}`;
  await app.db.updateTable('tenants').set({ publisher_id: publisherId, program_status: 'approved', marketplace_enrolled: true }).where('id', '=', tenant.id).execute();
  return { ...tenant, publisherId };
}

export interface OfferOptions {
  plans?: string[];
  allowInstallWithoutLicense?: boolean;
  licenseManagement?: boolean;
  status?: 'draft' | 'published' | 'stop_sold';
}

/** A published offer with plans, a live package, and one app module per plan (plus a free one). */
export async function createPublishedOffer(app: FastifyInstance, publisher: PublisherFixture, options: OfferOptions = {}): Promise<OfferFixture> {
  const id = randomUUID();
  const offerKey = `offer-${hex(3)}`;
  const name = `Field Hub ${hex(2)}`;
  const licenseManagement = options.licenseManagement ?? true;
  await app.db
    .insertInto('offers')
    .values({
      id,
      tenant_id: publisher.id,
      offer_id: offerKey,
      license_management: licenseManagement,
      allow_install_without_license: licenseManagement && (options.allowInstallWithoutLicense ?? false),
      status: options.status ?? 'published',
      name,
      summary: 'Test offer',
      published_at: new Date(),
    })
    .execute();
  const packageId = await addPackageVersion(app, publisher, id, '1.0.0.0');
  const plans: PlanFixture[] = [];
  for (const planKey of options.plans ?? ['gold', 'silver']) {
    const plan = { id: randomUUID(), planKey, serviceId: `${publisher.publisherId}.${offerKey}.${planKey}`, name: `${planKey[0]!.toUpperCase()}${planKey.slice(1)} plan`, appModule: `app_${planKey}_${hex()}` };
    await app.db.insertInto('plans').values({ id: plan.id, tenant_id: publisher.id, offer_id: id, plan_id: planKey, service_id: plan.serviceId, name: plan.name }).execute();
    await app.db.insertInto('app_modules').values({ offer_id: id, unique_name: plan.appModule, display_name: `${plan.name} app` }).execute();
    await app.db
      .insertInto('app_module_plans')
      .values({ offer_id: id, app_module: plan.appModule, plan_id: plan.id, display_name: plan.name, more_info_url: 'https://example.com/plans' })
      .execute();
    plans.push(plan);
  }
  const freeAppModule = `app_free_${hex()}`;
  await app.db.insertInto('app_modules').values({ offer_id: id, unique_name: freeAppModule, display_name: 'Free app' }).execute();
  // Publishing tells the entitlement index about the new catalog; so does this factory.
  await app.entitlements.apply([{ kind: 'catalog' }]);
  return { id, offerKey, name, plans, packageId, freeAppModule };
}

/** Uploads and publishes a new package version of an offer; returns its id. */
export async function addPackageVersion(app: FastifyInstance, publisher: PublisherFixture, offerUuid: string, version: string): Promise<string> {
  const packageId = randomUUID();
  const archive = Buffer.from(`package ${version}`);
  await app.db
    .insertInto('solution_packages')
    .values({
      id: packageId,
      tenant_id: publisher.id,
      offer_id: offerUuid,
      unique_name: 'FieldHub',
      version,
      manifest: '{}',
      license: '{}',
      archive,
      size_bytes: archive.length,
      sha256: createHash('sha256').update(archive).digest('hex'),
    })
    .execute();
  await app.db.updateTable('offers').set({ current_package_id: packageId, published_package_id: packageId }).where('id', '=', offerUuid).execute();
  return packageId;
}

/** The publisher invites the customer (by tenant ID) and the customer's Global admin accepts. */
export async function connect(publisher: PublisherFixture, customer: TenantFixture): Promise<string> {
  const invited = await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/relationships`, { customerTenantId: customer.id });
  if (invited.statusCode !== 201) throw new Error(`invite failed: ${invited.body}`);
  const id = invited.json().id as string;
  const accepted = await customer.admin.post(`/api/v1/tenants/${customer.id}/relationships/${id}/accept`);
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return id;
}

/** A complete, valid deal registration body; override any field. */
export function dealBody(offer: { id: string }, customer: { id: string }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    offerId: offer.id,
    customerTenantId: customer.id,
    customer: { companyName: 'Contoso Ltd', country: 'US', city: 'Redmond', state: 'WA' },
    totalContractValue: { amount: 60000, currency: 'USD' },
    solutionValue: { amount: 50000, currency: 'USD' },
    deployment: 'cloud',
    signedDate: '2026-10-01',
    startDate: '2026-10-15',
    endDate: '2027-10-14',
    partnerContact: { firstName: 'Pat', lastName: 'Partner', phone: '+1 425 555 0100', email: 'pat@partner.example' },
    contractType: 'new',
    ...overrides,
  };
}

/** Registers a deal through the API and returns it. */
export async function registerDeal(
  publisher: PublisherFixture,
  customer: { id: string },
  offer: OfferFixture,
  licenses: { plan: PlanFixture; quantity: number }[],
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [key: string]: unknown }> {
  const response = await publisher.admin.post(
    `/api/v1/tenants/${publisher.id}/partner/deals`,
    // Fixtures register deals that look alike on purpose: say so, as a publisher would.
    dealBody(offer, customer, { licenses: licenses.map((l) => ({ planId: l.plan.id, quantity: l.quantity })), confirmDuplicate: true, ...overrides }),
  );
  if (response.statusCode !== 201) throw new Error(`register deal failed: ${response.body}`);
  return response.json();
}

/** A customer with licenses of the offer's first plan: publisher, offer, consent and one deal. */
export async function customerWithLicenses(app: FastifyInstance, quantity: number, options: OfferOptions & { endDate?: string } = {}) {
  const publisher = await createPublisher(app);
  const offer = await createPublishedOffer(app, publisher, options);
  const customer = await createTenant(app);
  await connect(publisher, customer);
  const plan = offer.plans[0]!;
  const deal = await registerDeal(publisher, customer, offer, [{ plan, quantity }], options.endDate ? { endDate: options.endDate } : {});
  return { publisher, offer, customer, plan, deal };
}

/**
 * Moves the test clock and signs the given tenants' admins in again (sessions
 * last 12 hours). Returns a function that moves the clock back, so later
 * tests (and the factories' cached operator session) are not affected.
 */
export async function travel(t: TestApp, ms: number, ...tenants: TenantFixture[]): Promise<() => Promise<void>> {
  t.clock.advance(ms);
  await signInAgain(t, tenants);
  return async () => {
    t.clock.advance(-ms);
    await signInAgain(t, tenants);
  };
}

async function signInAgain(t: TestApp, tenants: TenantFixture[]) {
  for (const tenant of tenants) tenant.admin = await signInFrom(t.app, `admin@${tenant.domain}`, TEST_PASSWORD);
}

/**
 * Signs in from an address of its own: sign-in is rate limited per client
 * address, and time-travelling tests sign in again and again.
 */
export async function signInFrom(app: FastifyInstance, userPrincipalName: string, password: string): Promise<Caller> {
  const remoteAddress = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;
  return signIn(app, userPrincipalName, password, remoteAddress);
}

export const signInOperatorFrom = (app: FastifyInstance) => signInFrom(app, OPERATOR_UPN, OPERATOR_PASSWORD);

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * For the route-walking isolation test: the victim (an approved publisher)
 * sells licenses to a customer through a deal, holds licenses bought from
 * another publisher, and has that app installed in its default environment.
 */
export async function licensingOf(app: FastifyInstance, victim: TenantFixture, publisherId: string) {
  const asPublisher = { ...victim, publisherId };
  const offer = await createPublishedOffer(app, asPublisher);
  const customer = await createTenant(app);
  const relationshipId = await connect(asPublisher, customer);
  const deal = await registerDeal(asPublisher, customer, offer, [{ plan: offer.plans[0]!, quantity: 5 }]);
  const seller = await createPublisher(app);
  const bought = await createPublishedOffer(app, seller);
  await connect(seller, victim);
  await registerDeal(seller, victim, bought, [{ plan: bought.plans[0]!, quantity: 2 }]);
  const environments = (await victim.admin.get(`/api/v1/tenants/${victim.id}/environments`)).json();
  const environmentId = environments.items[0].id as string;
  const installed = await victim.admin.post(`/api/v1/tenants/${victim.id}/environments/${environmentId}/apps`, { offerId: bought.id });
  if (installed.statusCode !== 201) throw new Error(`install failed: ${installed.body}`);
  return { dealId: deal.id, relationshipId, environmentId, installationId: installed.json().id as string, productPlanId: bought.plans[0]!.id, productServiceId: bought.plans[0]!.serviceId };
}
