import { Badge } from '@fluentui/react-components';
import type { LeadDelivery, LeadStatus } from '../../../api/leads';

export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = { new: 'New', contacted: 'Contacted', won: 'Won', lost: 'Lost' };

const STATUS_COLORS = { new: 'brand', contacted: 'informative', won: 'success', lost: 'subtle' } as const;

/** Where the publisher stands with a lead. */
export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  return (
    <Badge appearance="tint" color={STATUS_COLORS[status]}>
      {LEAD_STATUS_LABELS[status]}
    </Badge>
  );
}

export const LEAD_DELIVERY_LABELS: Record<LeadDelivery, string> = {
  inbox: 'Inbox only',
  retrying: 'Retrying',
  delivered: 'Delivered',
  failed: 'Delivery failed',
  not_delivered: 'Not delivered',
};

const DELIVERY_COLORS = { inbox: 'informative', retrying: 'warning', delivered: 'success', failed: 'danger', not_delivered: 'severe' } as const;

/** Whether the lead reached the offer's webhook (leads without one stay in the inbox). */
export function LeadDeliveryBadge({ delivery }: { delivery: LeadDelivery }) {
  return (
    <Badge appearance="outline" color={DELIVERY_COLORS[delivery]}>
      {LEAD_DELIVERY_LABELS[delivery]}
    </Badge>
  );
}
