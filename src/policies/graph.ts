import { hasAnyRole } from './rules.js';
import { definePolicies } from './policy.js';

/**
 * The Microsoft Graph–compatible licensing API: the same rights as the Admin
 * Center's licenses pages, in the caller's own tenant (Graph URLs name none).
 */
export const graphPolicies = definePolicies({
  'graph.licenses.read': {
    tenant: 'caller',
    scope: 'licenses.read',
    rule: hasAnyRole('global_admin', 'license_admin', 'user_admin', 'billing_admin'),
    requirement: 'a Global, License, User or Billing admin',
  },
  'graph.licenses.assign': {
    tenant: 'caller',
    scope: 'licenses.write',
    rule: hasAnyRole('global_admin', 'license_admin', 'user_admin'),
    requirement: 'a Global, License or User admin',
  },
});
