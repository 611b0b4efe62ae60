import type { TokenScope } from '../../api/apiTokens';

export const SCOPE_DESCRIPTIONS: Record<TokenScope, string> = {
  'directory.read': 'Read users, groups and the audit log',
  'directory.write': 'Create and change users and groups',
  'partner.read': 'Read offers, plans and deals',
  'partner.write': 'Manage offers, plans and deals',
  'licenses.read': 'Read licenses and assignments',
  'licenses.write': 'Assign and unassign licenses, ask for licenses',
  'runtime.check': 'Check whether a user may run an app',
  operator: 'Manage tenants on the platform',
};
