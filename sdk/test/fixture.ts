import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/store/transaction.js';
import { createTenant, type TenantFixture } from '../../test/support/factories.js';

/**
 * Runtime test data: publishers with a published offer (plans, a current
 * solution package, app modules and their plan mappings) and customer tenants
 * with users, groups, products, seat holdings and an installation. Catalog
 * and customer rows are inserted directly; tenants that sign in and the
 * runtime keys go through the real API.
 */

export interface FixturePlan {
  id: string;
  serviceId: string;
  displayName: string;
  moreInfoUrl: string;
}

export interface PublishedApp {
  offerId: string;
  publisherTenantId: string;
  plans: { gold: FixturePlan; silver: FixturePlan };
  /** App module unique names: gold is mapped by Gold; silver by Gold and Silver; viewer by no plan. */
  modules: { gold: string; silver: string; viewer: string };
}

export interface FixtureUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
}

export interface Publisher {
  tenant: TenantFixture;
  app: PublishedApp;
  /** An API token with the runtime.check scope, made with POST /api/v1/auth/tokens. */
  runtimeKey: string;
}

export interface Customer {
  tenantId: string;
  domain: string;
  users: {
    /** Gold seat, assigned directly. */
    gold: FixtureUser;
    /** Silver seat through the nested group Field Sales ⊂ Sales. */
    silverThroughGroup: FixtureUser;
    /** No license. */
    unassigned: FixtureUser;
    /** Gold seat, but the account is disabled. */
    disabled: FixtureUser;
    /** Entitled to Gold through a group, beyond the seat count. */
    beyondSeatCount: FixtureUser;
  };
}

export interface RuntimeFixture {
  publisher: Publisher;
  otherPublisher: Publisher;
  /** Has publisher's app installed. */
  customer: Customer;
  /** Has users but no installation of the app. */
  customerWithoutInstall: Customer;
}

const hex = () => randomBytes(4).toString('hex');

export async function createRuntimeFixture(app: FastifyInstance): Promise<RuntimeFixture> {
  const db = app.db;
  const publisher = await createPublisher(app);
  const otherPublisher = await createPublisher(app);
  const customer = await insertCustomer(db, publisher.app, { installed: true });
  const customerWithoutInstall = await insertCustomer(db, publisher.app, { installed: false });
  await app.entitlements.apply([
    { kind: 'catalog' },
    { kind: 'tenant', tenantId: customer.tenantId },
    { kind: 'tenant', tenantId: customerWithoutInstall.tenantId },
  ]);
  return { publisher, otherPublisher, customer, customerWithoutInstall };
}

async function createPublisher(app: FastifyInstance): Promise<Publisher> {
  const tenant = await createTenant(app, { isPublisher: true });
  const publisherId = `pub${hex()}`;
  await app.db.updateTable('tenants').set({ publisher_id: publisherId, program_status: 'approved' }).where('id', '=', tenant.id).execute();
  const published = await insertPublishedOffer(app.db, tenant.id, publisherId);
  const response = await tenant.admin.post('/api/v1/auth/tokens', { name: 'runtime', scopes: ['runtime.check'] });
  if (response.statusCode !== 201) throw new Error(`runtime key: ${response.statusCode} ${response.body}`);
  return { tenant, app: published, runtimeKey: response.json().token };
}

