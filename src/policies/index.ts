import { apiTokenPolicies } from './apiToken.js';
import { dealPolicies } from './deal.js';
import { environmentPolicies } from './environment.js';
import { eventPolicies } from './events.js';
import { graphPolicies } from './graph.js';
import { groupPolicies } from './group.js';
import { licensePolicies } from './license.js';
import { marketplacePolicies } from './marketplace.js';
import { leadPolicies } from './leads.js';
import { offerPolicies } from './offer.js';
import { operatorPolicies } from './operator.js';
import { partnerProgramPolicies } from './partnerProgram.js';
import { runtimePolicies } from './runtime.js';
import type { Policy } from './policy.js';
import { relationshipPolicies } from './relationship.js';
import { reportPolicies } from './report.js';
import { tenantPolicies } from './tenant.js';
import { userPolicies } from './user.js';
import { identityPolicies } from './identity.js';

/** Every action the product knows, and who may do it. */
export const POLICIES = {
  ...tenantPolicies,
  ...userPolicies,
  ...groupPolicies,
  ...apiTokenPolicies,
  ...operatorPolicies,
  ...partnerProgramPolicies,
  ...offerPolicies,
  ...runtimePolicies,
  ...relationshipPolicies,
  ...dealPolicies,
  ...licensePolicies,
  ...graphPolicies,
  ...environmentPolicies,
  ...reportPolicies,
  ...leadPolicies,
  ...marketplacePolicies,
  ...eventPolicies,
  ...identityPolicies,
} satisfies Record<string, Policy>;

export type Action = keyof typeof POLICIES;
