import { anyMember, hasAnyRole } from './rules.js';
import { definePolicies } from './policy.js';

/**
 * Get it now in the marketplace, for a signed-in visitor's own organization
 * (the path names no tenant: tenant 'caller'). Any member may ask where the
 * app could go (the answer names the admins to ask); installing is the Admin
 * Center's install, so it takes what installing there takes.
 */
export const marketplacePolicies = definePolicies({
  'marketplace.installTargets': { tenant: 'caller', scope: 'directory.read', rule: anyMember, requirement: 'a member of the organization' },
  'marketplace.install': { tenant: 'caller', scope: 'licenses.write', rule: hasAnyRole('global_admin', 'license_admin'), requirement: 'a Global or License admin' },
});
