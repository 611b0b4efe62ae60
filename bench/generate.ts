import { sql } from 'kysely';
import type { Db } from '../src/store/transaction.js';
import { BulkWriter } from './bulkWriter.js';
import { deferSecondaryIndexes } from './deferredIndexes.js';
import { insertApiToken, insertCatalog, type BenchCatalog } from './catalog.js';
import { buildCustomerTenant, type GeneratedUser } from './customerTenant.js';
import type { PropagationTarget } from './propagation.js';
import { seededRandom } from './seededRandom.js';

/**
 * Writes the benchmark directory into a freshly migrated database: the
 * catalog, then customer tenants in bulk, and returns what the measurements
 * need — request bodies drawn from the generated users, the runtime key, and
 * an admin token and target user for the propagation test.
 */

export interface CheckBody {
  tenantId: string;
  user: string;
  appModule: string;
}

export interface BenchDirectory {
  catalog: BenchCatalog;
  users: number;
  tenants: number;
  /** Rows written per table. */
  rows: Record<string, number>;
  generatedMs: number;
  /** A mix of single checks: users by id or by name, every app module, installed or not, a few unknown users. */
  checks: CheckBody[];
  /** A check that is LICENSED (for issuing a license token). */
  licensedCheck: CheckBody;
  /** Silver assigned to and unassigned from a user who holds neither Gold nor Silver. */
  propagation: PropagationTarget;
  /** Admin work the check is measured beside (bench/besideWork.ts). */
  work: {
    /** A tenant admin's token (directory and licenses) and the tenant's domain, for CSV imports. */
    importer: { tenantId: string; domain: string; token: string };
    /** A tenant whose All Staff group has `members` users, and a token to assign Gold to it. */
    bigGroup: { tenantId: string; groupId: string; planId: string; members: number; token: string };
  };
}

const SAMPLES_PER_TENANT = 4;
const CHECK_BODIES = 2_000;

export async function generateDirectory(db: Db, scale: { users: number; tenants: number; bigGroupMembers: number }, log: (line: string) => void): Promise<BenchDirectory> {
  const started = performance.now();
  const now = new Date();
  const random = seededRandom(20261124);
  const catalog = await insertCatalog(db);
  const writer = new BulkWriter(db);
  const recreateIndexes = await deferSecondaryIndexes(db, ['users', 'groups', 'group_members', 'license_assignments', 'seat_holdings']);
  const samples: { tenantId: string; installed: boolean; user: GeneratedUser }[] = [];
  let first: { tenantId: string; domain: string; admin: GeneratedUser; member: GeneratedUser; unlicensed: GeneratedUser } | null = null;

  const base = Math.floor(scale.users / scale.tenants);
  const extra = scale.users % scale.tenants;
  let reported = 0;
  for (let i = 0; i < scale.tenants; i++) {
    const tenant = buildCustomerTenant(i, base + (i < extra ? 1 : 0), catalog, now);
    const { rows } = tenant;
    await writer.add('tenants', [rows.tenant]);
    await writer.add('users', rows.users);
    await writer.add('role_assignments', rows.roleAssignments);
    await writer.add('groups', rows.groups);
    await writer.add('group_members', rows.groupMembers);
    await writer.add('products', rows.products);
    await writer.add('license_assignments', rows.licenseAssignments);
    await writer.add('seat_holdings', rows.seatHoldings);
    await writer.add('environments', rows.environments);
    await writer.add('installations', rows.installations);
    for (let s = 0; s < SAMPLES_PER_TENANT; s++) {
      samples.push({ tenantId: tenant.id, installed: tenant.installed, user: tenant.users[Math.floor(random() * tenant.users.length)]! });
    }
    first ??= { tenantId: tenant.id, domain: rows.tenant.primary_domain, admin: tenant.users[0]!, member: tenant.users[2]!, unlicensed: tenant.users[3]! };
    const percent = Math.floor(((i + 1) * 10) / scale.tenants) * 10;
    if (percent > reported) {
      reported = percent;
      log(`  generated ${percent}% (${i + 1} tenants) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  // One more tenant, whose All Staff group is large: the group-assignment work (bench/besideWork.ts).
  const big = buildCustomerTenant(scale.tenants, scale.bigGroupMembers, catalog, now);
  for (const [table, rows] of Object.entries({ tenants: [big.rows.tenant], users: big.rows.users, role_assignments: big.rows.roleAssignments, groups: big.rows.groups, group_members: big.rows.groupMembers, products: big.rows.products.filter((p) => p.plan_id !== catalog.plans.gold.id), environments: big.rows.environments, installations: big.rows.installations })) {
    await writer.add(table as never, rows as never);
  }
  // Its Bronze and Silver seats as generated; Gold is bought (20,000 seats) but not assigned: the work assigns it.
  await writer.add('products', [{ tenant_id: big.id, plan_id: catalog.plans.gold.id, purchased: 20_000, assigned: 0, state: 'active' }]);
  await writer.add('license_assignments', big.rows.licenseAssignments.filter((a) => a.plan_id !== catalog.plans.gold.id));
  await writer.add('seat_holdings', big.rows.seatHoldings.filter((h) => h.plan_id !== catalog.plans.gold.id));
  await writer.flush();
  log(`  building indexes`);
  await recreateIndexes();
  // After a bulk load PostgreSQL's autovacuum wakes up on its own, in the middle of the
  // measurements (PGlite has none): vacuum now, as an operator would after a bulk import.
  await sql`vacuum analyze`.execute(db);

  const adminToken = await insertApiToken(db, {
    tenantId: first!.tenantId,
    userId: first!.admin.id,
    name: 'bench admin',
    scopes: ['directory.read', 'directory.write', 'licenses.read', 'licenses.write'],
  });
  const bigGroupToken = await insertApiToken(db, { tenantId: big.id, userId: big.users[0]!.id, name: 'bench group work', scopes: ['directory.read', 'directory.write', 'licenses.read', 'licenses.write'] });
  const modules = Object.values(catalog.modules);
  const checks = Array.from({ length: CHECK_BODIES }, (): CheckBody => {
    const sample = samples[Math.floor(random() * samples.length)]!;
    const roll = random();
    const user = roll < 0.02 ? `ghost@unknown.bench.example` : roll < 0.51 ? sample.user.id : sample.user.userPrincipalName;
    return { tenantId: sample.tenantId, user, appModule: modules[Math.floor(random() * modules.length)]! };
  });
  const rows = Object.fromEntries(writer.written);
  return {
    catalog,
    users: scale.users,
    tenants: scale.tenants,
    rows,
    generatedMs: performance.now() - started,
    checks,
    licensedCheck: { tenantId: first!.tenantId, user: first!.member.id, appModule: catalog.modules.bronze },
    propagation: { tenantId: first!.tenantId, adminToken, userId: first!.unlicensed.id, planId: catalog.plans.silver.id, appModule: catalog.modules.silver },
    work: {
      importer: { tenantId: first!.tenantId, domain: first!.domain, token: adminToken },
      bigGroup: { tenantId: big.id, groupId: big.allStaffGroupId, planId: catalog.plans.gold.id, members: scale.bigGroupMembers, token: bigGroupToken },
    },
  };
}
