import { Avatar, Table, TableBody, TableCell, TableCellLayout, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { DirectoryUser } from '../../../api/users';
import { useCountries } from '../../../components/Countries';
import { RouterLink } from '../../../components/RouterLink';
import { RoleBadges } from './RoleBadges';
import { SignInStatus } from './SignInStatus';
import { useDataTableStyles } from '../../../components/dataTable';

interface UsersTableProps {
  users: DirectoryUser[];
  /** Where a user's name leads: their details. */
  linkTo(user: DirectoryUser): string;
}

/** Where a user comes from, as the Admin Center says it. */
export const SOURCE_LABELS: Record<string, string> = { local: 'Local', scim: 'SCIM', sso: 'SSO' };

export function UsersTable({ users, linkTo }: UsersTableProps) {
  const tableStyles = useDataTableStyles();
  const { nameOf } = useCountries();
  return (
    <Table aria-label="Users" size="medium" className={tableStyles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '26%' }}>Display name</TableHeaderCell>
          <TableHeaderCell style={{ width: '28%' }}>User principal name</TableHeaderCell>
          <TableHeaderCell>Location</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Source</TableHeaderCell>
          <TableHeaderCell>Admin roles</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell>
              <TableCellLayout media={<Avatar name={user.displayName} size={28} color="colorful" />}>
                <RouterLink to={linkTo(user)}>{user.displayName}</RouterLink>
              </TableCellLayout>
            </TableCell>
            <TableCell>{user.userPrincipalName}</TableCell>
            <TableCell>{user.usageLocation ? nameOf(user.usageLocation) : '—'}</TableCell>
            <TableCell>
              <SignInStatus enabled={user.enabled} />
            </TableCell>
            <TableCell>{SOURCE_LABELS[user.source] ?? user.source}</TableCell>
            <TableCell>
              <RoleBadges roles={user.roles} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
