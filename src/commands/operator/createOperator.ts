import { conflict, invalid } from '../../domain/problems.js';
import { passwordProblem } from '../../identity/passwords.js';
import { grantTenantScope } from '../../policies/tenantScope.js';
import type { UserRecord } from '../../store/directory/users.js';
import type { CommandContext } from '../context.js';
import { createUser } from '../directory/createUser.js';

export interface CreateOperatorProps {
  userPrincipalName: string;
  displayName: string;
  password: string;
}

/**
 * Adds an operator account (`licensehub-server create-operator`): a Global
 * admin of the operator's tenant with the operator role. It runs for whoever
 * holds the server's database (its console, the data folder's owner), not for
 * a web caller, which is why it may act on the operator's tenant here; the
 * audit log records it as done by the system.
 */
export async function createOperator(ctx: CommandContext, props: CreateOperatorProps): Promise<UserRecord> {
  const problem = passwordProblem(props.password);
  if (problem) throw invalid('password', problem);
  const operatorTenant = await ctx.tx.selectFrom('tenants').select('id').where('kind', '=', 'operator').executeTakeFirst();
  if (!operatorTenant) throw conflict('This database has no operator tenant yet: start LicenseHub on it once, then add operators');
  return createUser(ctx, {
    scope: grantTenantScope(operatorTenant.id),
    userPrincipalName: props.userPrincipalName,
    displayName: props.displayName,
    password: props.password,
    roles: ['global_admin', 'operator'],
  });
}
