import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, ArrowRepeatAllRegular, DeleteRegular, DismissCircleRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { cancelDeal, getDeal, listDealAudit, removeDealLicenses, renewDeal, DEPLOYMENT_LABELS, type DealLicense, type Provisioning } from '../../../api/deals';
import { listPlans } from '../../../api/plans';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useCountries } from '../../../components/Countries';
import { CopyButton } from '../../../components/CopyButton';
import { useDataTableStyles } from '../../../components/dataTable';
import { DetailList, type DetailItem } from '../../../components/DetailList';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { formatDate, formatDateTime } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { ParentLink } from '../../../components/ParentLink';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { publisherDealWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { AddLicensesDialog, ChangeLicensesDialog } from './DealLicenseDialogs';
import { DealStateBadge } from './DealStateBadge';
import { formatCalendarDate, formatMoney, oneYearTerm } from './money';
import { SIDE_COLUMN_BELOW } from '../../../components/pageColumns';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(320px, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    [SIDE_COLUMN_BELOW]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  facts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  number: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'change'; line: DealLicense }
  | { kind: 'remove'; line: DealLicense }
  | { kind: 'renew' }
  | { kind: 'cancel' }
  | null;

/** One deal: its terms, the licenses it provisions per plan, renewal and cancellation, and its history. */
export function DealDetailPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const { nameOf } = useCountries();
  const { dealId = '' } = useParams();
  const tenantId = session.tenant.id;
  const canWrite = publisherDealWriter.allows(session);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [effect, setEffect] = useState<Provisioning>();
  const deal = useApiResource((signal) => getDeal(tenantId, dealId, signal), [tenantId, dealId]);
  const history = useApiResource((signal) => listDealAudit(tenantId, dealId, signal), [tenantId, dealId]);
  const offerId = deal.data?.offer.id;
  const plans = useApiResource((signal) => (offerId ? listPlans(tenantId, offerId, signal) : Promise.resolve({ items: [] })), [tenantId, offerId]);

  const current = deal.data?.id === dealId ? deal.data : undefined;
  if (!current) return deal.error ? <ErrorMessage error={deal.error} title="Couldn't load this deal" /> : <LoadingState />;
  const open = current.status === 'registered';
  const editable = canWrite && open;
  const unusedPlans = (plans.data?.items ?? []).filter((plan) => !current.licenses.some((line) => line.planKey === plan.id));
  const close = () => setDialog(null);
  const changed = (result?: Provisioning) => {
    setEffect(result);
    deal.reload();
    history.reload();
  };

  return (
    <>
      <PageHeader
        above={<ParentLink to="/partner/deals">Deals</ParentLink>}
        title={current.customer.companyName}
        description={
          <span className={styles.facts}>
            <DealStateBadge state={current.state} />
            <span>{current.offer.name}</span>
            <span>
              {formatCalendarDate(current.startDate)} – {current.endDate ? formatCalendarDate(current.endDate) : 'perpetual'}
            </span>
          </span>
        }
      />
      <div className={styles.toolbar} role="toolbar" aria-label="Deal actions">
        {editable && (
          <>
            <Button icon={<ArrowRepeatAllRegular />} onClick={() => setDialog({ kind: 'renew' })} disabled={current.perpetual}>
              Renew
            </Button>
            <Button icon={<EditRegular />} onClick={() => navigate(`/partner/deals/${current.id}/edit`)}>
              Edit details
            </Button>
            <Button icon={<DismissCircleRegular />} onClick={() => setDialog({ kind: 'cancel' })}>
              Cancel deal
            </Button>
          </>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={() => changed()}>
          Refresh
        </Button>
      </div>
      <div className={styles.layout}>
        <div className={styles.stack}>
          {current.state === 'warning' && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>In its grace period</MessageBarTitle>
                The deal ended on {current.endDate && formatCalendarDate(current.endDate)}. Its licenses still work until{' '}
                {current.lifecycle && formatDate(current.lifecycle.suspensionStartsAt)}; renew it to keep them without interruption.
              </MessageBarBody>
            </MessageBar>
          )}
          {current.state === 'suspended' && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Licenses suspended</MessageBarTitle>
                License checks fail for this deal's licenses; assignments are kept until {current.lifecycle && formatDate(current.lifecycle.removalAt)}. Renew to restore them.
              </MessageBarBody>
            </MessageBar>
          )}
          {effect && (
            <MessageBar intent={effect.product.overAssigned > 0 ? 'warning' : 'success'} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{`${current.customerTenant.name} now has ${effect.product.purchased.toLocaleString()} ${effect.planName} licenses`}</MessageBarTitle>
                {effect.product.assigned.toLocaleString()} assigned, {effect.product.available.toLocaleString()} available.
                {effect.product.overAssigned > 0 && ` ${effect.product.overAssigned.toLocaleString()} users are beyond the count and marked “not enough licenses”.`}
              </MessageBarBody>
            </MessageBar>
          )}
          <Section
            title="Licenses"
            actions={
              editable &&
              unusedPlans.length > 0 && (
                <Button appearance="primary" icon={<AddRegular />} onClick={() => setDialog({ kind: 'add' })}>
                  Add licenses
                </Button>
              )
            }
          >
            {current.licenses.length === 0 ? (
              <Text className={styles.muted}>This deal provisions no licenses yet. Add a plan with the number of licenses the customer bought.</Text>
            ) : (
              <Table aria-label="Licenses per plan" className={tableStyles.table}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Plan</TableHeaderCell>
                    <TableHeaderCell>Service ID</TableHeaderCell>
                    <TableHeaderCell>Licenses</TableHeaderCell>
                    {editable && <TableHeaderCell style={{ width: '190px' }} aria-label="Actions" />}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {current.licenses.map((line) => (
                    <TableRow key={line.planId}>
                      <TableCell>{line.planName}</TableCell>
                      <TableCell className={styles.mono}>{line.serviceId}</TableCell>
                      <TableCell className={styles.number}>{line.quantity.toLocaleString()}</TableCell>
                      {editable && (
                        <TableCell>
                          <span className={styles.actions}>
                            <Button size="small" appearance="subtle" icon={<EditRegular />} aria-label={`Change ${line.planName} licenses`} onClick={() => setDialog({ kind: 'change', line })}>
                              Change
                            </Button>
                            <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={`Remove ${line.planName} licenses`} onClick={() => setDialog({ kind: 'remove', line })}>
                              Remove
                            </Button>
                          </span>
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
          <Section title="History">
            <ErrorMessage error={history.error} title="Couldn't load the history" />
            {(history.data?.items ?? []).length === 0 ? (
              <Text className={styles.muted}>No changes yet.</Text>
            ) : (
              <Table aria-label="Deal history" size="small" className={tableStyles.table}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell style={{ width: '180px' }}>Date</TableHeaderCell>
                    <TableHeaderCell>Change</TableHeaderCell>
                    <TableHeaderCell style={{ width: '180px' }}>By</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {(history.data?.items ?? []).map((event) => (
                    <TableRow key={event.id}>
                      <TableCell>{formatDateTime(event.occurredAt)}</TableCell>
                      <TableCell>{event.summary}</TableCell>
                      <TableCell>{event.actor.displayName}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
        </div>
        <div className={styles.stack}>
          <Section title="Deal details">
            <DetailList
              items={[
                [
                  'Customer tenant',
                  <>
                    {current.customerTenant.name}
                    <CopyButton text={current.customerTenant.id} label="Copy customer tenant ID" />
                  </>,
                ],
                ['Location', [current.customer.city, current.customer.state, nameOf(current.customer.country)].filter(Boolean).join(', ')],
                ['Offer', current.offer.name],
                ['Contract type', current.contractType === 'new' ? 'New' : 'Renewal'],
                ['Total contract value', formatMoney(current.totalContractValue)],
                ['Solution value', formatMoney(current.solutionValue)],
                ['Deployment', DEPLOYMENT_LABELS[current.deployment]],
                ['Signed', formatCalendarDate(current.signedDate)],
                ['Starts', formatCalendarDate(current.startDate)],
                ['Ends', current.endDate ? formatCalendarDate(current.endDate) : 'Perpetual'],
                ...(current.lifecycle
                  ? ([
                      ['Grace period from', formatDate(current.lifecycle.graceStartsAt)],
                      ['Suspended from', formatDate(current.lifecycle.suspensionStartsAt)],
                      ['Removed on', formatDate(current.lifecycle.removalAt)],
                    ] satisfies DetailItem[])
                  : []),
                [
                  'Partner contact',
                  `${current.partnerContact.firstName} ${current.partnerContact.lastName} · ${current.partnerContact.email} · ${current.partnerContact.phone}`,
                ],
                ['Registered', formatDateTime(current.createdAt)],
                ...(current.cancelledAt ? [['Cancelled', formatDateTime(current.cancelledAt)] satisfies DetailItem] : []),
              ]}
            />
          </Section>
        </div>
      </div>

      {dialog?.kind === 'add' && (
        <AddLicensesDialog
          deal={current}
          plans={unusedPlans}
          onClose={close}
          onDone={(result) => {
            close();
            notify(`${result.quantity} ${result.planName} licenses were added`);
            changed(result);
          }}
        />
      )}
      {dialog?.kind === 'change' && (
        <ChangeLicensesDialog
          deal={current}
          line={dialog.line}
          onClose={close}
          onDone={(result) => {
            close();
            notify(`${result.planName}: ${result.quantity} licenses`);
            changed(result);
          }}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          open
          title={`Remove the ${dialog.line.planName} licenses?`}
          confirmLabel="Remove licenses"
          onClose={close}
          onConfirm={async () => {
            const result = await removeDealLicenses(tenantId, current.id, dialog.line.planId);
            notify(`The ${dialog.line.planName} licenses were removed from this deal`);
            changed(result);
          }}
        >
          The {dialog.line.quantity.toLocaleString()} licenses this deal provisions stop counting for {current.customerTenant.name} at once. Licenses from other deals for the same plan stay.
        </ConfirmDialog>
      )}
      {dialog?.kind === 'renew' && (
        <RenewDialog
          dealId={current.id}
          endDate={current.endDate}
          onClose={close}
          onRenewed={() => {
            close();
            changed();
          }}
        />
      )}
      {dialog?.kind === 'cancel' && (
        <ConfirmDialog
          open
          title={`Cancel the deal with ${current.customer.companyName}?`}
          confirmLabel="Cancel deal"
          onClose={close}
          onConfirm={async () => {
            await cancelDeal(tenantId, current.id);
            notify('The deal was cancelled');
            changed();
          }}
        >
          Its licenses stop counting at once; a product no other deal provisions is removed from {current.customerTenant.name} with its assignments. This can't be undone.
        </ConfirmDialog>
      )}
    </>
  );
}

function RenewDialog({ dealId, endDate, onClose, onRenewed }: { dealId: string; endDate: string | null; onClose(): void; onRenewed(): void }) {
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [newEnd, setNewEnd] = useState(endDate ? oneYearTerm(addOneDay(endDate)) : '');
  const renew = () =>
    submit(async () => {
      await renewDeal(session.tenant.id, dealId, newEnd);
      notify(`The deal now runs until ${formatCalendarDate(newEnd)}`);
      onRenewed();
    });
  return (
    <FormDialog open title="Renew the deal" submitLabel="Renew" busy={busy} error={error} fields={['endDate']} onSubmit={renew} onClose={onClose} submitDisabled={!newEnd}>
      <Field
        label="New end date"
        required
        hint={`After the current end date${endDate ? ` (${formatCalendarDate(endDate)})` : ''}. Licenses in a grace period or suspended come back at once, held by the same users.`}
        validationMessage={fieldMessage(error, 'endDate')}
      >
        <Input type="date" value={newEnd} min={endDate ?? undefined} onChange={(_, data) => setNewEnd(data.value)} />
      </Field>
    </FormDialog>
  );
}

const addOneDay = (date: string) => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
};
