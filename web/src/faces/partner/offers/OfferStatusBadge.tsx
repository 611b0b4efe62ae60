import { Badge } from '@fluentui/react-components';
import type { OfferStatus } from '../../../api/offers';

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = { draft: 'Draft', published: 'Live', stop_sold: 'Stop-sold' };

const COLORS = { draft: 'subtle', published: 'success', stop_sold: 'warning' } as const;

/** Whether customers can find and get the offer. */
export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  return (
    <Badge appearance="tint" color={COLORS[status]}>
      {OFFER_STATUS_LABELS[status]}
    </Badge>
  );
}
