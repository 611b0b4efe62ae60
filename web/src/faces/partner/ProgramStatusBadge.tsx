import { Badge } from '@fluentui/react-components';
import type { ProgramStatus } from '../../api/tenants';

export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  not_enrolled: 'Not enrolled',
  pending: 'Pending review',
  approved: 'Approved',
  declined: 'Declined',
};

const COLORS = { not_enrolled: 'subtle', pending: 'warning', approved: 'success', declined: 'danger' } as const;

/** Where a publisher stands in the partner program. */
export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  return (
    <Badge appearance="tint" color={COLORS[status]}>
      {PROGRAM_STATUS_LABELS[status]}
    </Badge>
  );
}
