import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '../domain/identity/roles.js';
import type { TenantKind } from '../domain/tenants/tenantKinds.js';
import { SCOPES, type Actor, type Scope } from './actor.js';
import { authorize } from './authorize.js';
import { POLICIES, type Action } from './index.js';
import { USER_TARGET_ACTIONS, userTargetProblem, type UserTargetAction } from './userTarget.js';
import { DomainError } from '../domain/problems.js';

/**
 * The whole policy table as one matrix, written out by hand: every action ×
 * every kind of caller, allowed and refused. Adding an action without a row
 * here fails the test, so who may do what is always decided on purpose.
 *
 * Callers: a customer tenant's member, User, License, Billing and Global
 * admin; the same in a publisher tenant (p:…); the platform operator (OP).
 */
type Who = 'member' | 'UA' | 'LA' | 'BA' | 'GA' | 'p:member' | 'p:UA' | 'p:LA' | 'p:BA' | 'p:GA' | 'OP';
const EVERYONE: Who[] = ['member', 'UA', 'LA', 'BA', 'GA', 'p:member', 'p:UA', 'p:LA', 'p:BA', 'p:GA', 'OP'];
const ADMINS: Who[] = ['UA', 'LA', 'BA', 'GA', 'p:UA', 'p:LA', 'p:BA', 'p:GA', 'OP'];
const PUBLISHER: Who[] = ['p:member', 'p:UA', 'p:LA', 'p:BA', 'p:GA'];
const PUBLISHER_ADMINS: Who[] = ['p:UA', 'p:LA', 'p:BA', 'p:GA'];

const ALLOWED: Record<Action, Who[]> = {
  'tenant.read': EVERYONE,
  'tenant.update': ['GA', 'p:GA', 'OP'],
  'audit.read': ADMINS,
  'user.read': EVERYONE,
  'user.write': ['UA', 'GA', 'p:UA', 'p:GA', 'OP'],
  'user.roles': ['GA', 'p:GA', 'OP'],
  'group.read': EVERYONE,
  'group.write': ['UA', 'GA', 'p:UA', 'p:GA', 'OP'],
  'apiToken.manage': EVERYONE,
  'operator.tenants.read': ['OP'],
  'operator.tenants.write': ['OP'],
  'partnerProgram.read': PUBLISHER,
  'partnerProgram.apply': ['p:GA'],
  'operator.program.read': ['OP'],
  'operator.program.decide': ['OP'],
  'offer.read': PUBLISHER,
  'offer.write': ['p:GA'],
  'runtime.check': PUBLISHER,
  'launch.use': EVERYONE,
  'licenseRequest.create': EVERYONE,
  'licenseRequest.manage': ['UA', 'LA', 'GA', 'p:UA', 'p:LA', 'p:GA', 'OP'],
  'signingKeys.rotate': ['OP'],
  'partnerRelationship.read': PUBLISHER_ADMINS,
  'partnerRelationship.write': ['p:BA', 'p:GA'],
  'relationship.read': ADMINS,
  'relationship.respond': ['BA', 'GA', 'p:BA', 'p:GA', 'OP'],
  'deal.read': PUBLISHER_ADMINS,
  'deal.write': ['p:BA', 'p:GA'],
  'license.read': ADMINS,
  'license.assign': ['UA', 'LA', 'GA', 'p:UA', 'p:LA', 'p:GA', 'OP'],
  'license.policy': ['LA', 'GA', 'p:LA', 'p:GA', 'OP'],
  'operator.jobs.run': ['OP'],
  'graph.licenses.read': ADMINS,
  'graph.licenses.assign': ['UA', 'LA', 'GA', 'p:UA', 'p:LA', 'p:GA', 'OP'],
  'environment.read': ADMINS,
  'environment.write': ['LA', 'GA', 'p:LA', 'p:GA', 'OP'],
  'report.read': PUBLISHER_ADMINS,
  'identity.read': ['UA', 'GA', 'p:UA', 'p:GA', 'OP'],
  'identity.manage': ['GA', 'p:GA', 'OP'],
  'license.usage': ['LA', 'GA', 'p:LA', 'p:GA', 'OP'],
  'lead.read': PUBLISHER,
  'lead.write': PUBLISHER,
  'marketplace.installTargets': EVERYONE,
  'marketplace.install': ['LA', 'GA', 'p:LA', 'p:GA', 'OP'],
  'event.read': ADMINS,
  'partnerEvent.read': PUBLISHER_ADMINS,
  'webhook.read': PUBLISHER_ADMINS,
  'webhook.write': ['p:GA'],
};

