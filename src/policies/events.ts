import { definePolicies } from './policy.js';
import { publisherGlobalAdmin } from './offer.js';
import { publisherReader } from './relationship.js';
import { hasAnyRole } from './rules.js';

/**
 * The change feed (issue 17). A customer tenant's admins read its own events
 * (as they read its audit log); a publisher's admins read the events about its
 * offers and customers, and its Global admins manage where they are sent
 * (webhook endpoints carry signing secrets). API tokens need directory.read,
 * partner.read or partner.write.
 */
export const eventPolicies = definePolicies({
  'event.read': {
    tenant: 'own',
    scope: 'directory.read',
    rule: hasAnyRole('global_admin', 'billing_admin', 'license_admin', 'user_admin'),
    requirement: 'an admin of the tenant',
  },
  'partnerEvent.read': { tenant: 'caller', scope: 'partner.read', rule: publisherReader, requirement: 'an admin of a publisher tenant' },
  'webhook.read': { tenant: 'caller', scope: 'partner.read', rule: publisherReader, requirement: 'an admin of a publisher tenant' },
  'webhook.write': { tenant: 'caller', scope: 'partner.write', rule: publisherGlobalAdmin, requirement: "a publisher tenant's Global admin" },
});
