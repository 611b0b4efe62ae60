import {
  Avatar,
  Button,
  Card,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, LockClosedRegular, MailRegular, OpenRegular, SendRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { LaunchInfo } from '../../api/launch';
import { getLaunchInfo, launchPath } from '../../api/launch';
import { createLicenseRequest } from '../../api/licenseRequests';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldMessage } from '../../components/fieldErrors';
import { formatDateTime } from '../../components/formatting';
import { LoadingState } from '../../components/LoadingState';
import { useNotify } from '../../components/Notifications';
import { useApiResource } from '../../components/useApiResource';
import { useSubmit } from '../../components/useSubmit';
import { useSession } from '../../session/SessionContext';
import { PageHeader } from '../../components/PageHeader';
import { refusalOf } from './refusals';

const useStyles = makeStyles({
  page: { maxWidth: '880px', margin: '0 auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  hero: { padding: tokens.spacingHorizontalXXL, gap: tokens.spacingVerticalM },
  heroHead: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  heroIcon: { fontSize: '48px', color: tokens.colorPaletteMarigoldForeground1, display: 'flex', flexShrink: 0 },
  okIcon: { fontSize: '48px', color: tokens.colorPaletteGreenForeground1, display: 'flex', flexShrink: 0 },
  title: { margin: 0 },
  cardTitle: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  person: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  plan: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * Where /launch/<tenant>/<app module> lands when the server did not send the
 * user on to the app: who may not open it, why, the plans that grant it,
 * whom to ask, and a license request.
 */
export function LaunchPage() {
  const styles = useStyles();
  const session = useSession();
  const location = useLocation();
  const { tenantId = '', appModule = '' } = useParams();
  const sameTenant = tenantId.toLowerCase() === session.tenant.id.toLowerCase();
  const info = useApiResource((signal) => (sameTenant ? getLaunchInfo(tenantId, appModule, signal) : Promise.resolve(undefined)), [tenantId, appModule, sameTenant]);
  const licensedWithUrl = info.data?.decision.licensed === true && info.data.offer.hasLaunchUrl;
  /** A seat this visit just claimed is told first: the user opens the app with the button. */
  const seatNews = info.data?.seat?.outcome === 'claimed';
  /** Reached by navigating inside this app (e.g. after signing in): ask the server, which sends licensed users on to the app. */
  const arrivedInApp = location.key !== 'default';

  useEffect(() => {
    if (licensedWithUrl && arrivedInApp && !seatNews) window.location.replace(launchPath(tenantId, appModule));
  }, [licensedWithUrl, arrivedInApp, seatNews, tenantId, appModule]);

  if (!sameTenant) {
    return (
      <EmptyState
        icon={<LockClosedRegular />}
        title="This app link is for another organization"
        message={`You are signed in to ${session.tenant.displayName}. Sign in with an account of the organization the link belongs to.`}
      />
    );
  }
  if (!info.data) {
    if (info.error?.status === 404) {
      return (
        <EmptyState
          icon={<LockClosedRegular />}
          title="This app isn’t available"
          message="No app with this name is published on LicenseHub, or the link is incomplete. Check the link with whoever sent it."
        />
      );
    }
    return info.error ? <ErrorMessage error={info.error} title="Couldn't check your license" /> : <LoadingState label="Checking your license…" />;
  }
  const launch = info.data;
  return (
    <div className={styles.page}>
      <PageHeader title={launch.appModule.displayName} description={`${launch.offer.name} by ${launch.offer.publisherName}`} />
      <SeatNews launch={launch} />
      {launch.decision.licensed ? <Licensed launch={launch} redirecting={licensedWithUrl && arrivedInApp && !seatNews} /> : <NotLicensed launch={launch} onRequested={info.reload} />}
    </div>
  );
}

/** What opening the app did about a seat: claimed one, or a place in the waiting room; and seats about to be reclaimed. */
function SeatNews({ launch }: { launch: LaunchInfo }) {
  const seat = launch.seat;
  return (
    <>
      {seat?.outcome === 'claimed' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>You got a license</MessageBarTitle>
            Your organization lets people take a free {seat.planName} license when they first open the app, so one is now yours.
          </MessageBarBody>
        </MessageBar>
      )}
      {seat?.outcome === 'holding' && !launch.decision.licensed && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Your {seat.planName} license is on its way</MessageBarTitle>
            You have a license, but it is not active on this server yet. Reload this page in a moment.
          </MessageBarBody>
        </MessageBar>
      )}
      {seat?.outcome === 'waiting' && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>
              You’re number {seat.position} of {seat.waiting} in the waiting room
            </MessageBarTitle>
            {seat.planName} licenses go to the people waiting in the order they joined, when one is free and as your organization decides (automatically or by an administrator’s approval). Come back later to check your place.
          </MessageBarBody>
        </MessageBar>
      )}
      {launch.reclaimNotices.map((notice) => (
        <MessageBar key={notice.planName} intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Your {notice.planName} license is about to be reclaimed</MessageBarTitle>
            You haven’t used it for a while. Open the app before {formatDateTime(notice.dueAt)} to keep it.
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

function Licensed({ launch, redirecting }: { launch: LaunchInfo; redirecting: boolean }) {
  const styles = useStyles();
  const { tenantId = '', appModule = '' } = useParams();
  return (
    <Card className={styles.hero} aria-label="License check">
      <div className={styles.heroHead}>
        <span className={styles.okIcon}>
          <CheckmarkCircleRegular />
        </span>
        <div>
          <Text as="h2" size={600} weight="semibold" className={styles.title} block>
            {launch.decision.code === 'NO_LICENSE_REQUIRED' ? 'This app needs no license' : 'You have a license for this app'}
          </Text>
          {/* The grace period is news worth the API's words; otherwise the title says it all. */}
          {launch.decision.code === 'LICENSED_GRACE_PERIOD' && <Text className={styles.muted}>{launch.decision.detail}</Text>}
        </div>
      </div>
      {redirecting ? (
        <Spinner size="small" label={`Opening ${launch.appModule.displayName}…`} />
      ) : launch.offer.hasLaunchUrl ? (
        <div className={styles.actions}>
          <Button as="a" appearance="primary" icon={<OpenRegular />} href={launchPath(tenantId, appModule)}>
            Open {launch.appModule.displayName}
          </Button>
        </div>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{launch.offer.publisherName} has not said yet where the app opens. Contact them or your administrator.</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}

function NotLicensed({ launch, onRequested }: { launch: LaunchInfo; onRequested(): void }) {
  const styles = useStyles();
  const { decision, admins, request } = launch;
  // Each reason once, in words for the user; the API's detail is for the record.
  const refusal = refusalOf(decision.code, launch.appModule.displayName);
  const notInstalled = decision.code === 'APP_NOT_INSTALLED';
  return (
    <>
      <Card className={styles.hero} aria-label="License check">
        <div className={styles.heroHead}>
          <span className={styles.heroIcon}>
            <LockClosedRegular />
          </span>
          <div>
            <Text as="h2" size={600} weight="semibold" className={styles.title} block>
              {refusal.title}
            </Text>
            <Text block>{refusal.reason}</Text>
          </div>
        </div>
      </Card>
      <div className={styles.columns}>
        {!notInstalled && (
          <Card className={styles.card} aria-label="Plans that include this app">
            <Text as="h3" size={400} weight="semibold" className={styles.cardTitle}>
              Plans that include this app
            </Text>
            {decision.requiredPlans.length === 0 ? (
              <Text className={styles.muted}>Your administrator can tell you which license you need.</Text>
            ) : (
              <ul className={styles.list}>
                {decision.requiredPlans.map((plan) => (
                  <li key={plan.serviceId} className={styles.plan}>
                    <Text weight="semibold">{plan.displayName}</Text>
                    <Link href={plan.moreInfoUrl} target="_blank" rel="noreferrer">
                      More info about {plan.displayName}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
        <Card className={styles.card} aria-label={notInstalled ? 'Your administrators' : 'Your license administrators'}>
          <Text as="h3" size={400} weight="semibold" className={styles.cardTitle}>
            {notInstalled ? 'Your administrators' : 'Your license administrators'}
          </Text>
          {admins.length === 0 ? (
            <Text className={styles.muted}>Your organization has no administrator who can help here. Contact your IT department.</Text>
          ) : (
            <ul className={styles.list}>
              {admins.map((admin) => (
                <li key={admin.userPrincipalName} className={styles.person}>
                  <Avatar name={admin.displayName} size={32} color="colorful" aria-hidden />
                  <span>
                    <Text block weight="semibold">
                      {admin.displayName}
                    </Text>
                    <Link href={`mailto:${admin.userPrincipalName}`}>
                      <MailRegular aria-hidden /> {admin.userPrincipalName}
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {refusal.canAsk && <RequestCard launch={launch} request={request} onRequested={onRequested} />}
    </>
  );
}

function RequestCard({ launch, request, onRequested }: { launch: LaunchInfo; request: LaunchInfo['request']; onRequested(): void }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const { busy, error, submit } = useSubmit();
  const [message, setMessage] = useState('');
  const canAsk = request === null || request.status === 'declined' || request.status === 'approved';

  const send = () =>
    submit(async () => {
      await createLicenseRequest(session.tenant.id, launch.appModule.uniqueName, message.trim());
      notify('Your request was sent to your administrators');
      setMessage('');
      onRequested();
    });

  return (
    <Card className={styles.card} aria-label="License request">
      <Text as="h3" size={400} weight="semibold" className={styles.cardTitle}>
        Ask for a license
      </Text>
      {request?.status === 'pending' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Request sent</MessageBarTitle>
            You asked on {formatDateTime(request.createdAt)}. Your administrators will assign you a license or tell you why not; come back to this page to see their answer.
          </MessageBarBody>
        </MessageBar>
      )}
      {request?.status === 'declined' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your earlier request was declined</MessageBarTitle>
            {request.decisionNote ? `“${request.decisionNote}”` : 'Your administrator gave no reason.'} You can ask again.
          </MessageBarBody>
        </MessageBar>
      )}
      {request?.status === 'approved' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your request was approved</MessageBarTitle>
            {request.decisionNote ? `“${request.decisionNote}” ` : ''}
            If you still can't open the app, the license may not be active yet. Reload this page in a moment.
            <div>
              <Button appearance="transparent" onClick={() => navigate(0)}>
                Reload
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {canAsk && (
        <>
          <Text className={styles.muted}>Your license administrators get your request in the Admin Center.</Text>
          <ErrorMessage error={error} fields={['message']} title="Couldn't send your request" />
          <Field label="Message (optional)" hint="Why you need the app, e.g. your project or role." validationMessage={fieldMessage(error, 'message')}>
            <Textarea value={message} maxLength={1000} onChange={(_, data) => setMessage(data.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <SendRegular />} disabled={busy} onClick={() => void send()}>
              Send request
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
