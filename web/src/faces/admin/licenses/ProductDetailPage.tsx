import {
  Avatar,
  Button,
  Card,
  Checkbox,
  Dropdown,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  SearchBox,
  Tab,
  TabList,
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
import {
  AppsAddInRegular,
  ArrowClockwiseRegular,
  DocumentArrowUpRegular,
  PeopleTeamRegular,
  PersonAddRegular,
  PersonDeleteRegular,
} from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  getProduct,
  listHolders,
  unassignLicenses,
  type Assignment,
  type AssignmentResult,
  type Holder,
  type HolderSource,
  type SeatState,
} from '../../../api/licenses';
import { choiceOr, choicesOf } from '../../../components/choices';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CopyButton } from '../../../components/CopyButton';
import { useDataTableStyles } from '../../../components/dataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf, formatDate } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { ParentLink } from '../../../components/ParentLink';
import { RouterLink } from '../../../components/RouterLink';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { environmentWriter, licenseAssigner } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { InstallDialog } from '../environments/InstallDialog';
import { AssignDialog } from './AssignDialog';
import { CsvAssignDialog } from './CsvAssignDialog';
import { ProductStateBadge, productStateText, SeatStateBadge } from './ProductStateBadge';
import { usageReader } from './usageAccess';

/** The usage section draws charts with ECharts: loaded only on this page, and only for those who may see it. */
const loadUsageSection = () => import('./ProductUsageSection');
const loadSeatsSection = () => import('./ProductSeatsSection');
const ProductUsageSection = lazy(loadUsageSection);
const ProductSeatsSection = lazy(loadSeatsSection);

const HOLDERS_PAGE = 50;

