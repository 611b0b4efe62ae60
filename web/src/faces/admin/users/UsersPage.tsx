import { Button } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, CertificateRegular, DismissCircleRegular, PeopleRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { listProducts } from '../../../api/licenses';
import { exportUsersUrl, listUsers, type ListedUser, type UserFilters } from '../../../api/users';
import { countOf } from '../../../components/formatting';
import { LabelFilter, ListResults, ListSearch, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { PageHeader } from '../../../components/PageHeader';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { directoryWriter, licenseAssigner } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { BulkLicensesDialog, type BulkMode } from './BulkLicensesDialog';
import { CreateUserDialog } from './CreateUserDialog';
import { TENANT_ROLE_LABELS } from './tenantRoles';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 25;

/** The Licenses filter's value ("unlicensed", "licensed" or a plan ID) as the API's filters. */
function licenseFilters(value: string): Pick<UserFilters, 'licensed' | 'planId'> {
  if (value === 'unlicensed') return { licensed: 'false' };
  if (value === 'licensed') return { licensed: 'true' };
  return value ? { planId: value } : {};
}

/** What the Users page's detail drawer (its child route) gets from the list. */
export interface UsersOutletContext {
  reloadUsers(): void;
}

export function UsersPage() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const list = useListQuery();
  const role = list.choice('role', TENANT_ROLE_LABELS);
  const license = list.param('license');
  const creating = list.param('create') === '1';
  const canWrite = directoryWriter.allows(session);
  const canAssign = licenseAssigner.allows(session);
  const tenantId = session.tenant.id;
  const [selected, setSelected] = useState<Map<string, ListedUser>>(new Map());
  // The selection is taken when the dialog opens: clearing it afterwards must not change whom the dialog reports on.
  const [bulk, setBulk] = useState<{ mode: BulkMode; users: ListedUser[] } | null>(null);

  const filters: UserFilters = { ...(list.search ? { search: list.search } : {}), ...(role ? { role } : {}), ...licenseFilters(license) };
  const users = useApiResource((signal) => listUsers(tenantId, { ...filters, limit: PAGE_SIZE, offset: list.offset }, signal), [tenantId, list.search, role, license, list.offset]);
  const products = useApiResource((signal) => listProducts(tenantId, {}, signal), [tenantId]);
  const filtered = Boolean(list.search || role || license);
  const licenseLabels: Record<string, string> = { unlicensed: 'Unlicensed', licensed: 'Licensed', ...Object.fromEntries((products.data?.items ?? []).map((p) => [p.planId, p.name])) };

  const select = (changed: ListedUser[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const user of changed) {
        if (on) next.set(user.id, user);
        else next.delete(user.id);
      }
      return next;
    });
  /** After any assignment: the list (Licenses column) and the products' free seats are read again. */
  const reloadAfterAssignment = () => {
    users.reload();
    products.reload();
  };

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
        {canAssign && (
          <>
            <Button icon={<CertificateRegular />} disabled={selected.size === 0} onClick={() => setBulk({ mode: 'assign', users: [...selected.values()] })}>
              Assign licenses{selected.size ? ` (${selected.size})` : ''}
            </Button>
            <Button icon={<DismissCircleRegular />} disabled={selected.size === 0} onClick={() => setBulk({ mode: 'unassign', users: [...selected.values()] })}>
              Unassign licenses
            </Button>
          </>
        )}
        <Button as="a" icon={<ArrowDownloadRegular />} href={exportUsersUrl(tenantId, filters)} download>
          Export (CSV)
        </Button>
        <RefreshButton onClick={reloadAfterAssignment} />
        <ListSearch list={list} label="Search users" placeholder="Search by name or user principal name" />
        <LabelFilter
          label="Filter by admin role"
          allLabel="All users"
          labels={TENANT_ROLE_LABELS}
          value={role}
          onChange={(value) => list.setParam({ role: value, offset: '' })}
        />
        <LabelFilter label="Filter by license" allLabel="Any licenses" labels={licenseLabels} value={license} onChange={(value) => list.setParam({ license: value, offset: '' })} />
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
        {(items) => (
          <UsersTable
            users={items}
            linkTo={(user) => `/admin/users/${user.id}${listSearch()}`}
            selection={canAssign ? { selected: new Set(selected.keys()), onChange: select } : undefined}
          />
        )}
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
      {bulk && (
        <BulkLicensesDialog
          mode={bulk.mode}
          tenantId={tenantId}
          users={bulk.users}
          products={products.data?.items ?? []}
          onClose={() => setBulk(null)}
          onDone={() => {
            setSelected(new Map());
            reloadAfterAssignment();
          }}
        />
      )}
      <Outlet context={{ reloadUsers: reloadAfterAssignment } satisfies UsersOutletContext} />
    </>
  );
}