/** How each action finds its tenant: named in the path (own), the caller's (caller), or none. */
const TENANT_RULE: Record<Action, 'own' | 'caller' | 'none'> = Object.fromEntries(
  (Object.keys(ALLOWED) as Action[]).map((action) => [
    action,
    [
      'apiToken.manage', 'operator.tenants.read', 'operator.tenants.write', 'operator.program.read', 'operator.program.decide', 'runtime.check',
      'signingKeys.rotate', 'operator.jobs.run',
    ].includes(action)
      ? 'none'
      : ['graph.licenses.read', 'graph.licenses.assign', 'lead.read', 'lead.write', 'marketplace.installTargets', 'marketplace.install', 'partnerEvent.read', 'webhook.read', 'webhook.write'].includes(action)
        ? 'caller'
        : 'own',
  ]),
) as Record<Action, 'own' | 'caller' | 'none'>;

const ROLE_OF: Record<string, Role[]> = { member: [], UA: ['user_admin'], LA: ['license_admin'], BA: ['billing_admin'], GA: ['global_admin'], OP: ['global_admin', 'operator'] };
const TENANT_OF = (who: Who) => (who === 'OP' ? 'operator-tenant' : who.startsWith('p:') ? 'publisher-tenant' : 'customer-tenant');

function actor(who: Who, scopes: Actor['scopes'] = null): Actor {
  return {
    userId: `user-${who}`,
    tenantId: TENANT_OF(who),
    userPrincipalName: `${who}@example.com`,
    displayName: who,
    roles: new Set(ROLE_OF[who.replace('p:', '')]),
    isPublisher: who.startsWith('p:'),
    scopes,
    via: scopes ? 'token' : 'session',
  };
}

const outcome = (run: () => unknown): number => {
  try {
    run();
    return 200;
  } catch (error) {
    if (error instanceof DomainError) return error.status;
    throw error;
  }
};

test('every action has a row in the matrix', () => {
  assert.deepEqual(Object.keys(POLICIES).sort(), Object.keys(ALLOWED).sort());
});

test('every action × every kind of caller: allowed exactly where the matrix says, 403 elsewhere', () => {
  for (const action of Object.keys(POLICIES) as Action[]) {
    for (const who of EVERYONE) {
      const status = outcome(() => authorize(actor(who), action, { tenantId: TENANT_OF(who) }));
      assert.equal(status, ALLOWED[action].includes(who) ? 200 : 403, `${who} → ${action}`);
    }
  }
});

test('nobody reaches into another tenant (404), nobody anonymous (401), and a token without the scope gets 403', () => {
  for (const [action, policy] of Object.entries(POLICIES) as [Action, (typeof POLICIES)[Action]][]) {
    assert.equal(outcome(() => authorize(null, action, { tenantId: 'customer-tenant' })), 401, action);
    if (policy.tenant === 'own') {
      for (const who of ALLOWED[action]) assert.equal(outcome(() => authorize(actor(who), action, { tenantId: 'someone-elses-tenant' })), 404, `${who} → ${action}`);
    }
    const who = ALLOWED[action][0]!;
    const otherScope = policy.scope === 'directory.read' ? 'partner.read' : 'directory.read';
    assert.equal(outcome(() => authorize(actor(who, new Set([otherScope])), action, { tenantId: TENANT_OF(who) })), 403, `token → ${action}`);
  }
});

/**
 * Acting on one person: who the caller is × what they do × whom it is done to.
 * A Global admin acts on anyone in a customer tenant, a User admin only on
 * people without admin roles (and never on roles); in the operator's tenant
 * and on operators, only operators.
 */
