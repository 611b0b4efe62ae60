import {
  Avatar,
  Badge,
  Button,
  makeStyles,
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
import { CheckmarkRegular, DismissRegular, MailInboxRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { listLicenseRequests, type LicenseRequest, type LicenseRequestStatus } from '../../../api/licenseRequests';
import { useDataTableStyles } from '../../../components/dataTable';
import { countOf, formatDateTime } from '../../../components/formatting';
import { LabelFilter, ListResults, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { PageHeader } from '../../../components/PageHeader';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { useSession } from '../../../session/SessionContext';
import { LicenseRequestDecisionDialog } from './LicenseRequestDecisionDialog';

const PAGE_SIZE = 25;
const FILTER_LABELS: Record<LicenseRequestStatus | 'all', string> = {
  pending: 'Waiting for an answer',
  approved: 'Approved',
  declined: 'Declined',
  all: 'All requests',
};
const STATUS_COLORS = { pending: 'warning', approved: 'success', declined: 'subtle' } as const;
const STATUS_LABELS = { pending: 'Pending', approved: 'Approved', declined: 'Declined' } as const;

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { maxWidth: '320px', whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  blocked: { display: 'block', maxWidth: '280px', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  number: { fontVariantNumeric: 'tabular-nums' },
});

/** Who or what answered a request: a request also closes by itself once its requester gets a seat that grants the app. */
function decidedByText(decidedBy: NonNullable<LicenseRequest['decidedBy']>): string {
  const name = decidedBy.user?.displayName;
  switch (decidedBy.kind) {
    case 'admin':
      return name ? `By ${name}` : 'By an admin';
    case 'waiting_room':
      return name ? `From the waiting room, by ${name}` : 'By the waiting room, with a free seat';
    case 'assignment':
      return name ? `Assigned by ${name}` : 'The license was assigned';
    case 'auto_claim':
      return 'Took a free seat by opening the app';
  }
}

type OpenDialog = { kind: 'approve' | 'decline'; request: LicenseRequest } | null;

/** Users' requests for a license, sent from the app launch page: approve (assigns a license) or decline with a note. */
export function LicenseRequestsPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const list = useListQuery();
  const tenantId = session.tenant.id;
  const status = list.choice('status', FILTER_LABELS) || 'pending';
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const requests = useApiResource(
    (signal) => listLicenseRequests(tenantId, { status: status === 'all' ? undefined : status, limit: PAGE_SIZE, offset: list.offset }, signal),
    [tenantId, status, list.offset],
  );
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title="License requests"
        description="When users open an app they have no license for, they can ask for one. Approving assigns them a seat of the product at once, if one is free; either way they get an email with your answer."
      />
      <ListToolbar label="Request filters" total={requests.data && countOf(requests.data.total, 'request')}>
        <LabelFilter
          label="Show requests"
          labels={FILTER_LABELS}
          value={status}
          onChange={(value) => list.setParam({ status: value === 'pending' ? '' : value, offset: '' })}
        />
        <RefreshButton onClick={requests.reload} />
      </ListToolbar>
      <ListResults
        resource={requests}
        errorTitle="Couldn't load license requests"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <MailInboxRegular />,
          title: status === 'pending' ? 'No requests are waiting' : 'No requests match',
          message: status === 'pending' ? 'Requests users send from an app’s launch page appear here.' : 'Try another filter.',
        }}
      >
        {(items) => (
          <Table aria-label="License requests" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '22%' }}>Requested by</TableHeaderCell>
                <TableHeaderCell>License</TableHeaderCell>
                <TableHeaderCell>Free seats</TableHeaderCell>
                <TableHeaderCell>Message</TableHeaderCell>
                <TableHeaderCell>Requested</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell style={{ width: '220px' }}>Actions</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((request) => (
                <TableRow key={request.id}>
                  <TableCell>
                    <TableCellLayout media={<Avatar name={request.user.displayName} size={28} color="colorful" />}>
                      {request.user.displayName}
                      <Text block className={styles.muted}>
                        {request.user.userPrincipalName}
                      </Text>
                    </TableCellLayout>
                  </TableCell>
                  <TableCell>
                    <Text>{request.plan?.name ?? (request.status === 'pending' ? 'No license that grants it' : request.appName)}</Text>
                    <Text block className={styles.muted}>
                      {request.plan || request.status === 'pending' ? `${request.appName} · ${request.offer.name}` : request.offer.name}
                    </Text>
                  </TableCell>
                  <TableCell className={styles.number}>{request.status === 'pending' && request.plan ? request.plan.freeSeats.toLocaleString() : '—'}</TableCell>
                  <TableCell className={styles.message}>{request.message || '—'}</TableCell>
                  <TableCell>{formatDateTime(request.createdAt)}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={STATUS_COLORS[request.status]}>
                      {STATUS_LABELS[request.status]}
                    </Badge>
                    {request.decidedBy && (
                      <Text block className={styles.muted}>
                        {decidedByText(request.decidedBy)}
                      </Text>
                    )}
                    {request.decisionNote && (
                      <Text block className={styles.muted}>
                        {request.decisionNote}
                      </Text>
                    )}
                  </TableCell>
                  <TableCell>
                    {request.status === 'pending' && <RequestActions request={request} onDecide={(kind) => setDialog({ kind, request })} />}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListResults>
      {dialog && (
        <LicenseRequestDecisionDialog
          kind={dialog.kind}
          request={dialog.request}
          onClose={close}
          onDone={() => {
            close();
            requests.reload();
          }}
        />
      )}
    </>
  );
}

/**
 * Approve and Decline. Approve is disabled (still focusable, so keyboard and screen reader users
 * reach it and hear why) when no product that grants the app has a free seat; the reason and the
 * way out (the product's page: waiting room, seats) show under it.
 */
function RequestActions({ request, onDecide }: { request: LicenseRequest; onDecide(kind: 'approve' | 'decline'): void }) {
  const styles = useStyles();
  const reasonId = `request-${request.id}-blocked`;
  const blocked = request.cannotApproveReason;
  return (
    <>
      <span className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          icon={<CheckmarkRegular />}
          aria-label={`Approve ${request.user.displayName}'s request`}
          disabledFocusable={blocked !== null}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={() => onDecide('approve')}
        >
          Approve
        </Button>
        <Button size="small" icon={<DismissRegular />} aria-label={`Decline ${request.user.displayName}'s request`} onClick={() => onDecide('decline')}>
          Decline
        </Button>
      </span>
      {blocked && (
        <span className={styles.blocked}>
          <span id={reasonId}>{blocked}</span> {request.plan && <RouterLink to={`/admin/licenses/${request.plan.id}`}>{`Open ${request.plan.name}`}</RouterLink>}
        </span>
      )}
    </>
  );
}
