import { anyMember, hasAnyRole, isOperator, isPublisher } from './rules.js';
import { definePolicies } from './policy.js';

export const runtimePolicies = definePolicies({
  /** Apps ask with a publisher's runtime key; the route then limits it to that publisher's app modules. */
  'runtime.check': { tenant: 'none', scope: 'runtime.check', rule: isPublisher, requirement: "a publisher's runtime key" },
  'launch.use': { tenant: 'own', scope: 'licenses.read', rule: anyMember, requirement: 'a member of the tenant' },
  /** Asking for a license writes a request: a read scope never writes. */
  'licenseRequest.create': { tenant: 'own', scope: 'licenses.write', rule: anyMember, requirement: 'a member of the tenant' },
  'licenseRequest.manage': {
    tenant: 'own',
    scope: 'licenses.write',
    rule: hasAnyRole('global_admin', 'license_admin', 'user_admin'),
    requirement: 'a Global, License or User admin',
  },
  'signingKeys.rotate': { tenant: 'none', scope: 'operator', rule: isOperator, requirement: 'the platform operator' },
});
