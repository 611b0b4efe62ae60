import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { allocateSeats, type LicenseAssignment } from '../src/domain/seats/seatAllocation.js';
import type { GroupEdge } from '../src/domain/seats/groupGraph.js';
import type { Database } from '../src/store/schema.js';
import type { BenchCatalog, PlanName } from './catalog.js';

/**
 * One generated customer tenant: users in departments and nested field
 * teams, an "All Staff" group over the departments, three products and the
 * seat holdings the real seat allocation computes for their assignments:
 *   - Gold, assigned to Department 1 (and so its nested field team), with
 *     fewer seats than members: some users are "not enough licenses";
 *   - Silver, assigned directly to every fifth user;
 *   - Bronze, assigned to All Staff (two levels of nesting), a seat for everyone.
 * Every fiftieth user is disabled; 1 tenant in 20 has not installed the app.
 */

type Row<T extends keyof Database> = Insertable<Database[T]>;

export interface CustomerTenantRows {
  tenant: Row<'tenants'>;
  users: Row<'users'>[];
  roleAssignments: Row<'role_assignments'>[];
  groups: Row<'groups'>[];
  groupMembers: Row<'group_members'>[];
  products: Row<'products'>[];
  licenseAssignments: Row<'license_assignments'>[];
  seatHoldings: Row<'seat_holdings'>[];
  environments: Row<'environments'>[];
  installations: Row<'installations'>[];
}

export interface GeneratedUser {
  id: string;
  userPrincipalName: string;
}

export interface CustomerTenant {
  id: string;
  installed: boolean;
  /** The All Staff group: every user, through departments and field teams. */
  allStaffGroupId: string;
  /** users[0] is the tenant's Global admin; users[2] holds Bronze; users[3] holds neither Gold nor Silver (both enabled, not admins). */
  users: GeneratedUser[];
  rows: CustomerTenantRows;
}

const DEPARTMENTS = 4;
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'JP', 'CA', 'AU', 'BR', 'IN', 'NL'];

export function buildCustomerTenant(index: number, userCount: number, catalog: BenchCatalog, now: Date): CustomerTenant {
  const tenantId = randomUUID();
  const domain = `c${index}.bench.example`;
  const at = now.getTime();
  const installed = index % 20 !== 19;

  const users = Array.from({ length: userCount }, (_, j) => ({
    id: randomUUID(),
    userPrincipalName: `u${j}@${domain}`,
    displayName: `User ${j} of Customer ${index}`,
    enabled: j % 50 !== 49,
  }));
  const disabled = new Set(users.filter((u) => !u.enabled).map((u) => u.id));

  const group = (name: string) => ({ id: randomUUID(), tenant_id: tenantId, display_name: name });
  const allStaff = group('All Staff');
  const departments = Array.from({ length: Math.min(DEPARTMENTS, userCount) }, (_, k) => group(`Department ${k + 1}`));
  const fieldTeams = departments.map((_, k) => group(`Field Team ${k + 1}`));

  const edges: GroupEdge[] = [];
  const member = (groupId: string, memberKind: 'user' | 'group', memberId: string) => edges.push({ groupId, memberKind, memberId, addedAt: at });
  departments.forEach((department, k) => {
    member(allStaff.id, 'group', department.id);
    member(department.id, 'group', fieldTeams[k]!.id);
  });
  users.forEach((user, j) => {
    const k = j % departments.length;
    const inFieldTeam = Math.floor(j / departments.length) % 3 === 0;
    member(inFieldTeam ? fieldTeams[k]!.id : departments[k]!.id, 'user', user.id);
  });

  const assignments: Record<PlanName, { purchased: number; assignments: LicenseAssignment[] }> = {
    gold: { purchased: Math.ceil(userCount * 0.2), assignments: [{ kind: 'group', groupId: departments[0]!.id, assignedAt: at }] },
    silver: {
      purchased: Math.ceil(userCount * 0.25),
      assignments: users.filter((_, j) => j % 5 === 1).map((u) => ({ kind: 'direct' as const, userId: u.id, assignedAt: at })),
    },
    bronze: { purchased: userCount, assignments: [{ kind: 'group', groupId: allStaff.id, assignedAt: at }] },
  };

  const rows: CustomerTenantRows = {
    tenant: { id: tenantId, display_name: `Customer ${index}`, primary_domain: domain, country: COUNTRIES[index % COUNTRIES.length]! },
    users: users.map((u) => ({ id: u.id, tenant_id: tenantId, user_principal_name: u.userPrincipalName, display_name: u.displayName, enabled: u.enabled })),
    roleAssignments: [{ tenant_id: tenantId, user_id: users[0]!.id, role: 'global_admin' }],
    groups: [allStaff, ...departments, ...fieldTeams],
    groupMembers: edges.map((e) => ({
      tenant_id: tenantId,
      group_id: e.groupId,
      member_user_id: e.memberKind === 'user' ? e.memberId : null,
      member_group_id: e.memberKind === 'group' ? e.memberId : null,
    })),
    products: [],
    licenseAssignments: [],
    seatHoldings: [],
    environments: [],
    installations: [],
  };

  for (const [plan, product] of Object.entries(assignments) as [PlanName, (typeof assignments)[PlanName]][]) {
    const planId = catalog.plans[plan].id;
    const allocation = allocateSeats({ purchased: product.purchased, assignments: product.assignments, groupEdges: edges, disabledUserIds: disabled });
    rows.products.push({ tenant_id: tenantId, plan_id: planId, purchased: product.purchased, assigned: allocation.activeCount, state: 'active' });
    for (const a of product.assignments) {
      rows.licenseAssignments.push({
        id: randomUUID(),
        tenant_id: tenantId,
        plan_id: planId,
        user_id: a.kind === 'direct' ? a.userId : null,
        group_id: a.kind === 'group' ? a.groupId : null,
        assigned_at: now,
      });
    }
    for (const holding of allocation.holdings) {
      rows.seatHoldings.push({
        tenant_id: tenantId,
        plan_id: planId,
        user_id: holding.userId,
        state: holding.state,
        since: new Date(holding.since),
        sources: JSON.stringify(holding.sources),
      });
    }
  }

  const environmentId = randomUUID();
  rows.environments.push({ id: environmentId, tenant_id: tenantId, name: 'Production', is_default: true });
  if (installed) {
    rows.installations.push({ id: randomUUID(), tenant_id: tenantId, environment_id: environmentId, offer_id: catalog.offerId, package_id: catalog.packageId });
  }
  return { id: tenantId, installed, allStaffGroupId: allStaff.id, users: users.map((u) => ({ id: u.id, userPrincipalName: u.userPrincipalName })), rows };
}
