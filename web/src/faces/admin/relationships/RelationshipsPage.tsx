import {
  Button,
  Field,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { BuildingShopRegular, HandshakeRegular, OpenRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { acceptInvitation, declineInvitation, endRelationship, listRelationships, type Relationship } from '../../../api/relationships';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useDataTableStyles } from '../../../components/dataTable';
import { countOf, formatDate } from '../../../components/formatting';
import { ListResults, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { relationshipResponder } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { RelationshipStatusBadge } from '../../partner/customers/RelationshipStatusBadge';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  icon: { color: tokens.colorBrandForeground1, fontSize: '20px', display: 'flex' },
  message: { color: tokens.colorNeutralForeground2, maxWidth: '320px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  open: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  openField: { flexGrow: 1, maxWidth: '640px' },
  section: { marginBottom: tokens.spacingVerticalL },
});

/** The invitation code in a pasted link, or the pasted text itself when it is only the code. */
function codeFrom(text: string): string {
  const trimmed = text.trim();
  try {
    return new URL(trimmed).searchParams.get('code') ?? '';
  } catch {
    return trimmed;
  }
}

type OpenDialog = { kind: 'end'; relationship: Relationship } | { kind: 'decline'; relationship: Relationship } | null;

/** The publishers the organization consents to (they may provision licenses into it), and invitations waiting for an answer. */
export function RelationshipsPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const list = useListQuery();
  const tenantId = session.tenant.id;
  const canRespond = relationshipResponder.allows(session);
  const [link, setLink] = useState('');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const relationships = useApiResource((signal) => listRelationships(tenantId, { limit: PAGE_SIZE, offset: list.offset }, signal), [tenantId, list.offset]);

  const openLink = (event: FormEvent) => {
    event.preventDefault();
    const code = codeFrom(link);
    if (code) navigate(`/admin/relationships/accept?code=${encodeURIComponent(code)}`);
  };

  const accept = async (relationship: Relationship) => {
    await acceptInvitation(tenantId, relationship.id);
    notify(`You accepted the relationship with ${relationship.publisher.name}`);
    relationships.reload();
  };

  return (
    <>
      <PageHeader
        title="Publishers"
        description="Publishers you have a relationship with can register your deals and provision their licenses into your organization. Nobody can do so without your consent."
      />
      {canRespond && (
        <Section title="Open an invitation" className={styles.section}>
          <form className={styles.open} onSubmit={openLink} aria-label="Open an invitation">
            <Field className={styles.openField} label="Invitation link or code" hint="Paste the link a publisher sent you.">
              <Input value={link} onChange={(_, data) => setLink(data.value)} placeholder="https://…/admin/relationships/accept?code=…" />
            </Field>
            <Button type="submit" icon={<OpenRegular />} disabled={!codeFrom(link)}>
              Open
            </Button>
          </form>
        </Section>
      )}
      <ListToolbar label="Publisher actions" total={relationships.data && countOf(relationships.data.total, 'relationship')}>
        <RefreshButton onClick={relationships.reload} />
      </ListToolbar>
      <ListResults
        resource={relationships}
        errorTitle="Couldn't load your publishers"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <HandshakeRegular />,
          title: 'No publishers yet',
          message: 'When a publisher sends you an invitation link, open it here to consent to them provisioning the licenses you buy.',
        }}
      >
        {(items) => (
          <Table aria-label="Publisher relationships" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '26%' }}>Publisher</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Message</TableHeaderCell>
                <TableHeaderCell>Invited</TableHeaderCell>
                <TableHeaderCell>Answered</TableHeaderCell>
                {canRespond && <TableHeaderCell style={{ width: '200px' }} aria-label="Actions" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((relationship) => (
                <TableRow key={relationship.id}>
                  <TableCell>
                    <TableCellLayout media={<BuildingShopRegular className={styles.icon} />}>{relationship.publisher.name}</TableCellLayout>
                  </TableCell>
                  <TableCell>
                    <RelationshipStatusBadge status={relationship.status} />
                  </TableCell>
                  <TableCell className={styles.message}>{relationship.message || '—'}</TableCell>
                  <TableCell>{formatDate(relationship.createdAt)}</TableCell>
                  <TableCell>
                    {relationship.endedAt ? `Ended ${formatDate(relationship.endedAt)}` : relationship.respondedAt ? formatDate(relationship.respondedAt) : '—'}
                  </TableCell>
                  {canRespond && (
                    <TableCell>
                      <span className={styles.actions}>
                        {relationship.status === 'pending' && (
                          <>
                            <Button size="small" appearance="primary" onClick={() => void accept(relationship)}>
                              Accept
                            </Button>
                            <Button size="small" onClick={() => setDialog({ kind: 'decline', relationship })}>
                              Decline
                            </Button>
                          </>
                        )}
                        {relationship.status === 'accepted' && (
                          <Button size="small" appearance="subtle" onClick={() => setDialog({ kind: 'end', relationship })}>
                            End relationship
                          </Button>
                        )}
                      </span>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListResults>
      {dialog?.kind === 'end' && (
        <ConfirmDialog
          open
          title={`End the relationship with ${dialog.relationship.publisher.name}?`}
          confirmLabel="End relationship"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await endRelationship(tenantId, dialog.relationship.id);
            notify(`The relationship with ${dialog.relationship.publisher.name} ended`);
            relationships.reload();
          }}
        >
          {dialog.relationship.publisher.name} can no longer register deals or provision more licenses. Licenses already provisioned stay until their deals end.
        </ConfirmDialog>
      )}
      {dialog?.kind === 'decline' && (
        <ConfirmDialog
          open
          title={`Decline ${dialog.relationship.publisher.name}'s invitation?`}
          confirmLabel="Decline"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await declineInvitation(tenantId, dialog.relationship.id);
            notify('The invitation was declined');
            relationships.reload();
          }}
        >
          {dialog.relationship.publisher.name} won't be able to provision licenses into your organization. They can send a new invitation later.
        </ConfirmDialog>
      )}
    </>
  );
}
