import { anyMember, hasAnyRole } from './rules.js';
import { definePolicies } from './policy.js';

export const tenantPolicies = definePolicies({
  'tenant.read': { tenant: 'own', scope: 'directory.read', rule: anyMember, requirement: 'a member of the tenant' },
  'tenant.update': { tenant: 'own', scope: 'directory.write', rule: hasAnyRole('global_admin'), requirement: 'a Global admin' },
  'audit.read': {
    tenant: 'own',
    scope: 'directory.read',
    rule: hasAnyRole('global_admin', 'billing_admin', 'license_admin', 'user_admin'),
    requirement: 'a Global, Billing, License or User admin',
  },
});