type Target = 'member' | 'UA' | 'LA' | 'BA' | 'GA' | 'OP';
const TARGETS: Target[] = ['member', 'UA', 'LA', 'BA', 'GA', 'OP'];
const CALLERS: Who[] = ['member', 'UA', 'LA', 'BA', 'GA', 'OP'];
const ON_USERS: Record<'member' | 'UA' | 'LA' | 'BA' | 'GA' | 'OP', Record<'customer' | 'operator', Record<UserTargetAction, Target[]>>> = (() => {
  const none = Object.fromEntries(USER_TARGET_ACTIONS.map((a) => [a, []])) as unknown as Record<UserTargetAction, Target[]>;
  const all = (targets: Target[]) => Object.fromEntries(USER_TARGET_ACTIONS.map((a) => [a, targets])) as Record<UserTargetAction, Target[]>;
  const userAdmin = { ...all(['member']), 'user.setRoles': [] };
  return {
    member: { customer: none, operator: none },
    UA: { customer: userAdmin, operator: none },
    LA: { customer: none, operator: none },
    BA: { customer: none, operator: none },
    GA: { customer: all(['member', 'UA', 'LA', 'BA', 'GA']), operator: none },
    OP: { customer: all(TARGETS), operator: all(TARGETS) },
  };
})();

test('acting on a person: every action × caller × target role, in a customer tenant and in the operator’s', () => {
  for (const tenantKind of ['customer', 'operator'] as TenantKind[]) {
    for (const who of CALLERS) {
      for (const action of USER_TARGET_ACTIONS) {
        for (const target of TARGETS) {
          const problem = userTargetProblem(actor(who), action, { roles: ROLE_OF[target]!, tenantKind });
          const allowed = ON_USERS[who as keyof typeof ON_USERS][tenantKind][action].includes(target);
          assert.equal(problem === null, allowed, `${tenantKind}: ${who} → ${action} → ${target}: ${problem}`);
        }
      }
    }
  }
});

/**
 * The third axis: how the caller comes. A browser session carries the owner's
 * roles; an API token carries them only with the action's scope, so for every
 * action × caller × scope the token is allowed exactly when the session is and
 * the token holds that scope (API tokens are never managed with a token).
 */
test('every action × caller × token scope: a token acts only with the action\'s scope, and never beyond its owner', () => {
  for (const [action, policy] of Object.entries(POLICIES) as [Action, (typeof POLICIES)[Action]][]) {
    for (const who of EVERYONE) {
      for (const scope of SCOPES) {
        const status = outcome(() => authorize(actor(who, new Set<Scope>([scope])), action, { tenantId: TENANT_OF(who) }));
        const allowed = ALLOWED[action].includes(who) && scope === policy.scope && action !== 'apiToken.manage';
        assert.equal(status, allowed ? 200 : 403, `${who} with a "${scope}" token → ${action}`);
      }
      const everyScope = outcome(() => authorize(actor(who, new Set<Scope>(SCOPES)), action, { tenantId: TENANT_OF(who) }));
      assert.equal(everyScope, ALLOWED[action].includes(who) && action !== 'apiToken.manage' ? 200 : 403, `${who} with every scope → ${action}`);
    }
  }
});

test('where each action finds its tenant, and what authorize() hands the store', () => {
  for (const [action, policy] of Object.entries(POLICIES) as [Action, (typeof POLICIES)[Action]][]) {
    assert.equal(policy.tenant, TENANT_RULE[action], action);
    const who = ALLOWED[action][0]!;
    const scope = authorize(actor(who), action, { tenantId: TENANT_OF(who) });
    if (policy.tenant === 'none') assert.equal(scope, null, `${action} acts in no tenant`);
    else assert.equal(scope?.tenantId, TENANT_OF(who), `${action} acts in the caller's own tenant`);
    if (policy.tenant === 'caller') {
      // The path names no tenant: the caller's own is used whatever the request says.
      assert.equal(authorize(actor(who), action, {})?.tenantId, TENANT_OF(who), `${action} without a tenant in the path`);
    }
    if (policy.tenant === 'own') {
      assert.equal(outcome(() => authorize(actor(who), action, {})), 400, `${action} needs the tenant in the path`);
    }
  }
});
