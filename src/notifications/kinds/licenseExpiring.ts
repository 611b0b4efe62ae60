import type { ContentOf } from '../content.js';
import { fill, longDate } from '../format.js';
import type { NotificationData } from '../kinds.js';

/** A deal's licenses end in 30 days, in 7 days, or today. */
export const licenseExpiring: ContentOf<NotificationData['license.expiring']> = (data, m) => {
  const k = m.kinds['license.expiring'];
  const values = { customer: data.customerName, offer: data.offerName, days: data.daysLeft, plans: data.plans.join(', '), endDate: longDate(data.endDate) };
  return {
    subject: fill(data.daysLeft <= 0 ? k.subjectToday : k.subjectAhead, values),
    paragraphs: [fill(k.body, values), k.advice],
    action: { label: k.action, path: '/admin/licenses' },
  };
};
