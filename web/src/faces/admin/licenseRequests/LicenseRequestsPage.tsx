import {
  Avatar,
  Badge,
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, MailInboxRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import {
  approveLicenseRequest,
  declineLicenseRequest,
  listLicenseRequests,
  type LicenseRequest,
  type LicenseRequestStatus,
} from '../../../api/licenseRequests';
import { listProducts } from '../../../api/licenses';
import { useDataTableStyles } from '../../../components/dataTable';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { countOf, formatDateTime } from '../../../components/formatting';
import { LabelFilter, ListResults, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';

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
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  message: { maxWidth: '320px', whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

type OpenDialog = { kind: 'approve' | 'decline'; request: LicenseRequest } | null;

/** Users' requests for a license, sent from the app launch page: approve (assigns a license) or decline with a note. */
export function LicenseRequestsPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const list = useListQuery();
  const tenantId = session.tenant.id;
  const status = (list.param('status') || 'pending') as LicenseRequestStatus | 'all';
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
        description="When users open an app they have no license for, they can ask for one. Approving assigns them a license at once, if one is free."
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
                <TableHeaderCell style={{ width: '24%' }}>Requested by</TableHeaderCell>
                <TableHeaderCell>App</TableHeaderCell>
                <TableHeaderCell>Message</TableHeaderCell>
                <TableHeaderCell>Requested</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell style={{ width: '200px' }} aria-label="Actions" />
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
                    {request.offer.name}
                    <Text block className={styles.mono}>
                      {request.appModule}
                    </Text>
                  </TableCell>
                  <TableCell className={styles.message}>{request.message || '—'}</TableCell>
                  <TableCell>{formatDateTime(request.createdAt)}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={STATUS_COLORS[request.status]}>
                      {STATUS_LABELS[request.status]}
                    </Badge>
                    {request.decisionNote && (
                      <Text block className={styles.muted}>
                        {request.decisionNote}
                      </Text>
                    )}
                  </TableCell>
                  <TableCell>
                    {request.status === 'pending' && (
                      <span className={styles.actions}>
                        <Button
                          size="small"
                          appearance="primary"
                          icon={<CheckmarkRegular />}
                          aria-label={`Approve ${request.user.displayName}'s request`}
                          onClick={() => setDialog({ kind: 'approve', request })}
                        >
                          Approve
                        </Button>
                        <Button size="small" icon={<DismissRegular />} aria-label={`Decline ${request.user.displayName}'s request`} onClick={() => setDialog({ kind: 'decline', request })}>
                          Decline
                        </Button>
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListResults>
      {dialog && (
        <DecisionDialog
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

function DecisionDialog({ kind, request, onClose, onDone }: { kind: 'approve' | 'decline'; request: LicenseRequest; onClose(): void; onDone(): void }) {
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [note, setNote] = useState('');
  const [planId, setPlanId] = useState('');
  const products = useApiResource((signal) => listProducts(session.tenant.id, {}, signal), [session.tenant.id]);
  const offerProducts = (products.data?.items ?? []).filter((p) => p.offer.id === request.offer.id && p.state !== 'removed');
  const chosen = offerProducts.find((p) => p.planId === planId);
  const approve = kind === 'approve';

  const decide = () =>
    submit(async () => {
      if (approve) {
        await approveLicenseRequest(session.tenant.id, request.id, { ...(planId ? { planId } : {}), note: note.trim() });
        notify(`${request.user.displayName} now has a license for ${request.offer.name}`);
      } else {
        await declineLicenseRequest(session.tenant.id, request.id, note.trim());
        notify(`${request.user.displayName}'s request was declined`);
      }
      onDone();
    });

  return (
    <FormDialog
      open
      title={approve ? `Approve ${request.user.displayName}'s request?` : `Decline ${request.user.displayName}'s request?`}
      submitLabel={approve ? 'Approve and assign' : 'Decline'}
      busy={busy}
      error={error}
      errorTitle={approve ? 'The request was not approved' : undefined}
      fields={['planId', 'note']}
      onSubmit={decide}
      onClose={onClose}
    >
      <Text>
        {request.user.displayName} asks for a license to {request.offer.name} ({request.appModule}).
      </Text>
      {approve && (
        <Field
          label="License to assign"
          hint="By default, the first plan that grants this app and has a free license."
          validationMessage={fieldMessage(error, 'planId')}
        >
          <Dropdown
            value={chosen ? `${chosen.name} (${chosen.available} available)` : 'Automatically'}
            selectedOptions={[planId]}
            onOptionSelect={(_, data) => setPlanId(data.optionValue ?? '')}
          >
            <Option value="">Automatically</Option>
            {offerProducts.map((product) => (
              <Option key={product.planId} value={product.planId} text={`${product.name} (${product.available} available)`}>
                {`${product.name} (${product.available} available)`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label="Note to the requester" hint="Optional; they see it on the app's launch page." validationMessage={fieldMessage(error, 'note')}>
        <Textarea value={note} maxLength={1000} onChange={(_, data) => setNote(data.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
