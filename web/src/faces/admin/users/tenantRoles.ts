import type { TenantRole } from '../../../api/users';
import { ROLE_LABELS } from '../../../session/access';

/** An organization's admin roles with their names, in the order filters and pickers list them. */
export const TENANT_ROLE_LABELS: Record<TenantRole, string> = {
  global_admin: ROLE_LABELS.global_admin,
  billing_admin: ROLE_LABELS.billing_admin,
  license_admin: ROLE_LABELS.license_admin,
  user_admin: ROLE_LABELS.user_admin,
};
