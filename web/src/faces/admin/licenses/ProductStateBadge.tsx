import { Badge } from '@fluentui/react-components';
import type { ProductState, SeatState } from '../../../api/licenses';

export const PRODUCT_STATE_LABELS: Record<ProductState, string> = { active: 'Active', warning: 'Warning', suspended: 'Suspended', removed: 'Removed' };

const COLORS = { active: 'success', warning: 'warning', suspended: 'danger', removed: 'subtle' } as const;

/** Whether the product's licenses work: active; warning (in a grace period, still working); suspended (checks fail). */
export function ProductStateBadge({ state }: { state: ProductState }) {
  return (
    <Badge appearance="tint" color={COLORS[state]}>
      {PRODUCT_STATE_LABELS[state]}
    </Badge>
  );
}

/** Whether a user holding the product has a seat. */
export function SeatStateBadge({ state }: { state: SeatState | 'user_disabled' }) {
  if (state === 'active') {
    return (
      <Badge appearance="tint" color="success">
        Active
      </Badge>
    );
  }
  if (state === 'user_disabled') {
    return (
      <Badge appearance="tint" color="subtle">
        Sign-in blocked
      </Badge>
    );
  }
  return (
    <Badge appearance="tint" color="danger">
      Not enough licenses
    </Badge>
  );
}
