import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, DismissRegular, HistoryRegular } from '@fluentui/react-icons';
import { listAuditEvents } from '../../../api/audit';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf, formatDateTime } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { useSession } from '../../../session/SessionContext';
import { useDataTableStyles } from '../../../components/dataTable';

const PAGE_SIZE = 50;

/** Activity filters: each is an action prefix the API matches. */
const ACTIVITIES = [
  { prefix: '', label: 'All activities' },
  { prefix: 'user.', label: 'Users' },
  { prefix: 'group.', label: 'Groups' },
  { prefix: 'tenant.', label: 'Organization' },
  { prefix: 'api_token.', label: 'API tokens' },
  { prefix: 'license.', label: 'License assignments' },
  { prefix: 'license_request.', label: 'License requests' },
  { prefix: 'relationship.', label: 'Publisher relationships' },
  { prefix: 'deal.', label: 'Deals' },
  { prefix: 'environment.', label: 'Environments' },
  { prefix: 'app.', label: 'Installed apps' },
];

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  total: { marginLeft: 'auto', color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalS },
  when: { whiteSpace: 'nowrap', width: '190px' },
  action: { fontFamily: tokens.fontFamilyMonospace },
});

/** A date picked in the browser's time zone, as the start (or end) of that day in ISO 8601. */
function dayBoundary(date: string, end: boolean): string | undefined {
  if (!date) return undefined;
  return new Date(`${date}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString();
}

/** Who changed what in the organization, newest first. */
export function AuditLogPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const list = useListQuery();
  const action = list.param('action');
  const from = list.param('from');
  const to = list.param('to');
  const events = useApiResource(
    (signal) =>
      listAuditEvents(
        session.tenant.id,
        { action: action || undefined, since: dayBoundary(from, false), until: dayBoundary(to, true), limit: PAGE_SIZE, offset: list.offset },
        signal,
      ),
    [session.tenant.id, action, from, to, list.offset],
  );
  const filtered = Boolean(action || from || to);

  return (
    <>
      <PageHeader title="Audit log" description="Every change to your organization's directory, licenses and settings, with who made it and when." />
      <div className={styles.filters} role="search" aria-label="Filter the audit log">
        <Field label="Activity">
          <Dropdown
            value={ACTIVITIES.find((activity) => activity.prefix === action)?.label ?? action}
            selectedOptions={[action]}
            onOptionSelect={(_, data) => list.setParam({ action: data.optionValue ?? '', offset: '' })}
          >
            {ACTIVITIES.map((activity) => (
              <Option key={activity.prefix} value={activity.prefix}>
                {activity.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="From">
          <Input type="date" value={from} max={to || undefined} onChange={(_, data) => list.setParam({ from: data.value, offset: '' })} />
        </Field>
        <Field label="To">
          <Input type="date" value={to} min={from || undefined} onChange={(_, data) => list.setParam({ to: data.value, offset: '' })} />
        </Field>
        {filtered && (
          <Button appearance="subtle" icon={<DismissRegular />} onClick={() => list.setParam({ action: '', from: '', to: '', offset: '' })}>
            Clear filters
          </Button>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={events.reload}>
          Refresh
        </Button>
        {events.data && <Text className={styles.total}>{countOf(events.data.total, 'event')}</Text>}
      </div>
      <ErrorMessage error={events.error} title="Couldn't load the audit log" />
      {!events.data && events.loading && <LoadingState />}
      {events.data?.items.length === 0 && (
        <EmptyState
          icon={<HistoryRegular />}
          title={filtered ? 'No activity matches' : 'No activity yet'}
          message={filtered ? 'Try another activity or a wider date range.' : 'Changes to users, groups, licenses and settings will appear here.'}
        />
      )}
      {events.data && events.data.items.length > 0 && (
        <>
          <Table aria-label="Audit events" size="small" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.when}>Date</TableHeaderCell>
                <TableHeaderCell>Activity</TableHeaderCell>
                <TableHeaderCell style={{ width: '200px' }}>Action</TableHeaderCell>
                <TableHeaderCell style={{ width: '220px' }}>By</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {events.data.items.map((event) => (
                <TableRow key={event.id}>
                  <TableCell className={styles.when}>{formatDateTime(event.occurredAt)}</TableCell>
                  <TableCell>{event.summary}</TableCell>
                  <TableCell>
                    <Badge appearance="outline" color="informative" className={styles.action}>
                      {event.action}
                    </Badge>
                  </TableCell>
                  <TableCell>{event.actor.displayName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager offset={list.offset} pageSize={PAGE_SIZE} total={events.data.total} onOffsetChange={list.setOffset} />
        </>
      )}
    </>
  );
}
