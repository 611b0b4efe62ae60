import { Badge } from '@fluentui/react-components';
import type { ProductState, SeatState } from '../../../api/licenses';

export const PRODUCT_STATE_LABELS: Record<ProductState, string> = { active: 'Active', warning: 'Grace period', suspended: 'Suspended', removed: 'Removed' };

const lastDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const DAY_MS = 86_400_000;

/**
 * What the state means and until when, in one sentence: "Active until Oct 29, 2027, then 30 days' grace".
 * nextChangeAt is the first moment of the next state (midnight UTC), so the state's last day is the day
 * before, as a calendar date (no time-zone shift).
 */
export function productStateText(product: { state: ProductState; nextChangeAt: string | null; nextStateDays: number | null }): string {
  const label = PRODUCT_STATE_LABELS[product.state];
  if (!product.nextChangeAt || product.state === 'removed') return label;
  const until = lastDay.format(new Date(Date.parse(product.nextChangeAt) - DAY_MS));
  const days = product.nextStateDays;
  if (product.state === 'active') return `Active until ${until}, then ${days ? `${days} days' grace` : 'suspended'}`;
  if (product.state === 'warning') return `Grace period until ${until} (licenses still work), then suspended${days ? ` for ${days} days` : ''}`;
  return `Suspended until ${until}, then removed`;
}

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
