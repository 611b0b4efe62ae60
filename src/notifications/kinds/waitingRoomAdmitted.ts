import type { ContentOf } from '../content.js';
import { fill } from '../format.js';
import type { NotificationData } from '../kinds.js';
import { appPath } from './appPath.js';

/** Someone waiting for a seat got one. */
export const waitingRoomAdmitted: ContentOf<NotificationData['waiting_room.admitted']> = (data, m) => {
  const k = m.kinds['waiting_room.admitted'];
  const values = { plan: data.planName, offer: data.offerName };
  const path = appPath(data.tenantId, data.appModule);
  return {
    subject: fill(k.subject, values),
    paragraphs: [fill(k.body, values)],
    action: path ? { label: fill(k.action, values), path } : { label: k.actionNoApp, path: '/account/notifications' },
  };
};
