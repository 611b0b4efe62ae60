import type { ContentOf } from '../content.js';
import { fill, longDate } from '../format.js';
import type { NotificationData } from '../kinds.js';
import { appPath } from './appPath.js';

/** The holder of an unused seat learns it will be reclaimed unless they use the app. */
export const seatReclaimAnnounced: ContentOf<NotificationData['seat.reclaim_announced']> = (data, m) => {
  const k = m.kinds['seat.reclaim_announced'];
  const values = { plan: data.planName, offer: data.offerName, dueAt: longDate(data.dueAt), days: data.idleDays };
  const path = appPath(data.tenantId, data.appModule);
  return {
    subject: fill(k.subject, values),
    paragraphs: [fill(k.body, values), path ? k.advice : k.adviceNoApp],
    action: path ? { label: fill(k.action, values), path } : { label: k.actionNoApp, path: '/account/notifications' },
  };
};
