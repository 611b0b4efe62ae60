import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { listGroups } from '../../../api/groups';
import { countOf, formatDate } from '../../../components/formatting';
import { ListResults, ListSearch, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { PageHeader } from '../../../components/PageHeader';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { directoryWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { GroupFormDialog } from './GroupFormDialog';
import { useDataTableStyles } from '../../../components/dataTable';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  search: { width: '320px' },
  description: { color: tokens.colorNeutralForeground2 },
  groupIcon: { color: tokens.colorBrandForeground1, fontSize: '20px', display: 'flex' },
});

/** The tenant's security groups: who belongs together for license assignment. */
export function GroupsPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const list = useListQuery();
  const creating = list.param('create') === '1';
  const canWrite = directoryWriter.allows(session);
  const groups = useApiResource(
    (signal) => listGroups(session.tenant.id, { search: list.search || undefined, limit: PAGE_SIZE, offset: list.offset }, signal),
    [session.tenant.id, list.search, list.offset],
  );

  return (
    <>
      <PageHeader title="Groups" description="Security groups collect users and other groups, so you can give licenses to many people at once." />
      <ListToolbar label="Group actions" total={groups.data && countOf(groups.data.total, 'group')}>
        {canWrite && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => list.setParam({ create: '1' })}>
            Create a group
          </Button>
        )}
        <RefreshButton onClick={groups.reload} />
        <ListSearch list={list} label="Search groups" placeholder="Search by name" />
      </ListToolbar>
      <ListResults
        resource={groups}
        errorTitle="Couldn't load groups"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <PeopleTeamRegular />,
          title: list.search ? 'No groups match' : 'No groups yet',
          message: list.search ? 'Try another name.' : 'Create a group to manage licenses for a team in one place.',
        }}
      >
        {(items) => (
          <Table aria-label="Groups" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '30%' }}>Name</TableHeaderCell>
                <TableHeaderCell>Description</TableHeaderCell>
                <TableHeaderCell style={{ width: '120px' }}>Members</TableHeaderCell>
                <TableHeaderCell style={{ width: '140px' }}>Created</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((group) => (
                <TableRow key={group.id}>
                  <TableCell>
                    <TableCellLayout media={<PeopleTeamRegular className={styles.groupIcon} />}>
                      <RouterLink to={`/admin/groups/${group.id}`}>{group.displayName}</RouterLink>
                    </TableCellLayout>
                  </TableCell>
                  <TableCell className={styles.description}>{group.description || '—'}</TableCell>
                  <TableCell>{group.memberCount.toLocaleString()}</TableCell>
                  <TableCell>{formatDate(group.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListResults>
      {creating && (
        <GroupFormDialog onClose={() => list.setParam({ create: '' })} onSaved={(group) => navigate(`/admin/groups/${group.id}`)} />
      )}
    </>
  );
}
