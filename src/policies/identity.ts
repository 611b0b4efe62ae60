import { hasAnyRole } from './rules.js';
import { definePolicies } from './policy.js';

/**
 * Identity (issue 16): sign-in with the organization's identity provider and
 * SCIM provisioning. Admins see how people get in; only a Global admin
 * changes it (providers, domains, SCIM tokens).
 */
export const identityPolicies = definePolicies({
  'identity.read': {
    tenant: 'own',
    scope: 'directory.read',
    rule: hasAnyRole('global_admin', 'user_admin'),
    requirement: 'a Global admin or a User admin',
  },
  'identity.manage': { tenant: 'own', scope: 'directory.write', rule: hasAnyRole('global_admin'), requirement: 'a Global admin' },
});
