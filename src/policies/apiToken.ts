import { anyMember } from './rules.js';
import { definePolicies } from './policy.js';

/** Every user manages their own API tokens; a token cannot mint or list tokens (session only, see authorize). */
export const apiTokenPolicies = definePolicies({
  'apiToken.manage': { tenant: 'none', scope: 'directory.write', rule: anyMember, requirement: 'signed in' },
});
