import { anyMember, hasAnyRole } from './rules.js';
import { definePolicies } from './policy.js';

export const userPolicies = definePolicies({
  'user.read': { tenant: 'own', scope: 'directory.read', rule: anyMember, requirement: 'a member of the tenant' },
  'user.write': {
    tenant: 'own',
    scope: 'directory.write',
    rule: hasAnyRole('global_admin', 'user_admin'),
    requirement: 'a Global admin or a User admin',
  },
  'user.roles': { tenant: 'own', scope: 'directory.write', rule: hasAnyRole('global_admin'), requirement: 'a Global admin' },
});
