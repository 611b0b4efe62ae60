import {
  Button,
  Field,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, RibbonRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { approveApplication, declineApplication, listApplications, type ApplicationFilter, type OperatorApplication } from '../../../api/program';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useDataTableStyles } from '../../../components/dataTable';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { countOf, formatDateTime } from '../../../components/formatting';
import { LabelFilter, ListResults, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { useSubmit } from '../../../components/useSubmit';
import { ProgramStatusBadge } from '../../partner/ProgramStatusBadge';

const PAGE_SIZE = 25;
const FILTER_LABELS: Record<ApplicationFilter, string> = {
  pending: 'Waiting for review',
  approved: 'Approved',
  declined: 'Declined',
  all: 'All applications',
};

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  missing: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

type OpenDialog = { kind: 'approve' | 'decline'; application: OperatorApplication } | null;

/** Publishers' partner program applications: approve them, or decline with a reason they will read. */
export function ApplicationsPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const notify = useNotify();
  const list = useListQuery();
  const status = list.choice('status', FILTER_LABELS) || 'pending';
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const applications = useApiResource((signal) => listApplications({ status, limit: PAGE_SIZE, offset: list.offset }, signal), [status, list.offset]);

  return (
    <>
      <PageHeader
        title="Partner program"
        description="Publishers apply to the partner program before their offers can use app license management. Check who they are, then approve or decline."
      />
      <ListToolbar label="Application filters" total={applications.data && countOf(applications.data.total, 'application')}>
        <LabelFilter
          label="Show applications"
          labels={FILTER_LABELS}
          value={status}
          onChange={(value) => list.setParam({ status: value === 'pending' ? '' : value, offset: '' })}
        />
        <RefreshButton onClick={applications.reload} />
      </ListToolbar>
      <ListResults
        resource={applications}
        errorTitle="Couldn't load the applications"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <RibbonRegular />,
          title: status === 'pending' ? 'No applications are waiting' : 'No applications match',
          message: status === 'pending' ? 'New applications from publishers appear here.' : 'Try another filter.',
        }}
      >
        {(items) => (
          <Table aria-label="Applications" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '24%' }}>Publisher</TableHeaderCell>
                <TableHeaderCell>Publisher ID</TableHeaderCell>
                <TableHeaderCell>Partner ID</TableHeaderCell>
                <TableHeaderCell>Applied</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell style={{ width: '220px' }} aria-label="Actions" />
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((application) => {
                const missing = application.prerequisites.filter((p) => !p.met && p.key !== 'programApproval');
                return (
                  <TableRow key={application.tenant.id}>
                    <TableCell>
                      <RouterLink to={`/operator/tenants/${application.tenant.id}`}>{application.tenant.displayName}</RouterLink>
                      <Text block className={styles.muted}>
                        {application.tenant.primaryDomain} · {application.tenant.country}
                      </Text>
                    </TableCell>
                    <TableCell className={styles.mono}>{application.publisherId ?? '—'}</TableCell>
                    <TableCell>
                      {application.partnerId ?? '—'}
                      {missing.map((p) => (
                        <Text block key={p.key} className={styles.missing}>
                          {p.label} missing
                        </Text>
                      ))}
                    </TableCell>
                    <TableCell>{application.appliedAt ? formatDateTime(application.appliedAt) : '—'}</TableCell>
                    <TableCell>
                      <ProgramStatusBadge status={application.status} />
                      {application.decisionReason && (
                        <Text block className={styles.muted}>
                          {application.decisionReason}
                        </Text>
                      )}
                    </TableCell>
                    <TableCell>
                      {application.status === 'pending' && (
                        <div className={styles.actions}>
                          <Button
                            size="small"
                            appearance="primary"
                            icon={<CheckmarkRegular />}
                            aria-label={`Approve ${application.tenant.displayName}`}
                            onClick={() => setDialog({ kind: 'approve', application })}
                          >
                            Approve
                          </Button>
                          <Button
                            size="small"
                            icon={<DismissRegular />}
                            aria-label={`Decline ${application.tenant.displayName}`}
                            onClick={() => setDialog({ kind: 'decline', application })}
                          >
                            Decline
                          </Button>
                        </div>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </ListResults>
      {dialog?.kind === 'approve' && (
        <ConfirmDialog
          open
          title={`Approve ${dialog.application.tenant.displayName}?`}
          confirmLabel="Approve"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await approveApplication(dialog.application.tenant.id);
            notify(`${dialog.application.tenant.displayName} is now in the partner program`);
            applications.reload();
          }}
        >
          {dialog.application.tenant.displayName} (publisher ID {dialog.application.publisherId}) will be able to enable app license management for its offers.
        </ConfirmDialog>
      )}
      {dialog?.kind === 'decline' && (
        <DeclineDialog
          application={dialog.application}
          onClose={() => setDialog(null)}
          onDeclined={() => {
            setDialog(null);
            applications.reload();
          }}
        />
      )}
    </>
  );
}

function DeclineDialog({ application, onClose, onDeclined }: { application: OperatorApplication; onClose(): void; onDeclined(): void }) {
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [reason, setReason] = useState('');
  const decline = () =>
    submit(async () => {
      await declineApplication(application.tenant.id, reason.trim());
      notify(`${application.tenant.displayName}'s application was declined`);
      onDeclined();
    });
  return (
    <FormDialog open title={`Decline ${application.tenant.displayName}?`} submitLabel="Decline" busy={busy} error={error} fields={['reason']} onSubmit={decline} onClose={onClose}>
      <Field
        label="Reason"
        required
        hint="The publisher sees this on its Partner program page: say why, and what to change before applying again."
        validationMessage={fieldMessage(error, 'reason')}
      >
        <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" rows={4} />
      </Field>
    </FormDialog>
  );
}
