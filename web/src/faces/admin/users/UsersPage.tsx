import { Button, Dropdown, makeStyles, Option, SearchBox, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowUploadRegular, PeopleRegular, PersonAddRegular } from '@fluentui/react-icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { listUsers, type DirectoryRole } from '../../../api/users';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { directoryWriter, ROLE_LABELS } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { CreateUserDialog } from './CreateUserDialog';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 25;
const ROLE_FILTERS: DirectoryRole[] = ['global_admin', 'billing_admin', 'license_admin', 'user_admin'];

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  search: { width: '320px' },
  total: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
});

/** What the Users page's detail drawer (its child route) gets from the list. */
export interface UsersOutletContext {
  reloadUsers(): void;
}

export function UsersPage() {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const list = useListQuery();
  const role = list.param('role') as DirectoryRole | '';
  const creating = list.param('create') === '1';
  const canWrite = directoryWriter.allows(session);
  const tenantId = session.tenant.id;

  const users = useApiResource(
    (signal) => listUsers(tenantId, { search: list.search || undefined, role: role || undefined, limit: PAGE_SIZE, offset: list.offset }, signal),
    [tenantId, list.search, role, list.offset],
  );
  const filtered = Boolean(list.search || role);

  /** The list's search and filters, carried into a user's URL so closing the drawer returns to them. */
  const listSearch = () => {
    const params = new URLSearchParams(location.search);
    params.delete('create');
    const text = params.toString();
    return text ? `?${text}` : '';
  };

  return (
    <>
      <PageHeader title="Users" description={`People in ${session.tenant.displayName} who can sign in and be given licenses.`} />
      <div className={styles.toolbar} role="toolbar" aria-label="User actions">
        {canWrite && (
          <>
            <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => list.setParam({ create: '1' })}>
              Add a user
            </Button>
            <Button icon={<ArrowUploadRegular />} onClick={() => navigate('/admin/users/import')}>
              Import users
            </Button>
          </>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={users.reload}>
          Refresh
        </Button>
        <SearchBox
          className={styles.search}
          aria-label="Search users"
          placeholder="Search by name or user principal name"
          value={list.searchText}
          onChange={(_, data) => list.setSearchText(data.value)}
        />
        <Dropdown
          aria-label="Filter by admin role"
          value={role ? ROLE_LABELS[role] : 'All users'}
          selectedOptions={[role]}
          onOptionSelect={(_, data) => list.setParam({ role: data.optionValue ?? '', offset: '' })}
        >
          <Option value="">All users</Option>
          {ROLE_FILTERS.map((filterRole) => (
            <Option key={filterRole} value={filterRole}>
              {ROLE_LABELS[filterRole]}
            </Option>
          ))}
        </Dropdown>
        {users.data && <Text className={styles.total}>{countOf(users.data.total, 'user')}</Text>}
      </div>
      <ErrorMessage error={users.error} title="Couldn't load users" />
      {!users.data && users.loading && <LoadingState />}
      {users.data && users.data.items.length === 0 && (
        <EmptyState
          icon={<PeopleRegular />}
          title={filtered ? 'No users match' : 'No users yet'}
          message={filtered ? 'Try another name, or clear the filters.' : 'Add people one by one, or import them from a CSV file.'}
        />
      )}
      {users.data && users.data.items.length > 0 && (
        <>
          <UsersTable users={users.data.items} linkTo={(user) => `/admin/users/${user.id}${listSearch()}`} />
          <Pager offset={list.offset} pageSize={PAGE_SIZE} total={users.data.total} onOffsetChange={list.setOffset} />
        </>
      )}
      {creating && (
        <CreateUserDialog
          onClose={() => list.setParam({ create: '' })}
          onCreated={(user) => {
            users.reload();
            navigate(`/admin/users/${user.id}${listSearch()}`);
          }}
        />
      )}
      <Outlet context={{ reloadUsers: users.reload } satisfies UsersOutletContext} />
    </>
  );
}
