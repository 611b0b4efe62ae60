import { definePolicies } from './policy.js';
import { publisherAdmin, publisherReader } from './relationship.js';

export const dealPolicies = definePolicies({
  'deal.read': { tenant: 'own', scope: 'partner.read', rule: publisherReader, requirement: 'an admin of a publisher tenant' },
  /** Registering deals and provisioning licenses. */
  'deal.write': { tenant: 'own', scope: 'partner.write', rule: publisherAdmin, requirement: 'a Global or Billing admin of a publisher tenant' },
});
