import { definePolicies } from './policy.js';
import { publisherReader } from './relationship.js';
import { hasAnyRole } from './rules.js';

export const reportPolicies = definePolicies({
  /** Partner Center → Reports: the publisher's own provisioned and assigned licenses, from the ledger. */
  'report.read': { tenant: 'own', scope: 'partner.read', rule: publisherReader, requirement: 'an admin of a publisher tenant' },
  /** Admin Center: a product's usage over time and the holders who have not opened its apps lately. */
  'license.usage': {
    tenant: 'own',
    scope: 'licenses.read',
    rule: hasAnyRole('global_admin', 'license_admin'),
    requirement: 'a Global or License admin',
  },
});
