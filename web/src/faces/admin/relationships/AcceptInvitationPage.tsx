import { Button, Card, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, HandshakeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { acceptInvitation, declineInvitation, findInvitation, type Relationship } from '../../../api/relationships';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatDateTime } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { ParentLink } from '../../../components/ParentLink';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { relationshipResponder } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { RelationshipStatusBadge } from '../../partner/customers/RelationshipStatusBadge';

const useStyles = makeStyles({
  card: { maxWidth: '720px', padding: tokens.spacingHorizontalXXL, gap: tokens.spacingVerticalL },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1, display: 'flex' },
  message: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
    fontStyle: 'italic',
    whiteSpace: 'pre-wrap',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Where an invitation link lands: the customer's admin reads what consenting means, then accepts or declines. */
export function AcceptInvitationPage() {
  const styles = useStyles();
  const session = useSession();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const invitation = useApiResource(
    (signal) => (code ? findInvitation(session.tenant.id, code, signal) : Promise.resolve(undefined)),
    [session.tenant.id, code],
  );

  const header = <PageHeader above={<ParentLink to="/admin/relationships">Publishers</ParentLink>} title="Relationship invitation" />;
  if (!code) {
    return (
      <>
        {header}
        <EmptyState icon={<HandshakeRegular />} title="This link has no invitation code" message="Open the whole link the publisher sent you, or paste it on the Publishers page." />
      </>
    );
  }
  if (!invitation.data) {
    return (
      <>
        {header}
        {invitation.error ? (
          <ErrorMessage
            error={invitation.error}
            title={invitation.error.status === 404 ? 'This invitation was not found' : "Couldn't open the invitation"}
          />
        ) : (
          <LoadingState />
        )}
        {invitation.error?.status === 404 && (
          <Text className={styles.muted}>The link may be incomplete, cancelled by the publisher, or meant for another organization. Ask the publisher for a new link.</Text>
        )}
      </>
    );
  }
  return (
    <>
      {header}
      <InvitationCard invitation={invitation.data} code={code} onAnswered={invitation.reload} />
    </>
  );
}

function InvitationCard({ invitation, code, onAnswered }: { invitation: Relationship; code: string; onAnswered(): void }) {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const { busy, error, submit } = useSubmit();
  const [answered, setAnswered] = useState<Relationship>();
  const canRespond = relationshipResponder.allows(session);
  const current = answered ?? invitation;
  const publisher = current.publisher.name;

  const respond = (accept: boolean) =>
    submit(async () => {
      const result = accept
        ? await acceptInvitation(session.tenant.id, invitation.id, code)
        : await declineInvitation(session.tenant.id, invitation.id, code);
      setAnswered(result);
      onAnswered();
    });

  return (
    <Card className={styles.card} aria-label="Invitation">
      <div className={styles.heading}>
        <span className={styles.icon}>
          <HandshakeRegular />
        </span>
        <div>
          <Text as="h2" size={500} weight="semibold" block>
            {publisher} invites {session.tenant.displayName} to a relationship
          </Text>
          <RelationshipStatusBadge status={current.status} />
        </div>
      </div>
      {current.message && <Text className={styles.message}>“{current.message}”</Text>}
      <div>
        <Text weight="semibold" block>
          If you accept, {publisher}:
        </Text>
        <ul className={styles.list}>
          <li>can register the deals you sign with them, and their licenses appear under Licenses in your Admin Center at once;</li>
          <li>sees how many of its licenses you have assigned, not who holds them;</li>
          <li>can't change your users, groups or settings.</li>
        </ul>
        <Text className={styles.muted}>You can end the relationship at any time; licenses already provisioned stay until their deals end.</Text>
      </div>
      <ErrorMessage error={error} title="Couldn't answer the invitation" />
      {current.status === 'pending' && (
        <>
          <Text className={styles.muted}>This invitation expires {formatDateTime(current.expiresAt)}.</Text>
          {canRespond ? (
            <div className={styles.actions}>
              <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <CheckmarkRegular />} disabled={busy} onClick={() => void respond(true)}>
                Accept
              </Button>
              <Button icon={<DismissRegular />} disabled={busy} onClick={() => void respond(false)}>
                Decline
              </Button>
            </div>
          ) : (
            <MessageBar intent="warning">
              <MessageBarBody>Only a Global admin or a Billing admin of {session.tenant.displayName} can accept or decline this invitation. Send them this link.</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {current.status === 'accepted' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You accepted the relationship with {publisher}</MessageBarTitle>
            Licenses from their deals will appear under <RouterLink to="/admin/licenses">Licenses</RouterLink>.
          </MessageBarBody>
        </MessageBar>
      )}
      {current.status === 'declined' && (
        <MessageBar intent="info">
          <MessageBarBody>You declined this invitation. {publisher} can't provision licenses into your organization.</MessageBarBody>
        </MessageBar>
      )}
      {(current.status === 'expired' || current.status === 'cancelled' || current.status === 'ended') && (
        <MessageBar intent="info">
          <MessageBarBody>This invitation can no longer be answered. Ask {publisher} for a new link.</MessageBarBody>
        </MessageBar>
      )}
      {current.status !== 'pending' && (
        <div className={styles.actions}>
          <Button onClick={() => navigate('/admin/relationships')}>Go to publishers</Button>
        </div>
      )}
    </Card>
  );
}
