import type { ContentOf } from '../content.js';
import { fill, longDate, shorten } from '../format.js';
import type { NotificationData } from '../kinds.js';

/** License admins learn which unused seats of a product were reclaimed. */
export const seatsReclaimed: ContentOf<NotificationData['seats.reclaimed']> = (data, m) => {
  const k = m.kinds['seats.reclaimed'];
  const values = { plan: data.planName, offer: data.offerName, count: data.people.length, people: shorten(data.people.join(', '), 1000), undoUntil: longDate(data.undoUntil) };
  return {
    subject: fill(data.people.length === 1 ? k.subjectOne : k.subjectMany, values),
    paragraphs: [fill(k.body, values), fill(k.advice, values)],
    action: { label: k.action, path: `/admin/licenses/${encodeURIComponent(data.planId)}` },
  };
};
