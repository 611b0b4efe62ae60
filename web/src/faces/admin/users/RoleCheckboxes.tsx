import type { DirectoryRole, TenantRole } from '../../../api/users';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { choicesOf } from '../../../components/choices';
import { ROLE_LABELS } from '../../../session/access';

const ROLE_DESCRIPTIONS: Record<TenantRole, string> = {
  global_admin: 'everything in the Admin Center, including admin roles',
  billing_admin: 'relationships with publishers',
  license_admin: 'license assignments',
  user_admin: 'users and groups',
};

const ROLE_OPTIONS = choicesOf(ROLE_DESCRIPTIONS).map((role) => ({
  value: role,
  label: `${ROLE_LABELS[role]} — ${ROLE_DESCRIPTIONS[role]}`,
}));

interface RoleCheckboxesProps {
  label: string;
  value: DirectoryRole[];
  onChange(roles: DirectoryRole[]): void;
  validationMessage?: string;
}

/** Picks a user's admin roles, each with what it lets them manage. */
export function RoleCheckboxes({ label, value, onChange, validationMessage }: RoleCheckboxesProps) {
  return <CheckboxGroup label={label} options={ROLE_OPTIONS} value={value} onChange={onChange} validationMessage={validationMessage} />;
}
