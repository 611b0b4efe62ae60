import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { BuildingRegular, LinkAddRegular, PeopleLinkRegular, ReceiptAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { cancelInvitation, listPartnerRelationships, type Relationship } from '../../../api/relationships';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useDataTableStyles } from '../../../components/dataTable';
import { countOf, formatDate, formatDateTime } from '../../../components/formatting';
import { LabelFilter, ListResults, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { publisherDealWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { CreateInvitationDialog } from './CreateInvitationDialog';
import { RELATIONSHIP_STATUS_LABELS, RelationshipStatusBadge } from './RelationshipStatusBadge';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { color: tokens.colorNeutralForeground2, maxWidth: '320px' },
  icon: { color: tokens.colorBrandForeground1, fontSize: '20px', display: 'flex' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

/** When the relationship last changed, in words. */
function lastChange(relationship: Relationship): string {
  if (relationship.status === 'pending') return `Expires ${formatDateTime(relationship.expiresAt)}`;
  if (relationship.status === 'expired') return `Expired ${formatDate(relationship.expiresAt)}`;
  if (relationship.endedAt) return `Ended ${formatDate(relationship.endedAt)}${relationship.endedBy ? ` by the ${relationship.endedBy}` : ''}`;
  if (relationship.respondedAt) return `${relationship.status === 'accepted' ? 'Accepted' : 'Answered'} ${formatDate(relationship.respondedAt)}`;
  return '—';
}

/** Customers who consented to the publisher provisioning licenses, and the invitations still open. */
export function CustomersPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const list = useListQuery();
  const status = list.choice('status', RELATIONSHIP_STATUS_LABELS);
  const inviting = list.param('invite') === '1';
  const canWrite = publisherDealWriter.allows(session);
  const [cancelling, setCancelling] = useState<Relationship>();
  const tenantId = session.tenant.id;
  const relationships = useApiResource(
    (signal) => listPartnerRelationships(tenantId, { status: status || undefined, limit: PAGE_SIZE, offset: list.offset }, signal),
    [tenantId, status, list.offset],
  );

  return (
    <>
      <PageHeader
        title="Customers"
        description="Customers must consent to a relationship before your deals can provision licenses into their organization. Send them an invitation link; their Global or Billing admin accepts it in the Admin Center."
      />
      <ListToolbar label="Customer actions" total={relationships.data && countOf(relationships.data.total, 'relationship')}>
        {canWrite && (
          <Button appearance="primary" icon={<LinkAddRegular />} onClick={() => list.setParam({ invite: '1' })}>
            Create invitation link
          </Button>
        )}
        <RefreshButton onClick={relationships.reload} />
        <LabelFilter
          label="Filter by status"
          allLabel="All statuses"
          labels={RELATIONSHIP_STATUS_LABELS}
          value={status}
          onChange={(value) => list.setParam({ status: value, offset: '' })}
        />
      </ListToolbar>
      <ListResults
        resource={relationships}
        errorTitle="Couldn't load your customers"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <PeopleLinkRegular />,
          title: status ? 'No relationships match' : 'No customers yet',
          message: status ? 'Try another status.' : 'Create an invitation link and send it to your customer’s admin.',
        }}
      >
        {(items) => (
          <Table aria-label="Customer relationships" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '28%' }}>Customer</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Message</TableHeaderCell>
                <TableHeaderCell>Invited</TableHeaderCell>
                <TableHeaderCell>Last change</TableHeaderCell>
                <TableHeaderCell style={{ width: '200px' }} aria-label="Actions" />
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((relationship) => (
                <TableRow key={relationship.id}>
                  <TableCell>
                    <TableCellLayout media={<BuildingRegular className={styles.icon} />}>
                      {relationship.customer.name ?? <Text italic>Anyone with the link</Text>}
                      {relationship.customer.tenantId && (
                        <Text block className={styles.muted}>
                          {relationship.customer.tenantId}
                        </Text>
                      )}
                    </TableCellLayout>
                  </TableCell>
                  <TableCell>
                    <RelationshipStatusBadge status={relationship.status} />
                  </TableCell>
                  <TableCell className={styles.message}>{relationship.message || '—'}</TableCell>
                  <TableCell>{formatDate(relationship.createdAt)}</TableCell>
                  <TableCell>{lastChange(relationship)}</TableCell>
                  <TableCell>
                    <span className={styles.actions}>
                      {canWrite && relationship.status === 'accepted' && relationship.customer.tenantId && (
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<ReceiptAddRegular />}
                          onClick={() => navigate(`/partner/deals/new?customer=${relationship.customer.tenantId}`)}
                        >
                          Register a deal
                        </Button>
                      )}
                      {canWrite && relationship.status === 'pending' && (
                        <Button size="small" appearance="subtle" onClick={() => setCancelling(relationship)}>
                          Cancel invitation
                        </Button>
                      )}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListResults>
      {inviting && <CreateInvitationDialog onClose={() => list.setParam({ invite: '' })} onCreated={relationships.reload} />}
      {cancelling && (
        <ConfirmDialog
          open
          title="Cancel this invitation?"
          confirmLabel="Cancel invitation"
          onClose={() => setCancelling(undefined)}
          onConfirm={async () => {
            await cancelInvitation(tenantId, cancelling.id);
            notify('The invitation was cancelled');
            relationships.reload();
          }}
        >
          The link stops working. You can create a new one at any time.
        </ConfirmDialog>
      )}
    </>
  );
}
