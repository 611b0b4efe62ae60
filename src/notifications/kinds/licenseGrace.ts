import type { ContentOf } from '../content.js';
import { fill } from '../format.js';
import type { NotificationData } from '../kinds.js';

/** A product entered its grace period. */
export const licenseGrace: ContentOf<NotificationData['license.grace']> = (data, m) => {
  const k = m.kinds['license.grace'];
  const values = { customer: data.customerName, plan: data.planName, offer: data.offerName, publisher: data.publisherName };
  return {
    subject: fill(k.subject, values),
    paragraphs: [fill(k.body, values), k.advice],
    action: { label: k.action, path: `/admin/licenses/${encodeURIComponent(data.planId)}` },
  };
};
