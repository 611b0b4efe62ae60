import { createHash, randomUUID } from 'node:crypto';
import { hashSecret, newApiToken } from '../src/identity/secrets.js';
import type { Scope } from '../src/policies/actor.js';
import type { Db } from '../src/store/transaction.js';

/**
 * The benchmark's publisher and its published offer: Field Ops with three
 * "Russian doll" plans (Gold ⊃ Silver ⊃ Bronze) and a free viewer module,
 * plus the runtime key apps use to ask about it.
 */
export const PLAN_IDS = ['gold', 'silver', 'bronze'] as const;
export type PlanName = (typeof PLAN_IDS)[number];

export interface BenchCatalog {
  publisherTenantId: string;
  offerId: string;
  packageId: string;
  plans: Record<PlanName, { id: string; serviceId: string }>;
  /** App module unique names: gold, silver, bronze (each mapped by its plan and the plans above) and viewer (free). */
  modules: Record<PlanName | 'viewer', string>;
  runtimeKey: string;
  /** The publisher admin's token for Partner Center work (packages, reports). */
  partnerToken: string;
  /** The offer's readable key, as Partner Center routes take it. */
  offerKey: string;
}

const PUBLISHER_ID = 'benchpub';
const OFFER = 'fieldops';

export async function insertCatalog(db: Db): Promise<BenchCatalog> {
  const publisherTenantId = randomUUID();
  const adminId = randomUUID();
  await db
    .insertInto('tenants')
    .values({
      id: publisherTenantId,
      display_name: 'Bench Publisher',
      primary_domain: 'publisher.bench.example',
      country: 'US',
      is_publisher: true,
      publisher_id: PUBLISHER_ID,
      program_status: 'approved',
    })
    .execute();
  await db.insertInto('users').values({ id: adminId, tenant_id: publisherTenantId, user_principal_name: 'admin@publisher.bench.example', display_name: 'Publisher Admin' }).execute();
  await db.insertInto('role_assignments').values({ tenant_id: publisherTenantId, user_id: adminId, role: 'global_admin' }).execute();
  const runtimeKey = await insertApiToken(db, { tenantId: publisherTenantId, userId: adminId, name: 'bench runtime key', scopes: ['runtime.check'] });
  const partnerToken = await insertApiToken(db, { tenantId: publisherTenantId, userId: adminId, name: 'bench partner work', scopes: ['partner.read', 'partner.write'] });

  const offerId = randomUUID();
  await db
    .insertInto('offers')
    .values({ id: offerId, tenant_id: publisherTenantId, offer_id: OFFER, license_management: true, status: 'published', name: 'Field Ops', launch_url: 'https://fieldops.bench.example/app', published_at: new Date() })
    .execute();
  const plans = Object.fromEntries(PLAN_IDS.map((p) => [p, { id: randomUUID(), serviceId: `${PUBLISHER_ID}.${OFFER}.${p}` }])) as BenchCatalog['plans'];
  const title = (p: string) => `Field Ops ${p[0]!.toUpperCase()}${p.slice(1)}`;
  await db
    .insertInto('plans')
    .values(PLAN_IDS.map((p) => ({ id: plans[p].id, tenant_id: publisherTenantId, offer_id: offerId, plan_id: p, service_id: plans[p].serviceId, name: title(p) })))
    .execute();

  const modules = { gold: 'bench_fieldops_gold', silver: 'bench_fieldops_silver', bronze: 'bench_fieldops_bronze', viewer: 'bench_fieldops_viewer' };
  // Each plan maps its own module and the modules of the plans below it.
  const mappings = PLAN_IDS.flatMap((plan, rank) => PLAN_IDS.slice(rank).map((module) => ({ plan, module: modules[module] })));
  const manifest = { uniqueName: 'FieldOps', version: '1.0.0.0', publisher: PUBLISHER_ID, appModules: Object.values(modules).map((m) => ({ uniqueName: m, displayName: m })) };
  const license = {
    servicePlans: PLAN_IDS.map((p) => ({ serviceId: plans[p].serviceId, displayName: title(p), moreInfoUrl: `https://fieldops.bench.example/plans/${p}` })),
    mappings: mappings.map((m) => ({ serviceId: plans[m.plan].serviceId, appModule: m.module })),
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
    .values(Object.entries(modules).map(([name, uniqueName]) => ({ offer_id: offerId, unique_name: uniqueName, display_name: title(name) })))
    .execute();
  await db
    .insertInto('app_module_plans')
    .values(
      mappings.map((m) => ({
        offer_id: offerId,
        app_module: m.module,
        plan_id: plans[m.plan].id,
        display_name: title(m.plan),
        more_info_url: `https://fieldops.bench.example/plans/${m.plan}`,
      })),
    )
    .execute();
  return { publisherTenantId, offerId, offerKey: OFFER, packageId, plans, modules, runtimeKey, partnerToken };
}

/** An API token row, as POST /api/v1/auth/tokens would store it; returns the secret. */
export async function insertApiToken(db: Db, props: { tenantId: string; userId: string; name: string; scopes: Scope[] }): Promise<string> {
  const { token, prefix } = newApiToken();
  await db
    .insertInto('api_tokens')
    .values({ id: randomUUID(), tenant_id: props.tenantId, user_id: props.userId, name: props.name, token_hash: hashSecret(token), prefix, scopes: props.scopes })
    .execute();
  return token;
}
