import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
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
import { AddRegular, ArrowClockwiseRegular, DeleteRegular, KeyRegular, SendRegular, WebAssetRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { listOffers } from '../../../api/offers';
import {
  createWebhook,
  deleteWebhook,
  listEventTypes,
  listWebhookDeliveries,
  listWebhooks,
  replayWebhook,
  resendWebhookDelivery,
  rotateWebhookSecret,
  sendWebhookTest,
  updateWebhook,
  type EventTypeInfo,
  type WebhookEndpoint,
} from '../../../api/webhooks';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CopyButton } from '../../../components/CopyButton';
import { useDataTableStyles } from '../../../components/dataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { formatDateTime } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { publisherGlobalAdmin } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  secret: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  secretRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  types: { maxHeight: '320px', overflowY: 'auto' },
});

const STATUS: Record<WebhookEndpoint['status'], { label: string; color: 'success' | 'informative' | 'danger' }> = {
  active: { label: 'Active', color: 'success' },
  disabled: { label: 'Off', color: 'informative' },
  paused: { label: 'Paused', color: 'danger' },
};

/** The signing secret, shown once after it was made. */
function SecretOnce({ secret, onDone }: { secret: string; onDone(): void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>Copy the signing secret now</MessageBarTitle>
        It is shown only this once. The receiver verifies each delivery's <code>webhook-signature</code> with it (Standard Webhooks).
        <div className={styles.secretRow}>
          <Text className={styles.secret} aria-label="Signing secret">
            {secret}
          </Text>
          <CopyButton text={secret} label="Copy the signing secret" />
          <Button size="small" onClick={onDone}>
            Done
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Partner Center → Webhooks: endpoints that receive the publisher's license events, signed, in order. */
export function WebhooksPage() {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const session = useSession();
  const canWrite = publisherGlobalAdmin.allows(session);
  const endpoints = useApiResource((signal) => listWebhooks(signal), []);
  const types = useApiResource((signal) => listEventTypes(signal), []);
  // Linked from an offer's Listing page: ?add=lead.created&offer=<GUID> opens the form with both chosen.
  const [params, setParams] = useSearchParams();
  const presetType = canWrite ? params.get('add') : null;
  const preset = presetType ? { eventTypes: [presetType], offerId: params.get('offer') } : null;
  const [adding, setAdding] = useState(preset !== null);
  const [selected, setSelected] = useState<string>();
  const [secret, setSecret] = useState<string>();
  const current = endpoints.data?.items.find((e) => e.id === selected);

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="LicenseHub sends your license events — deals, provisioning, assignments, seats, grace and suspension, installs, and marketplace leads (lead.created) — to your endpoints as signed CloudEvents, in the order they happened, retrying until they are delivered."
      />
      {secret && <SecretOnce secret={secret} onDone={() => setSecret(undefined)} />}
      <div className={styles.toolbar}>
        {canWrite && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setAdding(true)}>
            Add endpoint
          </Button>
        )}
        <Button icon={<ArrowClockwiseRegular />} onClick={endpoints.reload}>
          Refresh
        </Button>
      </div>
      <ErrorMessage error={endpoints.error} fields={[]} title="Couldn't load the webhook endpoints" />
      {endpoints.loading && !endpoints.data ? (
        <LoadingState label="Loading endpoints…" />
      ) : endpoints.data?.items.length === 0 ? (
        <EmptyState icon={<WebAssetRegular />} title="No endpoints yet" message="Add an endpoint to receive your license events as they happen." />
      ) : (
        <Table aria-label="Webhook endpoints" className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '40%' }}>Endpoint</TableHeaderCell>
              <TableHeaderCell>Events</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Waiting</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(endpoints.data?.items ?? []).map((endpoint) => (
              <TableRow key={endpoint.id} aria-selected={endpoint.id === selected}>
                <TableCell>
                  <Button appearance="transparent" onClick={() => setSelected(endpoint.id)}>
                    {endpoint.url}
                  </Button>
                  {endpoint.description && (
                    <Text block className={styles.muted}>
                      {endpoint.description}
                    </Text>
                  )}
                </TableCell>
                <TableCell>
                  {endpoint.eventTypes.length === 1 ? endpoint.eventTypes[0] : `${endpoint.eventTypes.length} types`}
                  {endpoint.offer && (
                    <Text block className={styles.muted}>
                      {endpoint.offer.name} only
                    </Text>
                  )}
                </TableCell>
                <TableCell>
                  <Badge appearance="tint" color={STATUS[endpoint.status].color}>
                    {STATUS[endpoint.status].label}
                  </Badge>
                </TableCell>
                <TableCell>{endpoint.pending}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {current && <EndpointDetail key={current.id} endpoint={current} canWrite={canWrite} onChanged={endpoints.reload} onSecret={setSecret} onDeleted={() => setSelected(undefined)} />}
      {adding && (
        <AddEndpointDialog
          eventTypes={types.data?.items.map((t) => ({ value: t.type, label: `${t.type} — ${t.description}` })) ?? []}
          preset={preset}
          onClose={() => {
            setAdding(false);
            setParams({}, { replace: true });
          }}
          onCreated={(created) => {
            setAdding(false);
            setParams({}, { replace: true });
            setSecret(created.secret);
            setSelected(created.id);
            endpoints.reload();
          }}
        />
      )}
    </>
  );
}

function AddEndpointDialog({
  eventTypes,
  preset,
  onClose,
  onCreated,
}: {
  eventTypes: { value: EventTypeInfo['type']; label: string }[];
  preset: { eventTypes: string[]; offerId: string | null } | null;
  onClose(): void;
  onCreated(created: { id: string; secret: string }): void;
}) {
  const styles = useStyles();
  const session = useSession();
  const { busy, error, submit } = useSubmit();
  const offers = useApiResource((signal) => listOffers(session.tenant.id, { limit: 500 }, signal), [session.tenant.id]);
  const [url, setUrl] = useState('https://');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<string[]>(preset?.eventTypes ?? []);
  const [offerId, setOfferId] = useState<string>(preset?.offerId ?? '');
  const offerName = offers.data?.items.find((o) => o.id === offerId)?.name;
  return (
    <FormDialog
      open
      title="Add a webhook endpoint"
      submitLabel="Add endpoint"
      busy={busy}
      error={error}
      fields={['url', 'eventTypes', 'description', 'offerId']}
      errorTitle="Couldn't add the endpoint"
      onClose={onClose}
      onSubmit={async () => {
        let created: { id: string; secret: string } | undefined;
        // The chosen types, as the catalogue names them (a preset from the URL that names none is dropped).
        const body = { url, eventTypes: eventTypes.filter((option) => chosen.includes(option.value)).map((option) => option.value), description, offerId: offerId || null };
        if ((await submit(async () => (created = await createWebhook(body)))) && created) onCreated(created);
      }}
    >
      <Field label="URL" required validationMessage={fieldMessage(error, 'url')} hint="https:// on the public internet; LicenseHub POSTs each event here">
        <Input value={url} onChange={(_, data) => setUrl(data.value)} />
      </Field>
      <Field label="Description" validationMessage={fieldMessage(error, 'description')}>
        <Textarea value={description} onChange={(_, data) => setDescription(data.value)} />
      </Field>
      <Field label="Offer" validationMessage={fieldMessage(error, 'offerId')} hint="Only events about this offer, such as its leads (lead.created); or every offer's">
        <Dropdown value={offerId ? (offerName ?? 'This offer') : 'All offers'} selectedOptions={[offerId]} onOptionSelect={(_, data) => setOfferId(data.optionValue ?? '')}>
          <Option value="">All offers</Option>
          {(offers.data?.items ?? []).map((offer) => (
            <Option key={offer.id} value={offer.id}>
              {offer.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.types}>
        <CheckboxGroup label="Event types" options={eventTypes} value={chosen} onChange={setChosen} validationMessage={fieldMessage(error, 'eventTypes')} />
      </div>
    </FormDialog>
  );
}

function EndpointDetail({
  endpoint,
  canWrite,
  onChanged,
  onSecret,
  onDeleted,
}: {
  endpoint: WebhookEndpoint;
  canWrite: boolean;
  onChanged(): void;
  onSecret(secret: string): void;
  onDeleted(): void;
}) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const deliveries = useApiResource((signal) => listWebhookDeliveries(endpoint.id, signal), [endpoint.id, endpoint.updatedAt]);
  // While a delivery waits (a test just sent, a retry due), the log refreshes itself until it lands.
  const waiting = deliveries.data?.items.some((d) => d.state === 'pending') ?? false;
  const reloadDeliveries = deliveries.reload;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reloadDeliveries, 2000);
    return () => clearInterval(timer);
  }, [waiting, reloadDeliveries]);
  const action = useSubmit();
  const [replaying, setReplaying] = useState(false);
  const [fromRevision, setFromRevision] = useState('');
  const [deleting, setDeleting] = useState(false);
  const run = async (change: () => Promise<unknown>) => {
    if (await action.submit(change)) {
      onChanged();
      deliveries.reload();
    }
  };

  return (
    <Section title={`Endpoint ${endpoint.url}`}>
      {endpoint.status === 'paused' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Paused</MessageBarTitle>
            {endpoint.pausedReason}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text block className={styles.muted}>
        Sends {endpoint.eventTypes.join(', ')}
        {endpoint.offer ? ` about ${endpoint.offer.name} only` : ''}. Queued up to revision {endpoint.cursor}.
        {endpoint.previousSecretValidUntil && ` The previous secret also signs until ${formatDateTime(endpoint.previousSecretValidUntil)}.`}
      </Text>
      <ErrorMessage error={action.error} fields={[]} title="That didn't work" />
      {canWrite && (
        <div className={styles.toolbar}>
          <Button icon={<SendRegular />} onClick={() => run(() => sendWebhookTest(endpoint.id))} disabled={action.busy}>
            Send test event
          </Button>
          <Button onClick={() => setReplaying(true)} disabled={action.busy}>
            Replay from a revision
          </Button>
          <Button icon={<KeyRegular />} onClick={() => run(async () => onSecret((await rotateWebhookSecret(endpoint.id)).secret))} disabled={action.busy}>
            Rotate secret
          </Button>
          <Button onClick={() => run(() => updateWebhook(endpoint.id, { enabled: !endpoint.enabled || endpoint.status === 'paused' }))} disabled={action.busy}>
            {endpoint.enabled && endpoint.status !== 'paused' ? 'Turn off' : 'Turn on'}
          </Button>
          <Button icon={<DeleteRegular />} onClick={() => setDeleting(true)} disabled={action.busy}>
            Delete
          </Button>
        </div>
      )}
      <Table aria-label="Delivery log" className={tableStyles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Event</TableHeaderCell>
            <TableHeaderCell>Revision</TableHeaderCell>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell>Attempts</TableHeaderCell>
            <TableHeaderCell>Last answer</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {(deliveries.data?.items ?? []).map((d) => (
            <TableRow key={d.id}>
              <TableCell>
                {d.eventType}
                <Text block className={styles.muted}>
                  {d.messageId}
                </Text>
              </TableCell>
              <TableCell>{d.revision ?? '—'}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={d.state === 'delivered' ? 'success' : d.state === 'parked' ? 'danger' : 'warning'}>
                  {d.state}
                </Badge>
                {d.nextAttemptAt && (
                  <Text block className={styles.muted}>
                    next try {formatDateTime(d.nextAttemptAt)}
                  </Text>
                )}
              </TableCell>
              <TableCell>
                {d.attemptLog.map((a) => (
                  <Text block key={a.attempt} className={styles.muted}>
                    {formatDateTime(a.at)}: {a.statusCode ?? 'no answer'} ({a.durationMs} ms)
                  </Text>
                ))}
              </TableCell>
              <TableCell>{d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '')}</TableCell>
              <TableCell>
                {canWrite && d.state !== 'pending' && (
                  <Button size="small" onClick={() => run(() => resendWebhookDelivery(endpoint.id, d.id))}>
                    Re-send
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {replaying && (
        <FormDialog
          open
          title="Replay events"
          submitLabel="Replay"
          busy={action.busy}
          error={action.error}
          fields={['fromRevision']}
          onClose={() => setReplaying(false)}
          onSubmit={async () => {
            await run(() => replayWebhook(endpoint.id, fromRevision));
            setReplaying(false);
          }}
        >
          <Field
            label="From revision"
            required
            validationMessage={fieldMessage(action.error, 'fromRevision')}
            hint="The endpoint's events from this revision on are sent again, in order, with their original ids (the LicenseHub-Revision header of a change, or an event's revision)."
          >
            <Input value={fromRevision} onChange={(_, data) => setFromRevision(data.value)} inputMode="numeric" />
          </Field>
        </FormDialog>
      )}
      <ConfirmDialog
        open={deleting}
        title="Delete this endpoint?"
        confirmLabel="Delete"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await deleteWebhook(endpoint.id);
          setDeleting(false);
          onDeleted();
          onChanged();
        }}
      >
        Nothing more is sent to {endpoint.url}; its queue and delivery log are removed.
        {endpoint.eventTypes.includes('lead.created') && ' Leads it has not sent yet, and no other endpoint sends, will say Not delivered in Leads.'}
      </ConfirmDialog>
    </Section>
  );
}
