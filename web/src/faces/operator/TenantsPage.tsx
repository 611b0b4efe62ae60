import {
  Button,
  makeStyles,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, BuildingMultipleRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { listAllTenants } from '../../api/operatorTenants';
import { countOf, formatDate } from '../../components/formatting';
import { ListResults, ListSearch, ListToolbar, RefreshButton } from '../../components/ListPage';
import { PageHeader } from '../../components/PageHeader';
import { RouterLink } from '../../components/RouterLink';
import { useApiResource } from '../../components/useApiResource';
import { useListQuery } from '../../components/useListQuery';
import { ProgramStatusBadge } from '../partner/ProgramStatusBadge';
import { CreateTenantDialog } from './CreateTenantDialog';
import { TenantKind } from './TenantKind';
import { useDataTableStyles } from '../../components/dataTable';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  search: { width: '320px' },
  muted: { color: tokens.colorNeutralForeground3 },
  number: { textAlign: 'right' },
});

/** Every organization on the platform: customers, publishers and the operator itself. */
export function TenantsPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const navigate = useNavigate();
  const list = useListQuery();
  const publishersOnly = list.param('publishers') === '1';
  const creating = list.param('create') === '1';
  const tenants = useApiResource(
    (signal) =>
      listAllTenants({ search: list.search || undefined, publishersOnly: publishersOnly ? 'true' : undefined, limit: PAGE_SIZE, offset: list.offset }, signal),
    [list.search, publishersOnly, list.offset],
  );
  const filtered = Boolean(list.search || publishersOnly);

  return (
    <>
      <PageHeader title="Tenants" description="Organizations on this LicenseHub: customers who use apps and publishers who sell them." />
      <ListToolbar label="Tenant actions" total={tenants.data && countOf(tenants.data.total, 'tenant')}>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => list.setParam({ create: '1' })}>
          Create tenant
        </Button>
        <RefreshButton onClick={tenants.reload} />
        <ListSearch list={list} label="Search tenants" placeholder="Search by name or domain" />
        <Switch label="Publishers only" checked={publishersOnly} onChange={(_, data) => list.setParam({ publishers: data.checked ? '1' : '', offset: '' })} />
      </ListToolbar>
      <ListResults
        resource={tenants}
        errorTitle="Couldn't load tenants"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <BuildingMultipleRegular />,
          title: filtered ? 'No tenants match' : 'No tenants yet',
          message: filtered ? 'Try another name or domain, or clear the filter.' : 'Create a tenant for each organization that uses this platform.',
        }}
      >
        {(items) => (
          <Table aria-label="Tenants" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '22%' }}>Name</TableHeaderCell>
                <TableHeaderCell>Primary domain</TableHeaderCell>
                <TableHeaderCell>Country or region</TableHeaderCell>
                <TableHeaderCell>Type</TableHeaderCell>
                <TableHeaderCell>Partner program</TableHeaderCell>
                <TableHeaderCell style={{ width: '80px' }}>Users</TableHeaderCell>
                <TableHeaderCell style={{ width: '80px' }}>Groups</TableHeaderCell>
                <TableHeaderCell style={{ width: '130px' }}>Created</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((tenant) => (
                <TableRow key={tenant.id}>
                  <TableCell>
                    <RouterLink to={`/operator/tenants/${tenant.id}`}>{tenant.displayName}</RouterLink>
                  </TableCell>
                  <TableCell>{tenant.primaryDomain}</TableCell>
                  <TableCell>{tenant.countryName}</TableCell>
                  <TableCell>
                    <TenantKind tenant={tenant} />
                  </TableCell>
                  <TableCell>{tenant.isPublisher ? <ProgramStatusBadge status={tenant.programStatus} /> : <span className={styles.muted}>—</span>}</TableCell>
                  <TableCell>{tenant.userCount.toLocaleString()}</TableCell>
                  <TableCell>{tenant.groupCount.toLocaleString()}</TableCell>
                  <TableCell>{formatDate(tenant.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListResults>
      {creating && (
        <CreateTenantDialog onClose={() => list.setParam({ create: '' })} onCreated={(tenant) => navigate(`/operator/tenants/${tenant.id}`)} />
      )}
    </>
  );
}
