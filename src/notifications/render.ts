import type { ContentOf, NotificationContent } from './content.js';
import { escapeHtml, fill } from './format.js';
import type { NotificationData, NotificationKind } from './kinds.js';
import { licenseExpiring } from './kinds/licenseExpiring.js';
import { licenseGrace } from './kinds/licenseGrace.js';
import { licenseRequestCreated } from './kinds/licenseRequestCreated.js';
import { licenseRequestDecided } from './kinds/licenseRequestDecided.js';
import { licenseSuspended } from './kinds/licenseSuspended.js';
import { programDecided } from './kinds/programDecided.js';
import { relationshipInvited } from './kinds/relationshipInvited.js';
import { seatReclaimAnnounced } from './kinds/seatReclaimAnnounced.js';
import { seatsReclaimed } from './kinds/seatsReclaimed.js';
import { seatsThreshold } from './kinds/seatsThreshold.js';
import { waitingRoomAdmitted } from './kinds/waitingRoomAdmitted.js';
import { messagesFor, type MessageCatalogue } from './messages/index.js';

const CONTENT: { [K in NotificationKind]: ContentOf<NotificationData[K]> } = {
  'license_request.created': licenseRequestCreated,
  'license_request.decided': licenseRequestDecided,
  'seats.threshold': seatsThreshold,
  'license.expiring': licenseExpiring,
  'license.grace': licenseGrace,
  'license.suspended': licenseSuspended,
  'seat.reclaim_announced': seatReclaimAnnounced,
  'seats.reclaimed': seatsReclaimed,
  'waiting_room.admitted': waitingRoomAdmitted,
  'program.decided': programDecided,
  'relationship.invited': relationshipInvited,
};

/** What a notification says, in the given catalogue. */
export function notificationContent<K extends NotificationKind>(kind: K, data: NotificationData[K], messages: MessageCatalogue = messagesFor()): NotificationContent {
  return (CONTENT[kind] as ContentOf<NotificationData[K]>)(data, messages);
}

export interface EmailRecipient {
  /** The person's display name; null for an address that is no account (a partner contact). */
  name: string | null;
  /** A person with an account can change their preferences; a partner contact cannot. */
  account: boolean;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The email for one notification: the same words as plain text and as HTML,
 * every value escaped in the HTML, links absolute on the public URL.
 */
export function renderEmail<K extends NotificationKind>(
  kind: K,
  data: NotificationData[K],
  recipient: EmailRecipient,
  options: { publicUrl: string; locale?: string | null },
): RenderedEmail {
  const m = messagesFor(options.locale);
  const content = notificationContent(kind, data, m);
  const actionUrl = `${options.publicUrl}${content.action.path}`;
  const preferencesUrl = `${options.publicUrl}/account/notifications`;
  const greeting = recipient.name ? fill(m.common.greeting, { name: recipient.name }) : m.common.greetingNoName;
  const footer = recipient.account
    ? [fill(m.common.footer, { product: 'LicenseHub' }), fill(m.common.footerPreferences, { url: preferencesUrl })]
    : [fill(m.common.footerContact, { product: 'LicenseHub' })];

  const text = [greeting, '', ...content.paragraphs.flatMap((p) => [p, '']), `${content.action.label}: ${actionUrl}`, '', m.common.signature, '', '--', ...footer, ''].join('\n');

  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f5;font-family:'Segoe UI',system-ui,sans-serif;font-size:14px;line-height:1.5;color:#242424">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:4px;padding:24px">
<p style="margin:0 0 16px;font-weight:600;color:#0f6cbd">LicenseHub</p>
<p>${e(greeting)}</p>
${content.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n')}
<p style="margin:24px 0"><a href="${e(actionUrl)}" style="background:#0f6cbd;color:#ffffff;padding:8px 16px;border-radius:4px;text-decoration:none;display:inline-block">${e(content.action.label)}</a></p>
<p>${e(m.common.signature)}</p>
<hr style="border:none;border-top:1px solid #e0e0e0;margin:24px 0 12px">
${footer.map((line) => `<p style="margin:0;font-size:12px;color:#616161">${linkify(line)}</p>`).join('\n')}
</div>
</body>
</html>
`;
  return { subject: content.subject, text, html };
}

/** Escapes a footer line and turns its one URL into a link. */
function linkify(line: string): string {
  const match = /https?:\/\/\S+/.exec(line);
  if (!match) return escapeHtml(line);
  const url = match[0];
  return `${escapeHtml(line.slice(0, match.index))}<a href="${escapeHtml(url)}" style="color:#0f6cbd">${escapeHtml(url)}</a>${escapeHtml(line.slice(match.index + url.length))}`;
}