const useStyles = makeStyles({
  facts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(180px, 100%), 1fr))', gap: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalL },
  count: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalXXS },
  countAlert: { border: `1px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  countValue: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
  countLabel: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL, alignItems: 'center' },
  banners: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  // On a phone the tabs take two lines rather than run off the screen.
  tabs: { marginBottom: tokens.spacingVerticalM, flexWrap: 'wrap' },
  filters: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', marginBottom: tokens.spacingVerticalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  groupIcon: { color: tokens.colorBrandForeground1, fontSize: '20px', display: 'flex' },
  waiting: { color: tokens.colorPaletteRedForeground1 },
  selectionBar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalS, minHeight: '32px' },
});

type OpenDialog = { kind: 'assign' } | { kind: 'csv' } | { kind: 'install' } | { kind: 'unassign'; items: Assignment[] } | null;
/** The tabs under the product (the URL's ?tab=; the first when it names none). */
const DETAIL_TABS = { assignments: 'Assigned to', holders: 'Users with this license', installations: 'Installed in' } as const;
/** The holders list's seat filter. */
const SEAT_FILTER_LABELS: Record<SeatState, string> = { active: 'With a license', not_enough_licenses: 'Not enough licenses' };

/** How a user holds the product: directly, or through which group (and the nested groups in between). */
function sourceText(source: HolderSource): string {
  if (source.kind === 'direct') return 'Direct';
  const via = source.via.length ? ` (via ${source.via.map((g) => g.name).join(' › ')})` : '';
  return `Group: ${source.groupName}${via}`;
}

/** One product: its counts and state, who holds it and how, assigning and unassigning, and where its app is installed. */
export function ProductDetailPage() {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { planId = '' } = useParams();
  const list = useListQuery();
  const tenantId = session.tenant.id;
  const tab = list.choice('tab', DETAIL_TABS) || 'assignments';
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [result, setResult] = useState<AssignmentResult>();
  const product = useApiResource((signal) => getProduct(tenantId, planId, signal), [tenantId, planId]);
  const canAssign = licenseAssigner.allows(session);
  const canInstall = environmentWriter.allows(session);
  const canSeeUsage = usageReader.allows(session);
  // The sections' code downloads while the product itself loads, not after it (the module cache keeps one copy).
  if (canSeeUsage) {
    void loadUsageSection();
    void loadSeatsSection();
  }

  const current = product.data?.planId === planId ? product.data : undefined;
  if (!current) return product.error ? <ErrorMessage error={product.error} title="Couldn't load this product" /> : <LoadingState />;
  const close = () => setDialog(null);
  const assigned = (outcome: AssignmentResult) => {
    close();
    setResult(outcome);
    notify('Licenses assigned');
    product.reload();
  };

  return (
    <>
      <PageHeader
        above={<ParentLink to="/admin/licenses">Licenses</ParentLink>}
        title={current.name}
        description={
          <span className={styles.facts}>
            <ProductStateBadge state={current.state} />
            {current.nextChangeAt && current.state !== 'removed' && <span>{productStateText(current)}</span>}
            <span>
              {current.offer.name} by {current.publisher.name}
            </span>
            <span className={styles.mono}>{current.serviceId}</span>
            <CopyButton text={current.serviceId} label="Copy Service ID" />
          </span>
        }
      />
      <div className={styles.counts} role="group" aria-label="License counts">
        {(
          [
            ['Purchased', current.purchased, false],
            ['Assigned', current.assigned, false],
            ['Available', current.available, false],
            ['Not enough licenses', current.notEnoughLicenses, current.notEnoughLicenses > 0],
          ] as const
        ).map(([label, value, alert]) => (
          <Card key={label} className={mergeClasses(styles.count, alert && styles.countAlert)} aria-label={`${label}: ${value}`}>
            <Text className={styles.countLabel}>{label}</Text>
            <Text className={styles.countValue}>{value.toLocaleString()}</Text>
          </Card>
        ))}
      </div>
      <div className={styles.banners}>
        {current.state === 'warning' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The deal for these licenses has ended</MessageBarTitle>
              They keep working in a grace period{current.nextChangeAt ? ` until ${formatDate(current.nextChangeAt)}` : ''}. Ask {current.publisher.name} to renew it.
            </MessageBarBody>
          </MessageBar>
        )}
        {current.state === 'suspended' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>These licenses are suspended</MessageBarTitle>
              Users can't open the app with them. Assignments are kept{current.nextChangeAt ? ` until ${formatDate(current.nextChangeAt)}` : ''}; a renewal by {current.publisher.name}{' '}
              restores them.
            </MessageBarBody>
          </MessageBar>
        )}
        {current.notEnoughLicenses > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{`Not enough licenses for ${countOf(current.notEnoughLicenses, 'user')}`}</MessageBarTitle>
              They get the product through a group but all {current.purchased.toLocaleString()} licenses are taken, so they can't open the app. Buy more licenses, or unassign
              someone: the users waiting longest get a seat first.
            </MessageBarBody>
          </MessageBar>
        )}
        {result && (result.alreadyAssigned.userIds.length > 0 || result.alreadyAssigned.groupIds.length > 0) && (
          <MessageBar intent="info">
            <MessageBarBody>
              {countOf(result.alreadyAssigned.userIds.length + result.alreadyAssigned.groupIds.length, 'user or group', 'users and groups')} already had it and were left as they were.
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.toolbar} role="toolbar" aria-label="Product actions">
        {canAssign && current.state !== 'removed' && (
          <>
            <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => setDialog({ kind: 'assign' })}>
              Assign licenses
            </Button>
            <Button icon={<DocumentArrowUpRegular />} onClick={() => setDialog({ kind: 'csv' })}>
              Assign from CSV
            </Button>
          </>
        )}
        {canInstall && current.state !== 'removed' && (
          <Button icon={<AppsAddInRegular />} onClick={() => setDialog({ kind: 'install' })}>
            Install this product
          </Button>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={product.reload}>
          Refresh
        </Button>
      </div>
      {canSeeUsage && (
        <Suspense fallback={<LoadingState label="Loading usage…" />}>
          <ProductUsageSection planId={current.planId} productName={current.name} version={current.updatedAt} />
        </Suspense>
      )}
      {canSeeUsage && current.state !== 'removed' && (
        <Suspense fallback={<LoadingState label="Loading seat settings…" />}>
          <ProductSeatsSection planId={current.planId} canManage={canSeeUsage} onChanged={product.reload} version={current.updatedAt} />
        </Suspense>
      )}
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => list.setParam({ tab: data.value === 'assignments' ? '' : String(data.value) })}>
        <Tab value="assignments">{`${DETAIL_TABS.assignments} (${current.assignments.length})`}</Tab>
        <Tab value="holders">{DETAIL_TABS.holders}</Tab>
        <Tab value="installations">{`${DETAIL_TABS.installations} (${current.installations.length})`}</Tab>
      </TabList>
      {tab === 'assignments' && (
        <AssignmentsSection
          key={current.updatedAt}
          assignments={current.assignments}
          canUnassign={canAssign}
          onUnassign={(items) => setDialog({ kind: 'unassign', items })}
          onAssign={canAssign ? () => setDialog({ kind: 'assign' }) : undefined}
        />
      )}
      {tab === 'holders' && <HoldersSection key={current.updatedAt} planId={current.planId} />}
      {tab === 'installations' && (
        <Section title="Installed in">
          {current.installations.length === 0 ? (
            <Text className={styles.muted}>
              {current.offer.name} is not installed in any environment yet. Users need the app installed as well as a license.
            </Text>
          ) : (
            <InstallationsTable installations={current.installations} />
          )}
        </Section>
      )}

      {dialog?.kind === 'assign' && (
        <AssignDialog product={current} assignedIds={new Set(current.assignments.map((a) => a.id))} onClose={close} onAssigned={assigned} />
      )}
      {dialog?.kind === 'csv' && <CsvAssignDialog product={current} onClose={close} onAssigned={assigned} />}
      {dialog?.kind === 'install' && (
        <InstallDialog
          offers={[{ id: current.offer.id, name: current.offer.name, publisherName: current.publisher.name }]}
          offerId={current.offer.id}
          onClose={close}
          onInstalled={(app) => {
            close();
            notify(`${app.offer.name} ${app.version} was installed in ${app.environment.name}`);
            product.reload();
          }}
        />
      )}
      {dialog?.kind === 'unassign' && (
        <ConfirmDialog
          open
          title={dialog.items.length === 1 ? `Unassign ${dialog.items[0]!.displayName}?` : `Unassign ${dialog.items.length} users and groups?`}
          confirmLabel="Unassign"
          onClose={close}
          onConfirm={async () => {
            const outcome = await unassignLicenses(tenantId, current.planId, {
              userIds: dialog.items.filter((a) => a.kind === 'user').map((a) => a.id),
              groupIds: dialog.items.filter((a) => a.kind === 'group').map((a) => a.id),
            });
            setResult(undefined);
            notify(`${countOf(dialog.items.length, 'assignment')} removed; ${outcome.product.available.toLocaleString()} licenses available`);
            product.reload();
          }}
        >
          {dialog.items.some((a) => a.kind === 'group')
            ? 'Members who hold the license only through these groups lose it. '
            : 'They lose the license unless they also hold it through a group. '}
          Freed licenses go to the users who have waited longest for one.
        </ConfirmDialog>
      )}
    </>
  );
}

interface AssignmentsSectionProps {
  assignments: Assignment[];
  canUnassign: boolean;
  onUnassign(items: Assignment[]): void;
  onAssign?: () => void;
}

/** Users and groups the product is assigned to directly; select several to unassign them at once. */
function AssignmentsSection({ assignments, canUnassign, onUnassign, onAssign }: AssignmentsSectionProps) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const allSelected = assignments.length > 0 && selected.size === assignments.length;
  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });

  if (assignments.length === 0) {
    return (
      <EmptyState
        icon={<PeopleTeamRegular />}
        title="Not assigned to anyone yet"
        message="Assign the licenses to users, or to a group so that every member gets one."
        action={
          onAssign && (
            <Button appearance="primary" icon={<PersonAddRegular />} onClick={onAssign}>
              Assign licenses
            </Button>
          )
        }
      />
    );
  }
  return (
    <>
      {canUnassign && (
        <div className={styles.selectionBar}>
          <Text className={styles.muted}>{selected.size ? `${selected.size} selected` : 'Select users or groups to unassign several at once.'}</Text>
          {selected.size > 0 && (
            <Button size="small" icon={<PersonDeleteRegular />} onClick={() => onUnassign(assignments.filter((a) => selected.has(a.id)))}>
              Unassign selected
            </Button>
          )}
        </div>
      )}
      <Table aria-label="Assignments" className={tableStyles.table}>
        <TableHeader>
          <TableRow>
            {canUnassign && (
              <TableHeaderCell style={{ width: '44px' }}>
                <Checkbox
                  aria-label="Select all"
                  checked={allSelected ? true : selected.size > 0 ? 'mixed' : false}
                  onChange={(_, data) => setSelected(data.checked === true ? new Set(assignments.map((a) => a.id)) : new Set())}
                />
              </TableHeaderCell>
            )}
            <TableHeaderCell style={{ width: '32%' }}>Assigned to</TableHeaderCell>
            <TableHeaderCell>Type</TableHeaderCell>
            <TableHeaderCell>Seats</TableHeaderCell>
            <TableHeaderCell>Assigned</TableHeaderCell>
            {canUnassign && <TableHeaderCell style={{ width: '130px' }} aria-label="Actions" />}
          </TableRow>
        </TableHeader>
        <TableBody>
          {assignments.map((assignment) => (
            <TableRow key={assignment.id}>
              {canUnassign && (
                <TableCell>
                  <Checkbox aria-label={`Select ${assignment.displayName}`} checked={selected.has(assignment.id)} onChange={(_, data) => toggle(assignment.id, data.checked === true)} />
                </TableCell>
              )}
              <TableCell>
                <TableCellLayout
                  media={assignment.kind === 'user' ? <Avatar name={assignment.displayName} size={28} color="colorful" /> : <PeopleTeamRegular className={styles.groupIcon} />}
                >
                  <RouterLink to={assignment.kind === 'user' ? `/admin/users/${assignment.id}` : `/admin/groups/${assignment.id}`}>{assignment.displayName}</RouterLink>
                  {assignment.userPrincipalName && (
                    <Text block className={styles.muted}>
                      {assignment.userPrincipalName}
                    </Text>
                  )}
                </TableCellLayout>
              </TableCell>
              <TableCell>{assignment.kind === 'user' ? 'User' : 'Group'}</TableCell>
              <TableCell>
                {assignment.kind === 'group' ? (
                  <>
                    {countOf(assignment.activeMembers ?? 0, 'member')} with a license
                    {(assignment.notEnoughMembers ?? 0) > 0 && (
                      <Text block className={styles.waiting}>
                        {countOf(assignment.notEnoughMembers ?? 0, 'member')}: not enough licenses
                      </Text>
                    )}
                  </>
                ) : (
                  '1'
                )}
              </TableCell>
              <TableCell>{formatDate(assignment.assignedAt)}</TableCell>
              {canUnassign && (
                <TableCell>
                  <Button size="small" appearance="subtle" icon={<PersonDeleteRegular />} aria-label={`Unassign ${assignment.displayName}`} onClick={() => onUnassign([assignment])}>
                    Unassign
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

/** Everyone who holds the product, and how: directly or through which group; those beyond the count are marked. */
function HoldersSection({ planId }: { planId: string }) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const [state, setState] = useState<SeatState | ''>('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const holders = useApiResource(
    (signal) => listHolders(session.tenant.id, planId, { state: state || undefined, search: search.trim() || undefined, limit: HOLDERS_PAGE, offset }, signal),
    [session.tenant.id, planId, state, search, offset],
  );
  const items: Holder[] = holders.data?.items ?? [];

  return (
    <>
      <div className={styles.filters}>
        <SearchBox aria-label="Search users with this license" placeholder="Search by name" value={search} onChange={(_, data) => { setSearch(data.value); setOffset(0); }} />
        <Dropdown
          aria-label="Filter by seat"
          value={state ? SEAT_FILTER_LABELS[state] : 'Everyone'}
          selectedOptions={[state]}
          onOptionSelect={(_, data) => {
            setState(choiceOr(SEAT_FILTER_LABELS, data.optionValue, ''));
            setOffset(0);
          }}
        >
          <Option value="">Everyone</Option>
          {choicesOf(SEAT_FILTER_LABELS).map((seat) => (
            <Option key={seat} value={seat}>
              {SEAT_FILTER_LABELS[seat]}
            </Option>
          ))}
        </Dropdown>
        {holders.data && <Text className={styles.muted}>{countOf(holders.data.total, 'user')}</Text>}
      </div>
      <ErrorMessage error={holders.error} title="Couldn't load who holds this product" />
      {!holders.data && holders.loading && <LoadingState />}
      {holders.data && items.length === 0 && <Text className={styles.muted}>No users match.</Text>}
      {items.length > 0 && (
        <>
          <Table aria-label="Users with this license" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '32%' }}>User</TableHeaderCell>
                <TableHeaderCell>License</TableHeaderCell>
                <TableHeaderCell>Holds it</TableHeaderCell>
                <TableHeaderCell>Since</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((holder) => (
                <TableRow key={holder.user.id}>
                  <TableCell>
                    <TableCellLayout media={<Avatar name={holder.user.displayName} size={28} color="colorful" />}>
                      <RouterLink to={`/admin/users/${holder.user.id}`}>{holder.user.displayName}</RouterLink>
                      <Text block className={styles.muted}>
                        {holder.user.userPrincipalName}
                      </Text>
                    </TableCellLayout>
                  </TableCell>
                  <TableCell>
                    <SeatStateBadge state={holder.state} />
                  </TableCell>
                  <TableCell>
                    {holder.sources.map((source, index) => (
                      <Text block key={index}>
                        {sourceText(source)}
                      </Text>
                    ))}
                  </TableCell>
                  <TableCell>{formatDate(holder.since)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager offset={offset} pageSize={HOLDERS_PAGE} total={holders.data?.total ?? 0} onOffsetChange={setOffset} />
        </>
      )}
    </>
  );
}

function InstallationsTable({ installations }: { installations: { id: string; environment: { name: string }; version: string; updateAvailable: boolean; latestVersion: string | null; installedAt: string }[] }) {
  const tableStyles = useDataTableStyles();
  return (
    <Table aria-label="Installations" className={tableStyles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Environment</TableHeaderCell>
          <TableHeaderCell>Version</TableHeaderCell>
          <TableHeaderCell>Installed</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {installations.map((installation) => (
          <TableRow key={installation.id}>
            <TableCell>
              <RouterLink to="/admin/environments">{installation.environment.name}</RouterLink>
            </TableCell>
            <TableCell>
              {installation.version}
              {installation.updateAvailable && ` (update to ${installation.latestVersion} available)`}
            </TableCell>
            <TableCell>{formatDate(installation.installedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
