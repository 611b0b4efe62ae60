import type { ContentOf } from '../content.js';
import { fill, shorten } from '../format.js';
import type { NotificationData } from '../kinds.js';

/** The operator approved or declined the publisher's partner program application. */
export const programDecided: ContentOf<NotificationData['program.decided']> = (data, m) => {
  const k = m.kinds['program.decided'];
  const publisher = data.publisherId ? fill(k.bodyApprovedPublisher, { publisherId: data.publisherId }) : '';
  return {
    subject: data.approved ? k.subjectApproved : k.subjectDeclined,
    paragraphs: [data.approved ? fill(k.bodyApproved, { publisher }) : fill(k.bodyDeclined, { reason: shorten(data.reason ?? '') })],
    action: { label: k.action, path: '/partner/program' },
  };
};
