import { definePolicies } from './policy.js';
import { isPublisher } from './rules.js';

/**
 * Partner Center → Leads: the "Contact me" requests visitors send about the
 * publisher's offers. Working leads is everyday sales work, so every member of
 * the publisher tenant may read them, change their status and add notes; an
 * API token needs partner.read / partner.write. Leads are always the caller's
 * own tenant's: the path names no tenant (tenant: 'caller').
 */
export const leadPolicies = definePolicies({
  'lead.read': { tenant: 'caller', scope: 'partner.read', rule: isPublisher, requirement: 'a member of a publisher tenant' },
  'lead.write': { tenant: 'caller', scope: 'partner.write', rule: isPublisher, requirement: 'a member of a publisher tenant' },
});
