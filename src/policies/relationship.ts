import type { Rule } from './rules.js';
import { hasAnyRole } from './rules.js';
import { definePolicies } from './policy.js';

/** Publisher staff who manage customers and deals in Partner Center. */
export const publisherAdmin: Rule = (actor) => actor.isPublisher && hasAnyRole('global_admin', 'billing_admin')(actor);
export const publisherReader: Rule = (actor) => actor.isPublisher && hasAnyRole('global_admin', 'billing_admin', 'license_admin', 'user_admin')(actor);

export const relationshipPolicies = definePolicies({
  /** Partner Center: invitations and the relationships they became. */
  'partnerRelationship.read': { tenant: 'own', scope: 'partner.read', rule: publisherReader, requirement: 'an admin of a publisher tenant' },
  'partnerRelationship.write': { tenant: 'own', scope: 'partner.write', rule: publisherAdmin, requirement: 'a Global or Billing admin of a publisher tenant' },
  /** Admin Center: consent to publishers. */
  'relationship.read': {
    tenant: 'own',
    scope: 'directory.read',
    rule: hasAnyRole('global_admin', 'billing_admin', 'license_admin', 'user_admin'),
    requirement: 'an admin of the tenant',
  },
  'relationship.respond': { tenant: 'own', scope: 'directory.write', rule: hasAnyRole('global_admin', 'billing_admin'), requirement: 'a Global or Billing admin' },
});
