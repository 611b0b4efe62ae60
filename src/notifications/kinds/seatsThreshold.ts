import type { ContentOf } from '../content.js';
import { fill } from '../format.js';
import type { NotificationData } from '../kinds.js';

/** A product crossed 90 % or 100 % of its seats. */
export const seatsThreshold: ContentOf<NotificationData['seats.threshold']> = (data, m) => {
  const k = m.kinds['seats.threshold'];
  const values = { plan: data.planName, offer: data.offerName, percent: data.level, assigned: data.assigned, purchased: data.purchased };
  return {
    subject: fill(data.level === 100 ? k.subject100 : k.subject90, values),
    paragraphs: [fill(k.body, values), data.level === 100 ? k.advice100 : k.advice90],
    action: { label: k.action, path: `/admin/licenses/${encodeURIComponent(data.planId)}` },
  };
};
