import { Badge } from '@fluentui/react-components';
import type { MarketplaceListing } from '../../api/marketplace';

/** Free or Free trial, as the server derives it from the offer and its plans (src/domain/offers/pricingBadge.ts). */
export function PricingBadge({ badge }: { badge: MarketplaceListing['badge'] }) {
  if (!badge) return null;
  return (
    <Badge appearance="filled" color={badge.kind === 'free' ? 'success' : 'brand'} shape="rounded">
      {badge.label}
    </Badge>
  );
}
