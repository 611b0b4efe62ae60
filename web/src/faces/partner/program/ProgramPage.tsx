import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { BoxRegular, PeopleLinkRegular, SendRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { useState, type FormEvent } from 'react';
import { applyToProgram, getProgram, type ProgramStanding } from '../../../api/program';
import { CopyButton } from '../../../components/CopyButton';
import { DetailList, type DetailItem } from '../../../components/DetailList';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { formatDateTime } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { publisherGlobalAdmin } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { ProgramStatusBadge } from '../ProgramStatusBadge';
import { PrerequisiteList } from './PrerequisiteList';

const FIELDS = ['publisherId', 'partnerId', 'acceptMarketplaceAgreement'] as const;
const PUBLISHER_ID_MAX = 38;
const PUBLISHER_ID_PATTERN = /^[a-z0-9_-]*$/;

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(420px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  example: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

function summary(standing: ProgramStanding) {
  if (standing.canManageLicenses) return { intent: 'success' as const, title: 'You can enable app license management', text: 'Every prerequisite is met. Turn on license management in an offer’s setup.' };
  switch (standing.status) {
    case 'pending':
      return { intent: 'info' as const, title: 'Your application is being reviewed', text: 'The LicenseHub operator reviews applications. You can still correct your application while it waits.' };
    case 'declined':
      return { intent: 'error' as const, title: 'Your application was declined', text: standing.decisionReason ?? 'Correct your application and apply again.' };
    default:
      return { intent: 'warning' as const, title: 'Apply to manage licenses through LicenseHub', text: 'Offers can enable app license management once every prerequisite below is met.' };
  }
}

/** Partner program enrollment: the prerequisites of license management, and the application. */
export function ProgramPage() {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const program = useApiResource((signal) => getProgram(session.tenant.id, signal), [session.tenant.id]);

  if (!program.data) return program.error ? <ErrorMessage error={program.error} title="Couldn't load your program standing" /> : <LoadingState />;
  const standing = program.data;
  const message = summary(standing);
  const canApply = publisherGlobalAdmin.allows(session) && standing.status !== 'approved';

  return (
    <>
      <PageHeader
        title="Partner program"
        description="Enrollment in the partner program lets LicenseHub manage the licenses of your apps: customers get licenses from your deals and the platform checks them when users open your apps."
      />
      <div className={styles.layout}>
        <Section title="Prerequisites" actions={<ProgramStatusBadge status={standing.status} />}>
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{message.title}</MessageBarTitle>
              {message.text}
            </MessageBarBody>
          </MessageBar>
          <PrerequisiteList standing={standing} />
          <DetailList
            items={[
              [
                'Publisher ID',
                standing.publisherId ? (
                  <>
                    <Text className={styles.mono}>{standing.publisherId}</Text>
                    <CopyButton text={standing.publisherId} label="Copy publisher ID" />
                  </>
                ) : (
                  <Text className={styles.muted}>Not chosen yet</Text>
                ),
              ],
              ['Partner ID', standing.partnerId ?? <Text className={styles.muted}>Not on file</Text>],
              ['Applied', standing.appliedAt ? formatDateTime(standing.appliedAt) : '—'],
              ['Decided', standing.decidedAt ? formatDateTime(standing.decidedAt) : '—'],
              ...(standing.decisionReason ? [['Reason', standing.decisionReason] satisfies DetailItem] : []),
            ]}
          />
        </Section>
        {canApply && <ApplicationForm key={standing.appliedAt ?? 'new'} standing={standing} onApplied={program.reload} />}
        {standing.status === 'approved' && (
          <Section title="Next steps">
            <Text className={styles.muted}>Create an offer with license management enabled, add its plans and package, and publish it. Then invite your customers and register their deals.</Text>
            <div className={styles.actions}>
              <Button appearance="primary" icon={<BoxRegular />} onClick={() => navigate('/partner/offers')}>
                Go to offers
              </Button>
              <Button icon={<PeopleLinkRegular />} onClick={() => navigate('/partner/customers')}>
                Invite customers
              </Button>
            </div>
          </Section>
        )}
        {!canApply && standing.status !== 'approved' && (
          <Section title="Application">
            <Text className={styles.muted}>Only a Global admin of {session.tenant.displayName} can apply to the partner program.</Text>
          </Section>
        )}
      </div>
    </>
  );
}

function ApplicationForm({ standing, onApplied }: { standing: ProgramStanding; onApplied(): void }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [publisherId, setPublisherId] = useState(standing.publisherId ?? '');
  const [partnerId, setPartnerId] = useState('');
  const [accepted, setAccepted] = useState(standing.marketplaceEnrolled);
  const partnerIdOnFile = standing.partnerId !== null;

  const localProblem = !PUBLISHER_ID_PATTERN.test(publisherId)
    ? 'Use only lowercase letters, digits, "-" and "_"'
    : publisherId.length > PUBLISHER_ID_MAX
      ? `At most ${PUBLISHER_ID_MAX} characters (${publisherId.length} now)`
      : undefined;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    // The API takes an application only with the agreement accepted (the button waits for the box).
    if (!accepted) return;
    void submit(async () => {
      await applyToProgram(session.tenant.id, {
        publisherId: publisherId.trim(),
        ...(partnerIdOnFile || !partnerId.trim() ? {} : { partnerId: partnerId.trim() }),
        acceptMarketplaceAgreement: accepted,
      });
      notify(standing.status === 'pending' ? 'Your application was updated' : 'Your application was sent to the operator');
      onApplied();
    });
  };

  const title = standing.status === 'pending' ? 'Correct your application' : standing.status === 'declined' ? 'Apply again' : 'Apply to the partner program';
  return (
    <Section title={title}>
      <form className={styles.form} onSubmit={apply} noValidate aria-label="Program application">
        <ErrorMessage error={error} fields={FIELDS} title="Couldn't send the application" />
        <Field
          label="Publisher ID"
          required
          validationMessage={localProblem ?? fieldMessage(error, 'publisherId')}
          hint={
            <>
              The short ID in every Service ID: <span className={styles.example}>{publisherId || '<publisherId>'}.&lt;offerId&gt;.&lt;planId&gt;</span>. Lowercase
              letters, digits, "-" and "_", at most {PUBLISHER_ID_MAX} characters; it can't change once you have offers.
            </>
          }
        >
          <Input value={publisherId} onChange={(_, data) => setPublisherId(data.value)} />
        </Field>
        {partnerIdOnFile ? (
          <Field label="Partner ID" hint="On file for your organization.">
            <Input value={standing.partnerId ?? ''} readOnly />
          </Field>
        ) : (
          <Field label="Partner ID" required hint="Your partner network ID: 6 to 10 digits." validationMessage={fieldMessage(error, 'partnerId')}>
            <Input value={partnerId} inputMode="numeric" onChange={(_, data) => setPartnerId(data.value)} />
          </Field>
        )}
        <Field validationMessage={fieldMessage(error, 'acceptMarketplaceAgreement')}>
          <Checkbox
            checked={accepted}
            onChange={(_, data) => setAccepted(data.checked === true)}
            label="I accept the marketplace publisher agreement (enrolls you in the marketplace)"
          />
        </Field>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            type="submit"
            icon={busy ? <Spinner size="tiny" /> : <SendRegular />}
            disabled={busy || !publisherId.trim() || !accepted || localProblem !== undefined}
          >
            {standing.status === 'pending' ? 'Update application' : 'Apply'}
          </Button>
        </div>
      </form>
    </Section>
  );
}
