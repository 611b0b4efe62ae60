import {
  Button,
  makeStyles,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { listGroups } from '../../../api/groups';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf, formatDate } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { RouterLink } from '../../../components/RouterLink';
import { Pager } from '../../../components/Pager';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { directoryWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { GroupFormDialog } from './GroupFormDialog';
import { useDataTableStyles } from '../../../components/dataTable';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  search: { width: '320px' },
  total: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
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
      <div className={styles.toolbar} role="toolbar" aria-label="Group actions">
        {canWrite && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => list.setParam({ create: '1' })}>
            Create a group
          </Button>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={groups.reload}>
          Refresh
        </Button>
        <SearchBox
          className={styles.search}
          aria-label="Search groups"
          placeholder="Search by name"
          value={list.searchText}
          onChange={(_, data) => list.setSearchText(data.value)}
        />
        {groups.data && <Text className={styles.total}>{countOf(groups.data.total, 'group')}</Text>}
      </div>
      <ErrorMessage error={groups.error} title="Couldn't load groups" />
      {!groups.data && groups.loading && <LoadingState />}
      {groups.data?.items.length === 0 && (
        <EmptyState
          icon={<PeopleTeamRegular />}
          title={list.search ? 'No groups match' : 'No groups yet'}
          message={list.search ? 'Try another name.' : 'Create a group to manage licenses for a team in one place.'}
        />
      )}
      {groups.data && groups.data.items.length > 0 && (
        <>
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
              {groups.data.items.map((group) => (
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
          <Pager offset={list.offset} pageSize={PAGE_SIZE} total={groups.data.total} onOffsetChange={list.setOffset} />
        </>
      )}
      {creating && (
        <GroupFormDialog onClose={() => list.setParam({ create: '' })} onSaved={(group) => navigate(`/admin/groups/${group.id}`)} />
      )}
    </>
  );
}
