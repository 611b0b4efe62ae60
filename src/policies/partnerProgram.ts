import { publisherGlobalAdmin } from './offer.js';
import { definePolicies } from './policy.js';
import { isOperator, isPublisher } from './rules.js';

/**
 * The partner program: any member of a publisher tenant sees where it
 * stands; its Global admins apply; the operator reviews and decides.
 */
export const partnerProgramPolicies = definePolicies({
  'partnerProgram.read': { tenant: 'own', scope: 'partner.read', rule: isPublisher, requirement: 'a member of a publisher tenant' },
  'partnerProgram.apply': { tenant: 'own', scope: 'partner.write', rule: publisherGlobalAdmin, requirement: "a publisher tenant's Global admin" },
  'operator.program.read': { tenant: 'none', scope: 'operator', rule: isOperator, requirement: 'the platform operator' },
  'operator.program.decide': { tenant: 'none', scope: 'operator', rule: isOperator, requirement: 'the platform operator' },
});
