import type { ContentOf } from '../content.js';
import { fill, longDate, shorten } from '../format.js';
import type { NotificationData } from '../kinds.js';

/** A publisher invited the tenant to a relationship. */
export const relationshipInvited: ContentOf<NotificationData['relationship.invited']> = (data, m) => {
  const k = m.kinds['relationship.invited'];
  const values = { publisher: data.publisherName, expiresAt: longDate(data.expiresAt), message: shorten(data.message) };
  return {
    subject: fill(k.subject, values),
    paragraphs: [fill(k.body, values), ...(data.message ? [fill(k.message, values)] : [])],
    action: { label: k.action, path: '/admin/relationships' },
  };
};
