import { definePolicies } from './policy.js';
import { isPublisher, type Rule } from './rules.js';

/** A Global admin of a publisher tenant. */
export const publisherGlobalAdmin: Rule = (actor) => actor.isPublisher && actor.roles.has('global_admin');

/**
 * Partner Center offers, plans, packages and publishing. Every member of a
 * publisher tenant may look (and copy Service IDs); changing what customers
 * buy and install is for the publisher's Global admins, as for the tenant's
 * other account-wide settings. An API token needs partner.read / partner.write.
 */
export const offerPolicies = definePolicies({
  'offer.read': { tenant: 'own', scope: 'partner.read', rule: isPublisher, requirement: 'a member of a publisher tenant' },
  'offer.write': { tenant: 'own', scope: 'partner.write', rule: publisherGlobalAdmin, requirement: "a publisher tenant's Global admin" },
});
