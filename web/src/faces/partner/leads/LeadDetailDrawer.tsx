import {
  Button,
  Divider,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Dropdown,
  Field,
  Link,
  makeStyles,
  Option,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
  OverlayDrawer,
} from '@fluentui/react-components';
import { DismissRegular, NoteAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLocation, useNavigate, useOutletContext, useParams } from 'react-router-dom';
import { RouterLink } from '../../../components/RouterLink';
import { addLeadNote, getLead, setLeadStatus, type Lead, type LeadStatus } from '../../../api/leads';
import { choicesOf, isChoice } from '../../../components/choices';
import { useCountries } from '../../../components/Countries';
import { useDataTableStyles } from '../../../components/dataTable';
import { DetailList } from '../../../components/DetailList';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { formatDateTime } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { DrawerSection } from '../../admin/users/DrawerSection';
import { LEAD_STATUS_LABELS, LeadDeliveryBadge } from './LeadBadges';
import type { LeadsOutletContext } from './LeadsPage';

const useStyles = makeStyles({
  title: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, paddingBottom: tokens.spacingVerticalXL },
  divider: { flexGrow: 0 },
  message: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  status: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, listStyleType: 'none', margin: 0, padding: 0 },
  note: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `3px solid ${tokens.colorBrandStroke2}` },
  noteText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  noteForm: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  noteInput: { width: '100%' },
  deliveryState: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  url: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** One lead beside the inbox: every field, the message as text, its status, notes and webhook deliveries. */
