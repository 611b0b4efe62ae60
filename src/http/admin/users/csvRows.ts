import type { UserRecord } from '../../../store/directory/users.js';
import type { LicenseSummary } from '../../../store/licensing/licenseSummaries.js';

/** The columns of the users export: what the list shows, with licenses spelled out. */
export const USER_CSV_HEADER = ['Display name', 'User principal name', 'Usage location', 'Sign-in', 'Source', 'Admin roles', 'Licenses', 'Created'];

/** "Contoso Pro (direct)", "Fabrikam Basic (Sales, Marketing)": a product and how the user holds it. */
export function licenseText(license: LicenseSummary): string {
  const how = license.sources.map((s) => (s.kind === 'direct' ? 'direct' : s.groupName)).join(', ');
  const waiting = license.state === 'not_enough_licenses' ? ', not enough licenses' : license.state === 'user_disabled' ? ', account disabled' : '';
  return `${license.name} (${how}${waiting})`;
}

export function userCsvRow(user: UserRecord, licenses: LicenseSummary[]): string[] {
  return [
    user.displayName,
    user.userPrincipalName,
    user.usageLocation ?? '',
    user.enabled ? 'Allowed' : 'Blocked',
    user.source,
    user.roles.join('; '),
    licenses.length ? licenses.map(licenseText).join('; ') : 'Unlicensed',
    user.createdAt.toISOString(),
  ];
}
