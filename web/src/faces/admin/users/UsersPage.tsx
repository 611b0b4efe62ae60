import { Button } from '@fluentui/react-components';
import { ArrowUploadRegular, PeopleRegular, PersonAddRegular } from '@fluentui/react-icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { listUsers, type DirectoryRole } from '../../../api/users';
import { countOf } from '../../../components/formatting';
import { LabelFilter, ListResults, ListSearch, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { PageHeader } from '../../../components/PageHeader';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { directoryWriter, ROLE_LABELS } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { CreateUserDialog } from './CreateUserDialog';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 25;
const ROLE_FILTERS: DirectoryRole[] = ['global_admin', 'billing_admin', 'license_admin', 'user_admin'];
const ROLE_FILTER_LABELS = Object.fromEntries(ROLE_FILTERS.map((role) => [role, ROLE_LABELS[role]])) as Record<DirectoryRole, string>;

/** What the Users page's detail drawer (its child route) gets from the list. */
export interface UsersOutletContext {
  reloadUsers(): void;
}

export function UsersPage() {
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
      <ListToolbar label="User actions" total={users.data && countOf(users.data.total, 'user')}>
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
        <RefreshButton onClick={users.reload} />
        <ListSearch list={list} label="Search users" placeholder="Search by name or user principal name" />
        <LabelFilter
          label="Filter by admin role"
          allLabel="All users"
          labels={ROLE_FILTER_LABELS}
          value={role}
          onChange={(value) => list.setParam({ role: value, offset: '' })}
        />
      </ListToolbar>
      <ListResults
        resource={users}
        errorTitle="Couldn't load users"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <PeopleRegular />,
          title: filtered ? 'No users match' : 'No users yet',
          message: filtered ? 'Try another name, or clear the filters.' : 'Add people one by one, or import them from a CSV file.',
        }}
      >
        {(items) => <UsersTable users={items} linkTo={(user) => `/admin/users/${user.id}${listSearch()}`} />}
      </ListResults>
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
