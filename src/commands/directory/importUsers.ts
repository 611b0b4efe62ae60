import type { ImportCandidate, RejectedRow, UserImportPlan } from '../../domain/directory/userImport.js';
import { conflict, DomainError } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import { getOwnTenant } from '../../store/directory/tenants.js';
import { insertImportedUsers, takenPrincipalNames } from '../../store/directory/userImport.js';
import { isUniqueViolation } from '../../store/errors.js';
import type { CommandContext } from '../context.js';
import { randomUUID } from 'node:crypto';

export interface ImportUsersResult {
  dryRun: boolean;
  created: { line: number; id: string | null; userPrincipalName: string }[];
  rejected: RejectedRow[];
}

/** The parsed and row-checked file (planUserImport, run off the request thread), and the tenant domain it was checked for. */
export interface PlannedImport {
  plan: UserImportPlan;
  tenantDomain: string;
}

/**
 * Bulk-creates users from a CSV upload. Rows that fail validation, or whose
 * name is already taken, are reported and skipped; the rest are created in
 * the same transaction, so a failure part-way creates nobody. A dry run goes
 * through every check the real run does and stops just before writing.
 */
export async function importUsers(ctx: CommandContext, props: { scope: TenantScope; planned: PlannedImport; dryRun: boolean }): Promise<ImportUsersResult> {
  const tenant = await getOwnTenant(ctx.tx, props.scope);
  if (tenant.primaryDomain !== props.planned.tenantDomain) {
    throw conflict(`The organization's domain changed to ${tenant.primaryDomain} while the file was being checked; send it again`);
  }
  const { plan } = props.planned;
  if (!plan.ok) {
    const detail = plan.fileProblems.map((p) => `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`).join('; ');
    throw new DomainError(400, 'The CSV file cannot be read', detail, { problems: plan.fileProblems });
  }
  const rejected = [...plan.rejected];
  const names = plan.candidates.map((c) => c.userPrincipalName.toLowerCase());
  const taken = new Set(await takenPrincipalNames(ctx.tx, names));
  const accepted = plan.candidates.filter((c) => {
    if (!taken.has(c.userPrincipalName.toLowerCase())) return true;
    rejected.push({ line: c.line, userPrincipalName: c.userPrincipalName, errors: ['A user with this user principal name already exists'] });
    return false;
  });
  rejected.sort((a, b) => a.line - b.line);
  const created = accepted.map((c) => ({ ...c, id: props.dryRun ? null : randomUUID() }));
  if (!props.dryRun && created.length) {
    try {
      await insertImportedUsers(ctx.tx, props.scope, tenant.country, created as (ImportCandidate & { id: string })[]);
    } catch (error) {
      // Someone created one of these names after the check above (another import, the API, SCIM).
      if (isUniqueViolation(error, 'users_upn_key')) throw conflict('A user in this file was created by someone else at the same moment; run the import again to see which');
      throw error;
    }
    await recordAudit(ctx.tx, ctx.actor, {
      tenantId: props.scope.tenantId,
      action: 'user.imported',
      targetType: 'tenant',
      targetId: props.scope.tenantId,
      summary: `Imported ${created.length} user${created.length === 1 ? '' : 's'} from CSV (${rejected.length} rejected)`,
    });
    await recordEntitlementChange(ctx, { kind: 'users', tenantId: props.scope.tenantId, userIds: created.map((c) => c.id!) });
  }
  return {
    dryRun: props.dryRun,
    created: created.map((c) => ({ line: c.line, id: c.id, userPrincipalName: c.userPrincipalName })),
    rejected,
  };
}
