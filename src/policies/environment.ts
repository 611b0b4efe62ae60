import { hasAnyRole } from './rules.js';
import { definePolicies } from './policy.js';

export const environmentPolicies = definePolicies({
  'environment.read': {
    tenant: 'own',
    scope: 'licenses.read',
    rule: hasAnyRole('global_admin', 'license_admin', 'user_admin', 'billing_admin'),
    requirement: 'an admin of the tenant',
  },
  /** Environments and the apps installed in them. */
  'environment.write': { tenant: 'own', scope: 'licenses.write', rule: hasAnyRole('global_admin', 'license_admin'), requirement: 'a Global or License admin' },
});
