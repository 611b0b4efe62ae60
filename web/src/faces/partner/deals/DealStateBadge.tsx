import { Badge } from '@fluentui/react-components';
import type { DealState } from '../../../api/deals';

export const DEAL_STATE_LABELS: Record<DealState, string> = {
  active: 'Active',
  warning: 'Grace period',
  suspended: 'Suspended',
  expired: 'Expired',
  cancelled: 'Cancelled',
};

const COLORS = { active: 'success', warning: 'warning', suspended: 'danger', expired: 'subtle', cancelled: 'subtle' } as const;

/** Where a deal's licenses stand today. */
export function DealStateBadge({ state }: { state: DealState }) {
  return (
    <Badge appearance="tint" color={COLORS[state]}>
      {DEAL_STATE_LABELS[state]}
    </Badge>
  );
}
