import type { ContentOf } from '../content.js';
import { fill, shorten } from '../format.js';
import type { NotificationData } from '../kinds.js';

/** A user asked their admins for a license. */
export const licenseRequestCreated: ContentOf<NotificationData['license_request.created']> = (data, m) => {
  const k = m.kinds['license_request.created'];
  const values = { requester: data.requesterName, upn: data.requesterUpn, app: data.appName, message: shorten(data.message) };
  return {
    subject: fill(k.subject, values),
    paragraphs: [fill(k.body, values), ...(data.message ? [fill(k.message, values)] : [])],
    action: { label: k.action, path: '/admin/license-requests' },
  };
};
