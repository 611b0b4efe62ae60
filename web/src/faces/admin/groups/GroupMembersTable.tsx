import { Avatar, Button, makeStyles, Table, TableBody, TableCell, TableCellLayout, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { PeopleTeamRegular, PersonDeleteRegular } from '@fluentui/react-icons';
import type { GroupMember } from '../../../api/groups';
import { formatDate } from '../../../components/formatting';
import { RouterLink } from '../../../components/RouterLink';
import { SignInStatus } from '../users/SignInStatus';
import { useDataTableStyles } from '../../../components/dataTable';

const useStyles = makeStyles({
  groupIcon: { color: tokens.colorBrandForeground1, fontSize: '20px', display: 'flex', width: '28px', justifyContent: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface GroupMembersTableProps {
  members: GroupMember[];
  /** Present when the viewer may remove members. */
  onRemove?(member: GroupMember): void;
}

/** A group's direct members: users and nested groups. */
export function GroupMembersTable({ members, onRemove }: GroupMembersTableProps) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const linkTo = (member: GroupMember) => (member.type === 'user' ? `/admin/users/${member.id}` : `/admin/groups/${member.id}`);

  return (
    <Table aria-label="Members" className={tableStyles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '28%' }}>Name</TableHeaderCell>
          <TableHeaderCell style={{ width: '90px' }}>Type</TableHeaderCell>
          <TableHeaderCell>User principal name</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell style={{ width: '130px' }}>Added</TableHeaderCell>
          {onRemove && <TableHeaderCell style={{ width: '120px' }} aria-label="Actions" />}
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => (
          <TableRow key={member.id}>
            <TableCell>
              <TableCellLayout
                media={member.type === 'user' ? <Avatar name={member.displayName} size={28} color="colorful" /> : <PeopleTeamRegular className={styles.groupIcon} />}
              >
                <RouterLink to={linkTo(member)}>{member.displayName}</RouterLink>
              </TableCellLayout>
            </TableCell>
            <TableCell>{member.type === 'user' ? 'User' : 'Group'}</TableCell>
            <TableCell>{member.userPrincipalName ?? <span className={styles.muted}>—</span>}</TableCell>
            <TableCell>{member.enabled === null ? <span className={styles.muted}>—</span> : <SignInStatus enabled={member.enabled} />}</TableCell>
            <TableCell>{formatDate(member.addedAt)}</TableCell>
            {onRemove && (
              <TableCell>
                <Button appearance="subtle" size="small" icon={<PersonDeleteRegular />} aria-label={`Remove ${member.displayName}`} onClick={() => onRemove(member)}>
                  Remove
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
