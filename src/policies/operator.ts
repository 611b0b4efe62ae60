import { isOperator } from './rules.js';
import { definePolicies } from './policy.js';

export const operatorPolicies = definePolicies({
  'operator.tenants.read': { tenant: 'none', scope: 'operator', rule: isOperator, requirement: 'the platform operator' },
  'operator.tenants.write': { tenant: 'none', scope: 'operator', rule: isOperator, requirement: 'the platform operator' },
});
