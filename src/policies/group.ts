import { anyMember, hasAnyRole } from './rules.js';
import { definePolicies } from './policy.js';

export const groupPolicies = definePolicies({
  'group.read': { tenant: 'own', scope: 'directory.read', rule: anyMember, requirement: 'a member of the tenant' },
  'group.write': {
    tenant: 'own',
    scope: 'directory.write',
    rule: hasAnyRole('global_admin', 'user_admin'),
    requirement: 'a Global admin or a User admin',
  },
});
