import { randomUUID } from 'node:crypto';
import { addGroupMember } from '../commands/directory/addGroupMember.js';
import { createGroup } from '../commands/directory/createGroup.js';
import { createUser } from '../commands/directory/createUser.js';
import type { CommandContext } from '../commands/context.js';
import { createTenant } from '../commands/operator/createTenant.js';
import { hashPassword } from '../identity/passwords.js';
import { grantTenantScope } from '../policies/tenantScope.js';
import { runUseCase, withoutLocalIndex } from '../commands/runUseCase.js';
import type { Db } from '../store/transaction.js';
import { DEMO_CUSTOMERS, DEMO_GROUPS, DEMO_PUBLISHERS, FIRST_NAMES, LAST_NAMES, type DemoTenant } from './demoDirectory.js';
import { loadDemoOffers } from './demoOffers.js';
import { loadDemoLicensing } from './demoLicensing.js';
import { loadDemoMarketplace } from './demoMarketplace.js';
import { loadDemoHistory } from './demoHistory.js';
import { loadDemoSeats } from './demoSeats.js';

/** Every demo account signs in with this password (printed at start and in the README). */
export const DEMO_PASSWORD = 'LicenseHub-demo-2026';

/** A small deterministic PRNG so every fresh demo looks the same. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoSummary {
  tenants: number;
  users: number;
  groups: number;
}

/**
 * Loads the demo organizations through the same commands the API uses, so
 * the demo obeys every rule real data does. One transaction per tenant.
 */
export async function loadDemoData(db: Db, now: Date): Promise<DemoSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const random = seededRandom(2026);
  const summary: DemoSummary = { tenants: 0, users: 0, groups: 0 };
  for (const tenant of [...DEMO_PUBLISHERS, ...DEMO_CUSTOMERS]) {
    await runUseCase(withoutLocalIndex(db), 'system', async (ctx) => {
      const counts = await loadTenant(ctx, tenant, passwordHash, random);
      summary.tenants++;
      summary.users += counts.users;
      summary.groups += counts.groups;
    }, { now });
  }
  await loadDemoOffers(db, now);
  await loadDemoLicensing(db, now);
  await loadDemoMarketplace(db, now);
  await loadDemoHistory(db, now);
  await loadDemoSeats(db, now);
  return summary;
}

async function loadTenant(ctx: CommandContext, demo: DemoTenant, passwordHash: string, random: () => number) {
  const tenantId = randomUUID();
  await createTenant(ctx, {
    id: tenantId,
    displayName: demo.name,
    primaryDomain: demo.domain,
    country: demo.country,
    isPublisher: Boolean(demo.publisher),
    partnerId: demo.publisher?.partnerId ?? null,
    admin: { userPrincipalName: `admin@${demo.domain}`, displayName: `${demo.name} Admin`, passwordHash },
  });
  const scope = grantTenantScope(tenantId);
  const licenseAdmin = await createUser(ctx, {
    scope,
    userPrincipalName: `licenses@${demo.domain}`,
    displayName: 'License Desk',
    passwordHash,
    roles: ['license_admin'],
  });
  const staff = [];
  const used = new Set<string>();
  for (let i = 0; i < demo.staff; i++) {
    // The first staff member of every tenant is Alex Wilber, a plain user the README names.
    let first = i === 0 ? 'Alex' : FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
    let last = i === 0 ? 'Wilber' : LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
    while (used.has(`${first}.${last}`)) {
      first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
      last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
    }
    used.add(`${first}.${last}`);
    staff.push(
      await createUser(ctx, {
        scope,
        userPrincipalName: `${first}.${last}@${demo.domain}`.toLowerCase(),
        displayName: `${first} ${last}`,
        passwordHash,
        // One disabled account per larger customer shows how disabled users look.
        enabled: !(i === demo.staff - 1 && demo.staff >= 10),
      }),
    );
  }
  const groups = new Map<string, string>();
  for (const g of DEMO_GROUPS) {
    groups.set(g.name, (await createGroup(ctx, { scope, displayName: g.name, description: g.description })).id);
  }
  const add = (group: string, memberType: 'user' | 'group', memberId: string) =>
    addGroupMember(ctx, { scope, groupId: groups.get(group)!, memberType, memberId });
  await add('Operations', 'group', groups.get('Field Technicians')!);
  for (const [index, user] of staff.entries()) {
    await add('All Staff', 'user', user.id);
    if (index % 3 === 0) await add('Field Technicians', 'user', user.id);
    else if (index % 3 === 1) await add('Sales', 'user', user.id);
    else await add('Operations', 'user', user.id);
  }
  await add('All Staff', 'user', licenseAdmin.id);
  return { users: staff.length + 2, groups: DEMO_GROUPS.length };
}
