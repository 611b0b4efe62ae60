import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, fill } from './format.js';
import { NOTIFICATION_KINDS, type NotificationData, type NotificationKind } from './kinds.js';
import { messagesFor } from './messages/index.js';
import { en } from './messages/en.js';
import { notificationContent, renderEmail } from './render.js';

const HOSTILE = `<script>alert("x")</script> & 'quotes'`;

/** One example of every kind's data, every free-text field hostile. */
const EXAMPLES: { [K in NotificationKind]: NotificationData[K] } = {
  'license_request.created': { requestId: 'r1', requesterName: HOSTILE, requesterUpn: 'u@x.example', appName: 'Field Hub', message: HOSTILE },
  'license_request.decided': { requestId: 'r1', tenantId: 't1', appModule: 'field_hub', appName: HOSTILE, approved: false, planName: HOSTILE, note: HOSTILE },
  'seats.threshold': { planId: 'p1', planName: HOSTILE, offerName: 'Field Hub', level: 90, assigned: 9, purchased: 10 },
  'license.expiring': { dealId: 'd1', customerName: HOSTILE, offerName: 'Field Hub', plans: ['Gold (3)'], endDate: '2027-10-14', notice: 7, daysLeft: 6 },
  'license.grace': { planId: 'p1', planName: 'Gold', offerName: 'Field Hub', customerName: HOSTILE, publisherName: 'Fabrikam' },
  'license.suspended': { planId: 'p1', planName: 'Gold', offerName: 'Field Hub', customerName: 'Contoso', publisherName: HOSTILE },
  'seat.reclaim_announced': { tenantId: 't1', planId: 'p1', planName: HOSTILE, offerName: 'Field Hub', appModule: 'field_hub', dueAt: '2026-12-24T12:00:00.000Z', idleDays: 30 },
  'seats.reclaimed': { planId: 'p1', planName: HOSTILE, offerName: 'Field Hub', people: [HOSTILE, 'megan@contoso.example'], undoUntil: '2027-01-23T12:00:00.000Z' },
  'waiting_room.admitted': { tenantId: 't1', planId: 'p1', planName: HOSTILE, offerName: 'Field Hub', appModule: null },
  'program.decided': { approved: false, reason: HOSTILE, publisherId: null },
  'relationship.invited': { relationshipId: 'x', publisherName: HOSTILE, message: HOSTILE, expiresAt: '2026-12-24T12:00:00.000Z' },
};

describe('notification emails', () => {
  for (const kind of NOTIFICATION_KINDS) {
    test(`${kind}: text and HTML say the same, every placeholder filled, every value escaped in the HTML`, () => {
      const email = renderEmail(kind, EXAMPLES[kind] as never, { name: 'Megan <Bowen>', account: true }, { publicUrl: 'https://hub.example' });
      for (const part of [email.subject, email.text, email.html]) assert.doesNotMatch(part, /\{\w+\}/, 'no placeholder left');
      assert.doesNotMatch(email.html, /<script>/);
      assert.doesNotMatch(email.html, /Megan <Bowen>/);
      assert.match(email.html, /Megan &lt;Bowen&gt;/);
      assert.match(email.text, /Hello Megan <Bowen>,/);
      const content = notificationContent(kind, EXAMPLES[kind] as never);
      assert.match(email.text, new RegExp(`https://hub\\.example${content.action.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      for (const paragraph of content.paragraphs) {
        assert.ok(email.text.includes(paragraph), `text has: ${paragraph}`);
        assert.ok(email.html.includes(escapeHtml(paragraph)), `HTML has, escaped: ${paragraph}`);
      }
      assert.ok(en.kinds[kind].label && en.kinds[kind].description, 'the preferences page can name it');
    });
  }

  test('a partner contact gets no preferences link; a person does', () => {
    const contact = renderEmail('license.grace', EXAMPLES['license.grace'], { name: null, account: false }, { publicUrl: 'https://hub.example' });
    assert.doesNotMatch(contact.text, /account\/notifications/);
    assert.match(contact.text, /^Hello,/);
    const person = renderEmail('license.grace', EXAMPLES['license.grace'], { name: 'Ann', account: true }, { publicUrl: 'https://hub.example' });
    assert.match(person.html, /href="https:\/\/hub\.example\/account\/notifications"/);
  });

  test('escapeHtml leaves no markup for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        assert.doesNotMatch(escaped, /[<>"']/);
        assert.equal(escaped.replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[e]!), text);
      }),
    );
  });

  test('fill leaves unknown placeholders; an unknown language falls back to English', () => {
    assert.equal(fill('{a} and {b}', { a: 1 }), '1 and {b}');
    assert.equal(messagesFor('de-CH'), en);
    assert.equal(messagesFor(null), en);
  });
});
