import { Badge } from '@fluentui/react-components';
import type { RelationshipStatus } from '../../../api/relationships';

export const RELATIONSHIP_STATUS_LABELS: Record<RelationshipStatus, string> = {
  pending: 'Invitation pending',
  accepted: 'Accepted',
  declined: 'Declined',
  ended: 'Ended',
  expired: 'Expired',
  cancelled: 'Cancelled',
};

const COLORS = { pending: 'warning', accepted: 'success', declined: 'danger', ended: 'subtle', expired: 'subtle', cancelled: 'subtle' } as const;

/** Where a publisher–customer relationship stands. */
export function RelationshipStatusBadge({ status }: { status: RelationshipStatus }) {
  return (
    <Badge appearance="tint" color={COLORS[status]}>
      {RELATIONSHIP_STATUS_LABELS[status]}
    </Badge>
  );
}
