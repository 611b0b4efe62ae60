import type { ContentOf } from '../content.js';
import type { MessageCatalogue } from '../messages/index.js';
import { fill, shorten } from '../format.js';
import type { NotificationData } from '../kinds.js';
import { appPath } from './appPath.js';

/**
 * The requester learns the answer: approved opens the app (given by their admins, or by the waiting
 * room with a free seat); declined says why and leads to My apps.
 */
export const licenseRequestDecided: ContentOf<NotificationData['license_request.decided']> = (data, m) => {
  const k = m.kinds['license_request.decided'];
  const values = { app: data.appName, plan: data.planName || data.appName, note: shorten(data.note) };
  return {
    subject: fill(data.approved ? k.subjectApproved : k.subjectDeclined, values),
    paragraphs: [fill(body(data, k), values), ...(data.note ? [fill(data.approved ? k.note : k.reason, values)] : [])],
    action: data.approved
      ? { label: fill(k.actionApproved, values), path: appPath(data.tenantId, data.appModule)! }
      : { label: fill(k.actionDeclined, values), path: '/apps' },
  };
};

function body(data: NotificationData['license_request.decided'], k: MessageCatalogue['kinds']['license_request.decided']): string {
  if (!data.approved) return k.bodyDeclined;
  return data.decidedBy === 'waiting_room' ? k.bodyApprovedByWaitingRoom : k.bodyApproved;
}
