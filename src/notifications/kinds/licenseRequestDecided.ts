import type { ContentOf } from '../content.js';
import { fill, shorten } from '../format.js';
import type { NotificationData } from '../kinds.js';

/** The requester learns the admins' answer. */
export const licenseRequestDecided: ContentOf<NotificationData['license_request.decided']> = (data, m) => {
  const k = m.kinds['license_request.decided'];
  const values = { app: data.appName, note: shorten(data.note) };
  return {
    subject: fill(data.approved ? k.subjectApproved : k.subjectDeclined, values),
    paragraphs: [fill(data.approved ? k.bodyApproved : k.bodyDeclined, values), ...(data.note ? [fill(k.note, values)] : [])],
    action: {
      label: fill(data.approved ? k.actionApproved : k.actionDeclined, values),
      path: `/launch/${encodeURIComponent(data.tenantId)}/${encodeURIComponent(data.appModule)}`,
    },
  };
};