export async function insertPublishedOffer(db: Db, publisherTenantId: string, publisherId: string): Promise<PublishedApp> {
  const offerId = randomUUID();
  const offerSlug = 'fieldops';
  const prefix = `${publisherId}_fieldops`;
  const plan = (planId: string, displayName: string): FixturePlan => ({
    id: randomUUID(),
    serviceId: `${publisherId}.${offerSlug}.${planId}`,
    displayName,
    moreInfoUrl: `https://${publisherId}.example/plans/${planId}`,
  });
  const plans = { gold: plan('gold', 'Field Ops Gold'), silver: plan('silver', 'Field Ops Silver') };
  const modules = { gold: `${prefix}_gold`, silver: `${prefix}_silver`, viewer: `${prefix}_viewer` };
  const mappings = [
    { plan: plans.gold, module: modules.gold },
    { plan: plans.gold, module: modules.silver },
    { plan: plans.silver, module: modules.silver },
  ];

  await db
    .insertInto('offers')
    .values({
      id: offerId,
      tenant_id: publisherTenantId,
      offer_id: offerSlug,
      license_management: true,
      status: 'published',
      name: 'Field Ops',
      summary: 'Work orders for field technicians',
      launch_url: `https://${publisherId}.example/app`,
      published_at: new Date(),
    })
    .execute();
  await db
    .insertInto('plans')
    .values(Object.entries(plans).map(([planId, p]) => ({ id: p.id, tenant_id: publisherTenantId, offer_id: offerId, plan_id: planId, service_id: p.serviceId, name: p.displayName })))
    .execute();

  const manifest = {
    uniqueName: 'FieldOps',
    displayName: 'Field Ops',
    version: '1.0.0.0',
    publisher: publisherId,
    appModules: Object.values(modules).map((uniqueName) => ({ uniqueName, displayName: displayNameOf(uniqueName) })),
  };
  const license = {
    servicePlans: Object.values(plans).map((p) => ({ serviceId: p.serviceId, displayName: p.displayName, moreInfoUrl: p.moreInfoUrl })),
    mappings: mappings.map((m) => ({ serviceId: m.plan.serviceId, appModule: m.module })),
  };
  const archive = Buffer.from(JSON.stringify({ manifest, license }));
  const packageId = randomUUID();
  await db
    .insertInto('solution_packages')
    .values({
      id: packageId,
      tenant_id: publisherTenantId,
      offer_id: offerId,
      unique_name: manifest.uniqueName,
      version: manifest.version,
      manifest: JSON.stringify(manifest),
      license: JSON.stringify(license),
      archive,
      size_bytes: archive.length,
      sha256: createHash('sha256').update(archive).digest('hex'),
    })
    .execute();
  await db.updateTable('offers').set({ current_package_id: packageId, published_package_id: packageId }).where('id', '=', offerId).execute();

  await db
    .insertInto('app_modules')
    .values(Object.values(modules).map((uniqueName) => ({ offer_id: offerId, unique_name: uniqueName, display_name: displayNameOf(uniqueName) })))
    .execute();
  await db
    .insertInto('app_module_plans')
    .values(
      mappings.map((m) => ({ offer_id: offerId, app_module: m.module, plan_id: m.plan.id, display_name: m.plan.displayName, more_info_url: m.plan.moreInfoUrl })),
    )
    .execute();
  return { offerId, publisherTenantId, plans, modules };
}

function displayNameOf(uniqueName: string): string {
  const suffix = uniqueName.slice(uniqueName.lastIndexOf('_') + 1);
  return `Field Ops ${suffix[0]!.toUpperCase()}${suffix.slice(1)}`;
}

