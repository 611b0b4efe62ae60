import { hasAnyRole, isOperator } from './rules.js';
import { definePolicies } from './policy.js';

export const licensePolicies = definePolicies({
  /** Products, their holders and who holds what; Billing admins may look. */
  'license.read': {
    tenant: 'own',
    scope: 'licenses.read',
    rule: hasAnyRole('global_admin', 'license_admin', 'user_admin', 'billing_admin'),
    requirement: 'a Global, License, User or Billing admin',
  },
  'license.assign': {
    tenant: 'own',
    scope: 'licenses.write',
    rule: hasAnyRole('global_admin', 'license_admin', 'user_admin'),
    requirement: 'a Global, License or User admin',
  },
  /** A product's seat policy: auto-claim, waiting room, reclamation (issue 18). */
  'license.policy': {
    tenant: 'own',
    scope: 'licenses.write',
    rule: hasAnyRole('global_admin', 'license_admin'),
    requirement: 'a Global or License admin',
  },
  /** Runs the license lifecycle job now instead of waiting for its timer. */
  'operator.jobs.run': { tenant: 'none', scope: 'operator', rule: isOperator, requirement: 'the platform operator' },
});
