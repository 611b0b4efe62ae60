import { randomUUID } from 'node:crypto';
import { createTenant } from './commands/operator/createTenant.js';
import { generatePassword, passwordProblem } from './identity/passwords.js';
import { runUseCase, withoutLocalIndex } from './commands/runUseCase.js';
import type { Db } from './store/transaction.js';

export const OPERATOR_DOMAIN = 'licensehub.local';
export const OPERATOR_UPN = `admin@${OPERATOR_DOMAIN}`;

export interface BootstrapResult {
  created: boolean;
  /** Set only when we generated it: printed once, never stored in clear. */
  generatedPassword: string | null;
}

/**
 * On an empty database, creates the operator's tenant and account. The
 * password comes from LICENSEHUB_ADMIN_PASSWORD, or is generated and handed
 * back to be printed once.
 */
export async function bootstrapOperator(db: Db, adminPassword: string | null, now: Date): Promise<BootstrapResult> {
  const existing = await db.selectFrom('tenants').select('id').where('kind', '=', 'operator').executeTakeFirst();
  if (existing) return { created: false, generatedPassword: null };
  const weak = adminPassword && passwordProblem(adminPassword, { userPrincipalName: OPERATOR_UPN, displayName: 'Platform Operator' });
  if (weak) throw new Error(`LICENSEHUB_ADMIN_PASSWORD ${weak}`);
  const password = adminPassword ?? generatePassword();
  await runUseCase(withoutLocalIndex(db), 'system', (ctx) =>
    createTenant(
      ctx,
      {
        id: randomUUID(),
        displayName: 'LicenseHub Operator',
        primaryDomain: OPERATOR_DOMAIN,
        country: 'US',
        kind: 'operator',
        admin: { userPrincipalName: OPERATOR_UPN, displayName: 'Platform Operator', password },
      },
    ),
    { now },
  );
  return { created: true, generatedPassword: adminPassword ? null : password };
}
