import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { getTenant, type Tenant } from '../../api/tenants';
import { CopyButton } from '../../components/CopyButton';
import { DetailList, type DetailItem } from '../../components/DetailList';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { RouterLink } from '../../components/RouterLink';
import { Section } from '../../components/Section';
import { useApiResource } from '../../components/useApiResource';
import { useSession } from '../../session/SessionContext';
import { ProgramStatusBadge } from './ProgramStatusBadge';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(380px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What the publisher's program status means for them, and what happens next. */
function enrollmentMessage(tenant: Tenant) {
  switch (tenant.programStatus) {
    case 'approved':
      return { intent: 'success' as const, title: 'You can manage licenses for your apps', text: 'Your account is enrolled in the partner program.' };
    case 'pending':
      return { intent: 'info' as const, title: 'Your enrollment is being reviewed', text: 'The LicenseHub operator reviews new publishers; license management opens once you are approved.' };
    case 'declined':
      return {
        intent: 'error' as const,
        title: 'Your enrollment was declined',
        text: tenant.programDecisionReason ?? 'See the Partner program page for what to change, and apply again.',
      };
    case 'not_enrolled':
      return {
        intent: 'warning' as const,
        title: 'Not enrolled in the partner program',
        text: 'Publishers need to be enrolled before they can enable license management for their offers. Apply on the Partner program page.',
      };
  }
}

/** The publisher's account: partner ID and partner program enrollment. */
export function PartnerAccountPage() {
  const styles = useStyles();
  const session = useSession();
  const tenant = useApiResource((signal) => getTenant(session.tenant.id, signal), [session.tenant.id]);

  if (!tenant.data) return tenant.error ? <ErrorMessage error={tenant.error} /> : <LoadingState />;
  const message = enrollmentMessage(tenant.data);
  const { displayName, partnerId, programStatus, programDecisionReason, primaryDomain, countryName, id } = tenant.data;

  return (
    <>
      <PageHeader title="Account" description="Your publisher account and its standing in the partner program." />
      <div className={styles.layout}>
        <Section title="Program enrollment">
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{message.title}</MessageBarTitle>
              {message.text}
            </MessageBarBody>
          </MessageBar>
          <DetailList
            items={[
              ['Status', <ProgramStatusBadge key="status" status={programStatus} />],
              ...(programDecisionReason ? [['Reason', programDecisionReason] satisfies DetailItem] : []),
            ]}
          />
          <RouterLink to="/partner/program">Prerequisites and application</RouterLink>
        </Section>
        <Section title="Publisher details">
          <DetailList
            items={[
              ['Publisher name', displayName],
              [
                'Partner ID',
                partnerId ? (
                  <>
                    <Text className={styles.mono}>{partnerId}</Text>
                    <CopyButton text={partnerId} label="Copy partner ID" />
                  </>
                ) : (
                  <Text className={styles.muted}>Not assigned yet</Text>
                ),
              ],
              ['Primary domain', primaryDomain],
              ['Country or region', countryName],
              [
                'Tenant ID',
                <>
                  <Text className={styles.mono}>{id}</Text>
                  <CopyButton text={id} label="Copy tenant ID" />
                </>,
              ],
            ]}
          />
        </Section>
      </div>
    </>
  );
}
