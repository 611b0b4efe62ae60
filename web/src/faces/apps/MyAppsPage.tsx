import { Badge, Button, Card, Field, Link, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { AppsRegular, MailRegular, OpenRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { createLicenseRequest } from '../../api/licenseRequests';
import { listMyApps, type MyApp } from '../../api/myApps';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldMessage } from '../../components/fieldErrors';
import { FormDialog } from '../../components/FormDialog';
import { formatDate } from '../../components/formatting';
import { LoadingState } from '../../components/LoadingState';
import { useNotify } from '../../components/Notifications';
import { PageHeader } from '../../components/PageHeader';
import { RouterLink } from '../../components/RouterLink';
import { useApiResource } from '../../components/useApiResource';
import { useSubmit } from '../../components/useSubmit';
import { useSession } from '../../session/SessionContext';
import { refusalOf } from '../launch/refusals';

const useStyles = makeStyles({
  grid: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(300px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  tile: { height: '100%', padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  name: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: 'auto', paddingTop: tokens.spacingVerticalS },
  section: { marginTop: tokens.spacingVerticalXXL, marginBottom: tokens.spacingVerticalM },
});

/** My apps: the apps installed in the user's organization, Open for those they may run, the reason and Ask for a license for the others. */
export function MyAppsPage() {
  const styles = useStyles();
  const session = useSession();
  const apps = useApiResource((signal) => listMyApps(session.tenant.id, signal), [session.tenant.id]);
  const [asking, setAsking] = useState<MyApp>();

  const items = apps.data?.items ?? [];
  const ready = items.filter((app) => app.decision.licensed);
  const others = items.filter((app) => !app.decision.licensed);
  return (
    <>
      <PageHeader title="My apps" description={`The apps installed in ${session.tenant.displayName}. Open the ones you have access to; ask for a license for the others.`} />
      {apps.error && <ErrorMessage error={apps.error} title="Couldn't load your apps" />}
      {!apps.data && !apps.error && <LoadingState label="Loading your apps…" />}
      {apps.data && items.length === 0 && (
        <EmptyState
          icon={<AppsRegular />}
          title="No apps are installed yet"
          message="When your administrator installs an app in your organization, it appears here."
          action={<RouterLink to="/marketplace">Browse the marketplace</RouterLink>}
        />
      )}
      {ready.length > 0 && (
        <ul className={styles.grid} aria-label="Apps you can open">
          {ready.map((app) => (
            <AppTile key={app.appModule.uniqueName} app={app} onAsk={setAsking} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <Text as="h2" size={500} weight="semibold" block className={styles.section}>
            Apps you need a license for
          </Text>
          <ul className={styles.grid} aria-label="Apps you need a license for">
            {others.map((app) => (
              <AppTile key={app.appModule.uniqueName} app={app} onAsk={setAsking} />
            ))}
          </ul>
        </>
      )}
      <AskDialog app={asking} onClose={() => setAsking(undefined)} onSent={apps.reload} />
    </>
  );
}

function AppTile({ app, onAsk }: { app: MyApp; onAsk(app: MyApp): void }) {
  const styles = useStyles();
  const name = app.appModule.displayName;
  const { decision, request } = app;
  const refusal = decision.licensed ? undefined : refusalOf(decision.code, name);
  const pending = request?.status === 'pending';
  return (
    <li>
      <Card className={styles.tile} aria-label={name}>
        <div className={styles.head}>
          <Text as="h3" size={400} weight="semibold" className={styles.name}>
            {name}
          </Text>
          {decision.licensed ? (
            <Badge appearance="tint" color="success">
              {decision.code === 'NO_LICENSE_REQUIRED' ? 'No license needed' : 'Licensed'}
            </Badge>
          ) : (
            <Badge appearance="tint" color={pending ? 'informative' : 'warning'}>
              {pending ? 'Requested' : 'No license'}
            </Badge>
          )}
        </div>
        <Text className={styles.muted}>
          {app.offer.name} by {app.offer.publisherName}
        </Text>
        {refusal && <Text>{refusal.reason}</Text>}
        {refusal && decision.requiredPlans.length > 0 && (
          <Text size={200} className={styles.muted}>
            Included in {decision.requiredPlans.map((plan) => plan.displayName).join(', ')}
          </Text>
        )}
        {request && <RequestOutcome request={request} />}
        <div className={styles.actions}>
          {decision.licensed &&
            (app.offer.hasLaunchUrl ? (
              <Button as="a" appearance="primary" icon={<OpenRegular />} href={app.launchPath} aria-label={`Open ${name}`}>
                Open
              </Button>
            ) : (
              <Text size={200} className={styles.muted}>
                {app.offer.publisherName} hasn’t said yet where the app opens.
              </Text>
            ))}
          {refusal?.canAsk && !pending && (
            <Button icon={<MailRegular />} onClick={() => onAsk(app)} aria-label={`Ask for a license for ${name}`}>
              Ask for a license
            </Button>
          )}
          {refusal && (
            <Link href={app.launchPath} aria-label={`Details and administrators for ${name}`}>
              Details
            </Link>
          )}
        </div>
      </Card>
    </li>
  );
}

/** How an approval came about, after "Your request was approved on <date>". */
const APPROVED_BY: Record<NonNullable<NonNullable<MyApp['request']>['decidedBy']>, string> = {
  admin: '',
  waiting_room: ': the waiting room gave you a free seat',
  assignment: ': your admins assigned you the license',
  auto_claim: ': you took a free seat when you opened the app',
};

function RequestOutcome({ request }: { request: NonNullable<MyApp['request']> }) {
  const styles = useStyles();
  if (request.status === 'pending') {
    return <Text size={200} className={styles.muted}>You asked for a license on {formatDate(request.createdAt)}; your administrators haven’t answered yet.</Text>;
  }
  const when = request.decidedAt ? ` on ${formatDate(request.decidedAt)}` : '';
  const note = request.decisionNote ? ` “${request.decisionNote}”` : '';
  return (
    <MessageBar intent={request.status === 'approved' ? 'success' : 'warning'} layout="multiline">
      <MessageBarBody>
        {request.status === 'approved' ? `Your request was approved${when}${APPROVED_BY[request.decidedBy ?? 'admin']}.` : `Your request was declined${when}.`}
        {note}
      </MessageBarBody>
    </MessageBar>
  );
}

function AskDialog({ app, onClose, onSent }: { app: MyApp | undefined; onClose(): void; onSent(): void }) {
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit, reset } = useSubmit();
  const [message, setMessage] = useState('');
  const close = () => {
    setMessage('');
    reset();
    onClose();
  };
  const send = () =>
    void submit(async () => {
      await createLicenseRequest(session.tenant.id, app!.appModule.uniqueName, message.trim());
      notify('Your request was sent to your administrators');
      onSent();
      close();
    });
  return (
    <FormDialog
      open={app !== undefined}
      title={app ? `Ask for a license for ${app.appModule.displayName}` : 'Ask for a license'}
      submitLabel="Send request"
      busy={busy}
      error={error}
      fields={['message']}
      errorTitle="Couldn't send your request"
      onSubmit={send}
      onClose={close}
    >
      <Text>Your license administrators get your request in the Admin Center and you see their answer here.</Text>
      <Field label="Message (optional)" hint="Why you need the app, e.g. your project or role." validationMessage={fieldMessage(error, 'message')}>
        <Textarea value={message} maxLength={1000} onChange={(_, data) => setMessage(data.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
