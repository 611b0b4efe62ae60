import { Avatar, Checkbox, makeStyles, Table, TableBody, TableCell, TableCellLayout, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { ListedUser, UserLicenseSummary } from '../../../api/users';
import { useCountries } from '../../../components/Countries';
import { RouterLink } from '../../../components/RouterLink';
import { RoleBadges } from './RoleBadges';
import { SignInStatus } from './SignInStatus';
import { useDataTableStyles } from '../../../components/dataTable';
import { useMediaQuery } from '../../../components/useMediaQuery';

/** Phones: the table keeps the user and their licenses; the rest is in the user's panel. */
const PHONE = '(max-width: 599.98px)';

const useStyles = makeStyles({
  select: { width: '44px' },
  unlicensed: { color: tokens.colorNeutralForeground3 },
  /** A badge must not break inside its pill when the Licenses column takes room. */
  nowrap: { whiteSpace: 'nowrap' },
  upn: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  waiting: { color: tokens.colorPaletteRedForeground1 },
});

interface UsersTableProps {
  users: ListedUser[];
  /** Where a user's name leads: their details. */
  linkTo(user: ListedUser): string;
  /** With selection: a check box per row and one for the whole page. */
  selection?: { selected: ReadonlySet<string>; onChange(users: ListedUser[], selected: boolean): void };
}

/** Where a user comes from, as the Admin Center says it. */
export const SOURCE_LABELS: Record<string, string> = { local: 'Local', scim: 'SCIM', sso: 'SSO' };

/** "Contoso Pro, Fabrikam Basic" or "Unlicensed", with a warning for a license waiting for a seat. */
function LicensesCell({ licenses }: { licenses: UserLicenseSummary[] }) {
  const styles = useStyles();
  if (licenses.length === 0) return <Text className={styles.unlicensed}>Unlicensed</Text>;
  // One element: in the list layout each child of a cell is a line of its own, and this is one sentence.
  return (
    <span>
      {licenses.map((license, index) => (
        <span key={license.planId}>
          {index > 0 && ', '}
          {license.name}
          {license.state === 'not_enough_licenses' && <span className={styles.waiting}> (not enough licenses)</span>}
          {license.state === 'user_disabled' && <span className={styles.unlicensed}> (no seat: sign-in blocked)</span>}
        </span>
      ))}
    </span>
  );
}

export function UsersTable({ users, linkTo, selection }: UsersTableProps) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const { nameOf } = useCountries();
  const phone = useMediaQuery(PHONE);
  const selectedHere = selection ? users.filter((u) => selection.selected.has(u.id)).length : 0;
  return (
    <Table aria-label="Users" size="medium" className={tableStyles.table}>
      <TableHeader>
        <TableRow>
          {selection && (
            <TableHeaderCell className={styles.select} aria-label="Select">
              <Checkbox
                aria-label="Select all users on this page"
                checked={selectedHere === 0 ? false : selectedHere === users.length ? true : 'mixed'}
                onChange={() => selection.onChange(users, selectedHere < users.length)}
              />
            </TableHeaderCell>
          )}
          <TableHeaderCell style={phone ? undefined : { width: '20%' }}>{phone ? 'User' : 'Display name'}</TableHeaderCell>
          {!phone && <TableHeaderCell style={{ width: '22%' }}>User principal name</TableHeaderCell>}
          <TableHeaderCell>Licenses</TableHeaderCell>
          {!phone && (
            <>
              <TableHeaderCell>Location</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Source</TableHeaderCell>
              <TableHeaderCell>Admin roles</TableHeaderCell>
            </>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            {selection && (
              <TableCell>
                <Checkbox aria-label={`Select ${user.displayName}`} checked={selection.selected.has(user.id)} onChange={(_, data) => selection.onChange([user], data.checked === true)} />
              </TableCell>
            )}
            <TableCell>
              {phone ? (
                <>
                  <RouterLink to={linkTo(user)}>{user.displayName}</RouterLink>
                  <Text size={200} className={styles.upn}>
                    {user.userPrincipalName}
                  </Text>
                  {!user.enabled && <SignInStatus enabled={false} />}
                </>
              ) : (
                <TableCellLayout media={<Avatar name={user.displayName} size={28} color="colorful" />}>
                  <RouterLink to={linkTo(user)}>{user.displayName}</RouterLink>
                </TableCellLayout>
              )}
            </TableCell>
            {!phone && <TableCell>{user.userPrincipalName}</TableCell>}
            <TableCell>
              <LicensesCell licenses={user.licenses} />
            </TableCell>
            {!phone && (
              <>
                <TableCell>{user.usageLocation ? nameOf(user.usageLocation) : '—'}</TableCell>
                <TableCell className={styles.nowrap}>
                  <SignInStatus enabled={user.enabled} />
                </TableCell>
                <TableCell>{SOURCE_LABELS[user.source] ?? user.source}</TableCell>
                <TableCell className={styles.nowrap}>
                  <RoleBadges roles={user.roles} />
                </TableCell>
              </>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