export function LeadDetailDrawer() {
  const styles = useStyles();
  const navigate = useNavigate();
  const location = useLocation();
  const { leadId = '' } = useParams();
  const { reloadLeads } = useOutletContext<LeadsOutletContext>();
  const lead = useApiResource((signal) => getLead(leadId, signal), [leadId]);
  const current = lead.data?.id === leadId ? lead.data : undefined;
  const close = () => navigate(`/partner/leads${location.search}`);
  const changed = () => {
    lead.reload();
    reloadLeads();
  };

  return (
    <OverlayDrawer open position="end" size="medium" onOpenChange={(_, data) => !data.open && close()} aria-label="Lead details">
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={close} />}>
          {current ? (
            <span className={styles.title}>
              <Text size={500} weight="semibold">
                {current.name}
              </Text>
              <Text size={200} className={styles.subtitle}>
                {current.company} · {current.offer.name}
              </Text>
            </span>
          ) : (
            'Lead details'
          )}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <ErrorMessage error={lead.error} title="Couldn't load this lead" />
        {!current && !lead.error && <LoadingState />}
        {current && (
          <>
            <LeadContact lead={current} />
            <DrawerSection title="Message">
              <Text as="p" className={styles.message}>
                {current.message}
              </Text>
            </DrawerSection>
            <Divider className={styles.divider} />
            <LeadStatusSection key={current.status} lead={current} onChanged={changed} />
            <Divider className={styles.divider} />
            <LeadNotes lead={current} onChanged={changed} />
            <Divider className={styles.divider} />
            <LeadDeliveries lead={current} />
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}

function LeadContact({ lead }: { lead: Lead }) {
  const styles = useStyles();
  const { nameOf } = useCountries();
  return (
    <DrawerSection title="Contact">
      <DetailList
        items={[
          ['Email', <Link href={`mailto:${lead.email}`}>{lead.email}</Link>],
          ['Phone', lead.phone ? lead.phone : <span className={styles.muted}>Not given</span>],
          ['Company', lead.company],
          ['Country or region', nameOf(lead.country)],
          ['Offer', lead.offer.name],
          ['Received', formatDateTime(lead.receivedAt)],
          ['Consent to contact', lead.consent ? 'Given' : 'Not given'],
        ]}
      />
    </DrawerSection>
  );
}

function LeadStatusSection({ lead, onChanged }: { lead: Lead; onChanged(): void }) {
  const styles = useStyles();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const change = (status: LeadStatus) =>
    submit(async () => {
      await setLeadStatus(lead.id, status);
      notify(`${lead.name} is now ${LEAD_STATUS_LABELS[status].toLowerCase()}`);
      onChanged();
    });
  return (
    <DrawerSection title="Status" description="Where you stand with this customer.">
      <ErrorMessage error={error} title="The status was not changed" fields={['status']} />
      <div className={styles.status}>
        <Field label="Status" validationMessage={fieldMessage(error, 'status')}>
          <Dropdown
            value={LEAD_STATUS_LABELS[lead.status]}
            selectedOptions={[lead.status]}
            disabled={busy}
            onOptionSelect={(_, data) => isChoice(LEAD_STATUS_LABELS, data.optionValue) && data.optionValue !== lead.status && change(data.optionValue)}
          >
            {choicesOf(LEAD_STATUS_LABELS).map((status) => (
              <Option key={status} value={status}>
                {LEAD_STATUS_LABELS[status]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {busy && <Spinner size="tiny" label="Saving…" />}
      </div>
    </DrawerSection>
  );
}

function LeadNotes({ lead, onChanged }: { lead: Lead; onChanged(): void }) {
  const styles = useStyles();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [text, setText] = useState('');
  const add = () =>
    submit(async () => {
      await addLeadNote(lead.id, text.trim());
      setText('');
      notify('Note added');
      onChanged();
    });
  return (
    <DrawerSection title="Notes" description="For your team; the customer never sees them.">
      {lead.notes.length === 0 ? (
        <Text className={styles.muted}>No notes yet.</Text>
      ) : (
        <ul className={styles.notes} aria-label="Notes">
          {lead.notes.map((note) => (
            <li key={note.id} className={styles.note}>
              <Text className={styles.noteText}>{note.text}</Text>
              <Text className={styles.muted}>
                {note.author} · {formatDateTime(note.createdAt)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <form
        className={styles.noteForm}
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <ErrorMessage error={error} title="The note was not added" fields={['text']} />
        <Field label="Add a note" className={styles.noteInput} validationMessage={fieldMessage(error, 'text')}>
          <Textarea resize="vertical" value={text} onChange={(_, data) => setText(data.value)} placeholder="e.g. Called, sending a quote on Monday" />
        </Field>
        <Button type="submit" icon={busy ? <Spinner size="tiny" /> : <NoteAddRegular />} disabled={busy || !text.trim()}>
          Add note
        </Button>
      </form>
    </DrawerSection>
  );
}

function LeadDeliveries({ lead }: { lead: Lead }) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  return (
    <DrawerSection title="Delivery" description="Each lead is also sent, signed and with retries, to your webhook endpoints for lead.created.">
      <span className={styles.deliveryState}>
        <LeadDeliveryBadge delivery={lead.delivery} />
        {lead.delivery === 'retrying' && lead.nextAttemptAt && <Text className={styles.muted}>Next attempt {formatDateTime(lead.nextAttemptAt)}</Text>}
      </span>
      {lead.delivery === 'not_delivered' && (
        <Text block className={styles.muted}>
          {`${lead.deliveryNote ?? 'No endpoint sends it any more'}. Nothing will send it now; the lead stays in this inbox.`}
        </Text>
      )}
      {lead.deliveries.length === 0 ? (
        <Text className={styles.muted}>
          {lead.delivery === 'inbox'
            ? 'No webhook endpoint takes this offer’s leads; the lead is only in this inbox.'
            : lead.delivery === 'not_delivered'
              ? 'No delivery attempts are left to show: they went with the endpoint.'
              : 'No delivery attempts yet.'}
        </Text>
      ) : (
        <Table aria-label="Delivery attempts" size="small" className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>#</TableHeaderCell>
              <TableHeaderCell>When</TableHeaderCell>
              <TableHeaderCell>Result</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lead.deliveries.map((attempt) => (
              <TableRow key={`${attempt.url} ${attempt.attempt} ${attempt.at}`}>
                <TableCell>{attempt.attempt}</TableCell>
                <TableCell>
                  {formatDateTime(attempt.at)}
                  <Text block className={styles.url}>
                    {attempt.url}
                  </Text>
                </TableCell>
                <TableCell>
                  {attempt.statusCode !== null && <Text block>HTTP {attempt.statusCode}</Text>}
                  {attempt.error && <Text block className={styles.muted}>{attempt.error}</Text>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Text className={styles.muted}>
        Endpoints, their delivery log and re-sending a delivery: <RouterLink to="/partner/webhooks">Webhooks</RouterLink>.
      </Text>
    </DrawerSection>
  );
}