export async function insertCustomer(db: Db, app: PublishedApp, options: { installed: boolean }): Promise<Customer> {
  const tenantId = randomUUID();
  const domain = `c${hex()}.example`;
  await db.insertInto('tenants').values({ id: tenantId, display_name: `Customer ${domain}`, primary_domain: domain, country: 'US' }).execute();

  const user = (name: string, enabled = true) => ({
    id: randomUUID(),
    userPrincipalName: `${name.toLowerCase().replace(' ', '.')}@${domain}`,
    displayName: name,
    enabled,
  });
  const users = {
    gold: user('Gia Gold'),
    silverThroughGroup: user('Sam Silver'),
    unassigned: user('Una Signed'),
    disabled: user('Dee Sabled', false),
    beyondSeatCount: user('Bea Yond'),
  };
  await db
    .insertInto('users')
    .values(Object.values(users).map((u) => ({ id: u.id, tenant_id: tenantId, user_principal_name: u.userPrincipalName, display_name: u.displayName, enabled: u.enabled })))
    .execute();

  const sales = randomUUID();
  const fieldSales = randomUUID();
  const goldTeam = randomUUID();
  await db
    .insertInto('groups')
    .values([
      { id: sales, tenant_id: tenantId, display_name: 'Sales' },
      { id: fieldSales, tenant_id: tenantId, display_name: 'Field Sales' },
      { id: goldTeam, tenant_id: tenantId, display_name: 'Gold Team' },
    ])
    .execute();
  await db
    .insertInto('group_members')
    .values([
      { tenant_id: tenantId, group_id: sales, member_group_id: fieldSales, member_user_id: null },
      { tenant_id: tenantId, group_id: fieldSales, member_user_id: users.silverThroughGroup.id, member_group_id: null },
      { tenant_id: tenantId, group_id: goldTeam, member_user_id: users.beyondSeatCount.id, member_group_id: null },
    ])
    .execute();

  const { gold, silver } = app.plans;
  const now = new Date();
  await db
    .insertInto('products')
    .values([
      { tenant_id: tenantId, plan_id: gold.id, purchased: 2, assigned: 2, state: 'active' },
      { tenant_id: tenantId, plan_id: silver.id, purchased: 5, assigned: 1, state: 'active' },
    ])
    .execute();
  await db
    .insertInto('license_assignments')
    .values([
      { id: randomUUID(), tenant_id: tenantId, plan_id: gold.id, user_id: users.gold.id, group_id: null },
      { id: randomUUID(), tenant_id: tenantId, plan_id: gold.id, user_id: users.disabled.id, group_id: null },
      { id: randomUUID(), tenant_id: tenantId, plan_id: gold.id, user_id: null, group_id: goldTeam },
      { id: randomUUID(), tenant_id: tenantId, plan_id: silver.id, user_id: null, group_id: sales },
    ])
    .execute();
  const direct = JSON.stringify([{ kind: 'direct' }]);
  await db
    .insertInto('seat_holdings')
    .values([
      { tenant_id: tenantId, plan_id: gold.id, user_id: users.gold.id, state: 'active', since: now, sources: direct },
      { tenant_id: tenantId, plan_id: gold.id, user_id: users.disabled.id, state: 'active', since: now, sources: direct },
      {
        tenant_id: tenantId,
        plan_id: gold.id,
        user_id: users.beyondSeatCount.id,
        state: 'not_enough_licenses',
        since: now,
        sources: JSON.stringify([{ kind: 'group', groupId: goldTeam }]),
      },
      {
        tenant_id: tenantId,
        plan_id: silver.id,
        user_id: users.silverThroughGroup.id,
        state: 'active',
        since: now,
        sources: JSON.stringify([{ kind: 'group', groupId: sales }]),
      },
    ])
    .execute();

  if (options.installed) {
    const environmentId = randomUUID();
    await db.insertInto('environments').values({ id: environmentId, tenant_id: tenantId, name: 'Production', is_default: true }).execute();
    const offer = await db.selectFrom('offers').select('published_package_id').where('id', '=', app.offerId).executeTakeFirstOrThrow();
    await db
      .insertInto('installations')
      .values({ id: randomUUID(), tenant_id: tenantId, environment_id: environmentId, offer_id: app.offerId, package_id: offer.published_package_id! })
      .execute();
  }
  const strip = ({ id, userPrincipalName, displayName }: FixtureUser) => ({ id, userPrincipalName, displayName });
  return {
    tenantId,
    domain,
    users: {
      gold: strip(users.gold),
      silverThroughGroup: strip(users.silverThroughGroup),
      unassigned: strip(users.unassigned),
      disabled: strip(users.disabled),
      beyondSeatCount: strip(users.beyondSeatCount),
    },
  };
}
