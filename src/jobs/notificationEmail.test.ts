import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createTestApp, type TestApp } from '../../test/support/testApp.js';
import { createTenant, createUser, signInAs } from '../../test/support/factories.js';
import { createPublisher, customerWithLicenses, DAY_MS, signInOperatorFrom } from '../../test/support/licensingFactories.js';
import { assign, licensedCustomer } from '../../test/support/runtimeFixtures.js';
import { runUseCase as runAs } from '../commands/runUseCase.js';
import { notify } from '../commands/notifications/notify.js';
import { runLicenseLifecycle } from './licenseLifecycle.js';
import { runSeatReclamation } from './seatReclamation.js';
import { pendingEmails, runNotificationEmail, smtpTransport, type MailTransport } from './notificationEmail.js';
import { startServer } from '../server.js';
import { ManualClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createTestDatabase } from '../../test/support/testDatabase.js';
import { OPERATOR_PASSWORD, TEST_SECRET_KEY } from '../../test/support/testApp.js';

interface Received {
  /** RCPT TO of the SMTP envelope. */
  envelopeTo: string[];
  mail: ParsedMail;
}

/** A real SMTP server on a local port; it refuses (451) as many messages as it is told to, then accepts (after `delayMs`). */
async function startSmtpServer() {
  const received: Received[] = [];
  const state = { refuse: 0, delayMs: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (state.refuse > 0) {
        state.refuse--;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          setTimeout(() => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          }, state.delayMs);
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const html = (mail: ParsedMail) => (typeof mail.html === 'string' ? mail.html : '');
const toOf = (r: Received) => r.envelopeTo.join(',');

describe('notification emails over a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  let transport: MailTransport;

  before(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ env: { LICENSEHUB_SMTP_URL: smtp.url, LICENSEHUB_SMTP_FROM: 'LicenseHub <licensehub@licensehub.test>', LICENSEHUB_PUBLIC_URL: 'https://hub.example' } });
    transport = smtpTransport(smtp.url);
  });
  after(async () => {
    transport.close?.();
    await t.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.state.refuse = 0;
  });

  /** Sends what the outbox holds and answers what the SMTP server received. */
  const deliver = async () => {
    smtp.received.length = 0;
    await runNotificationEmail(t.app, transport);
    return [...smtp.received];
  };

  test('a license request reaches the license admins and Global admins; the decision reaches the requester; a full product the admins', async () => {
    const f = await licensedCustomer(t.app, 2);
    const licenseAdmin = await createUser(f.customer, { name: 'Lara License', roles: ['license_admin'] });
    const userAdmin = await createUser(f.customer, { name: 'Ulf Useradmin', roles: ['user_admin'] });
    await deliver();
    smtp.received.length = 0;

    const requester = await signInAs(t.app, f.unlicensed);
    const created = await requester.post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule, message: 'For the <b>Tuesday</b> visits & more' });
    assert.equal(created.statusCode, 201, created.body);
    const requestMails = await deliver();
    const recipients = requestMails.map(toOf).sort();
    assert.deepEqual(recipients, [`admin@${f.customer.domain}`, licenseAdmin.userPrincipalName.toLowerCase()].sort(), 'license admins and Global admins, nobody else');
    assert.ok(!recipients.includes(userAdmin.userPrincipalName.toLowerCase()));
    const mail = requestMails[0]!.mail;
    assert.equal(mail.subject, `Uma Unlicensed asks for a license to ${f.plan.name} app`);
    assert.deepEqual(mail.from?.value.map((a) => [a.name, a.address]), [['LicenseHub', 'licensehub@licensehub.test']]);
    assert.equal(mail.headers.get('x-licensehub-notification'), 'license_request.created');
    assert.match(mail.text ?? '', /For the <b>Tuesday<\/b> visits & more/, 'the text part says it as written');
    assert.match(mail.text ?? '', /Review the request: https:\/\/hub\.example\/admin\/license-requests/);
    assert.match(html(mail), /For the &lt;b&gt;Tuesday&lt;\/b&gt; visits &amp; more/, 'the HTML part escapes it');
    assert.doesNotMatch(html(mail), /<b>Tuesday/);
    assert.match(html(mail), /href="https:\/\/hub\.example\/admin\/license-requests"/);
    assert.match(html(mail), /href="https:\/\/hub\.example\/account\/notifications"/, 'a person can change their preferences');

    const approved = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/license-requests/${created.json().id}/approve`, { note: 'Enjoy' });
    assert.equal(approved.statusCode, 200, approved.body);
    const decisionMails = await deliver();
    const decided = decisionMails.find((r) => r.mail.headers.get('x-licensehub-notification') === 'license_request.decided')!;
    assert.equal(toOf(decided), f.unlicensed.userPrincipalName.toLowerCase());
    assert.equal(decided.mail.subject, `Your license request for ${f.plan.name} app was approved`);
    assert.match(decided.mail.text ?? '', /Their note: “Enjoy”/);
    assert.match(decided.mail.text ?? '', new RegExp(`Your admins gave you a ${f.plan.name} license: you can open ${f.plan.name} app now\\.`), 'names the plan assigned');
    assert.match(decided.mail.text ?? '', new RegExp(`Open ${f.plan.name} app: https://hub\\.example/launch/`));
    assert.match(decided.mail.text ?? '', new RegExp(`https://hub\\.example/launch/${f.customer.id}/${f.plan.appModule}`));
    // The approval took the last seat: 2 of 2.
    const full = decisionMails.filter((r) => r.mail.headers.get('x-licensehub-notification') === 'seats.threshold');
    assert.deepEqual(full.map(toOf).sort(), [`admin@${f.customer.domain}`, licenseAdmin.userPrincipalName.toLowerCase()].sort());
    assert.equal(full[0]!.mail.subject, `${f.plan.name} has no free seat left`);
    assert.match(full[0]!.mail.text ?? '', /2 of 2 seats/);

    // Declined: the requester reads the reason, and is sent to My apps (no launch link: they cannot open it).
    const declinedUser = await createUser(f.customer, { name: 'Dora Declined' });
    const asked = await (await signInAs(t.app, declinedUser)).post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule });
    await deliver();
    const declined = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/license-requests/${asked.json().id}/decline`, { note: 'Seats are full until the renewal in March' });
    assert.equal(declined.statusCode, 204, declined.body);
    const declineMails = await deliver();
    assert.deepEqual(declineMails.map(toOf), [declinedUser.userPrincipalName.toLowerCase()], 'only the requester');
    const declineMail = declineMails[0]!.mail;
    assert.equal(declineMail.subject, `Your license request for ${f.plan.name} app was declined`);
    assert.match(declineMail.text ?? '', /Their reason: “Seats are full until the renewal in March”/);
    assert.match(declineMail.text ?? '', /See My apps: https:\/\/hub\.example\/apps/);
    assert.doesNotMatch(declineMail.text ?? '', /\/launch\//);
  });

  test('seats: 90 % and 100 % are announced once per crossing', async () => {
    const { customer, plan } = await customerWithLicenses(t.app, 10);
    const users = [];
    for (let i = 0; i < 10; i++) users.push(await createUser(customer));
    await deliver();
    smtp.received.length = 0;
    const seatMails = async () => (await deliver()).filter((r) => r.mail.headers.get('x-licensehub-notification') === 'seats.threshold').map((r) => r.mail.subject);

    await assign(customer, plan.id, { userIds: users.slice(0, 8).map((u) => u.id) });
    assert.deepEqual(await seatMails(), [], '80 % says nothing');
    await assign(customer, plan.id, { userIds: [users[8]!.id] });
    assert.deepEqual(await seatMails(), [`${plan.name} is at 90 % of its seats`]);
    await assign(customer, plan.id, { userIds: [users[9]!.id] });
    assert.deepEqual(await seatMails(), [`${plan.name} has no free seat left`]);
    const unassigned = await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/unassign`, { userIds: [users[9]!.id] });
    assert.equal(unassigned.statusCode, 200, unassigned.body);
    assert.deepEqual(await seatMails(), [], 'falling back to 90 % is no news');
    await assign(customer, plan.id, { userIds: [users[9]!.id] });
    assert.deepEqual(await seatMails(), [`${plan.name} has no free seat left`], 'a new crossing is announced again');
  });

  test('expiry 30, 7 and 0 days ahead, grace and suspension reach the license admins and the deal’s partner contact', async () => {
    // The test clock stands at 2026-11-24: this deal's last day is 30 days ahead.
    const { customer, plan, offer } = await customerWithLicenses(t.app, 3, { endDate: '2026-12-24' });
    await deliver();
    smtp.received.length = 0;
    const expiryMails = async () => {
      await runLicenseLifecycle(t.app);
      return (await deliver()).filter((r) => r.mail.subject?.startsWith(`${customer.name}'s licenses`)).sort((a, b) => toOf(a).localeCompare(toOf(b)));
    };
    const start = t.clock.now().getTime();
    try {
      const first = await expiryMails();
      assert.deepEqual(first.map(toOf).sort(), [`admin@${customer.domain}`, 'pat@partner.example']);
      assert.equal(first[0]!.mail.subject, `${customer.name}'s licenses of ${offer.name} end in 30 days`);
      assert.match(first[0]!.mail.text ?? '', /ends on 24 December 2026/);
      const contact = first.find((r) => toOf(r) === 'pat@partner.example')!;
      assert.match(contact.mail.text ?? '', /as the partner contact named on a deal/);
      assert.doesNotMatch(contact.mail.text ?? '', /account\/notifications/, 'a partner contact has no preferences to change');
      assert.deepEqual(await expiryMails(), [], 'the same notice is sent once');

      t.clock.advance(23 * DAY_MS);
      assert.deepEqual((await expiryMails()).map((r) => r.mail.subject), [`${customer.name}'s licenses of ${offer.name} end in 7 days`, `${customer.name}'s licenses of ${offer.name} end in 7 days`]);
      t.clock.advance(7 * DAY_MS);
      assert.deepEqual((await expiryMails()).map((r) => r.mail.subject), [`${customer.name}'s licenses of ${offer.name} end today`, `${customer.name}'s licenses of ${offer.name} end today`]);

      t.clock.advance(1 * DAY_MS);
      const grace = await expiryMails();
      assert.deepEqual(grace.map(toOf).sort(), [`admin@${customer.domain}`, 'pat@partner.example']);
      assert.equal(grace[0]!.mail.subject, `${customer.name}'s licenses of ${plan.name} are in their grace period`);
      t.clock.advance(30 * DAY_MS);
      const suspended = await expiryMails();
      assert.deepEqual(suspended.map((r) => r.mail.subject), [`${customer.name}'s licenses of ${plan.name} are suspended`, `${customer.name}'s licenses of ${plan.name} are suspended`]);
    } finally {
      t.clock.advance(start - t.clock.now().getTime());
    }
  });

  test('a program decision reaches the publisher’s Global admins; an invitation the customer’s Global admins', async () => {
    const publisher = await createPublisher(t.app);
    await t.app.db.updateTable('tenants').set({ program_status: 'pending' }).where('id', '=', publisher.id).execute();
    const operator = await signInOperatorFrom(t.app);
    const declined = await operator.post(`/api/v1/operator/program/applications/${publisher.id}/decline`, { reason: 'Partner ID <unknown> & unverified' });
    assert.equal(declined.statusCode, 200, declined.body);
    const [decision, ...others] = await deliver();
    assert.equal(others.length, 0);
    assert.equal(toOf(decision!), `admin@${publisher.domain}`);
    assert.equal(decision!.mail.subject, 'Your partner program application was declined');
    assert.match(decision!.mail.text ?? '', /Partner ID <unknown> & unverified/);
    assert.match(html(decision!.mail), /Partner ID &lt;unknown&gt; &amp; unverified/);

    const customer = await createTenant(t.app);
    const invited = await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/relationships`, { customerTenantId: customer.id, message: 'Let us manage your seats' });
    assert.equal(invited.statusCode, 201, invited.body);
    const [invitation, ...more] = await deliver();
    assert.equal(more.length, 0);
    assert.equal(toOf(invitation!), `admin@${customer.domain}`);
    assert.equal(invitation!.mail.subject, `${publisher.name} invites your organization to a relationship`);
    assert.match(invitation!.mail.text ?? '', /Let us manage your seats/);

    const link = await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/relationships`, {});
    assert.equal(link.statusCode, 201, link.body);
    assert.deepEqual(await deliver(), [], 'an invitation link names no tenant: nobody to tell');
  });

  test('reclamation: each holder is told the date unless they opt out, the admins when seats were reclaimed, the person waiting when a seat is theirs', async () => {
    const f = await licensedCustomer(t.app, 3);
    const [idle, quiet, waiter] = [await createUser(f.customer, { name: 'Ida Idle' }), await createUser(f.customer, { name: 'Quinn Quiet' }), await createUser(f.customer, { name: 'Wes Waiting' })];
    await assign(f.customer, f.plan.id, { userIds: [idle.id, quiet.id] });
    const policy = await f.customer.admin.put(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/policy`, { autoClaim: 'anyone', waitingRoom: 'automatic', reclaimAfterDays: 30, reclaimNoticeDays: 7, exclusionGroupId: null });
    assert.equal(policy.statusCode, 200, policy.body);
    // Quinn wants no email about it (the bell still says it).
    const quinn = await signInAs(t.app, quiet);
    assert.equal((await quinn.put('/api/v1/me/notification-preferences', { email: { 'seat.reclaim_announced': false } })).statusCode, 200);
    // All three seats taken (Lena of the fixture, Ida, Quinn): Wes waits.
    const launched = await (await signInAs(t.app, waiter)).get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`);
    assert.equal(launched.json().seat.outcome, 'waiting', launched.body);
    await deliver();
    const start = t.clock.now().getTime();
    const kindOf = (r: Received) => r.mail.headers.get('x-licensehub-notification');
    try {
      t.clock.set(new Date(start + 31 * DAY_MS));
      await runSeatReclamation(t.app);
      const announced = (await deliver()).filter((r) => kindOf(r) === 'seat.reclaim_announced');
      assert.deepEqual(announced.map(toOf).sort(), [f.licensed.userPrincipalName.toLowerCase(), idle.userPrincipalName.toLowerCase()].sort(), 'not Quinn, who opted out');
      const ida = announced.find((r) => toOf(r) === idle.userPrincipalName.toLowerCase())!.mail;
      const due = new Date(start + 38 * DAY_MS).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      assert.equal(ida.subject, `Your ${f.plan.name} license will be reclaimed on ${due} unless you use it`);
      assert.match(ida.text ?? '', /Hello Ida Idle,/);
      assert.match(ida.text ?? '', /You have not used .* for 31 days/);
      assert.match(ida.text ?? '', new RegExp(`https://hub\\.example/launch/${f.customer.id}/${f.plan.appModule}`), 'the link opens the app, which keeps the seat');
      assert.match(html(ida), new RegExp(`href="https://hub\\.example/launch/${f.customer.id}/${f.plan.appModule}"`));
      const bell = await t.app.db.selectFrom('notifications').select('kind').where('user_id', '=', quiet.id).execute();
      assert.deepEqual(bell.map((n) => n.kind), ['seat.reclaim_announced'], 'Quinn still sees it in the app');

      t.clock.set(new Date(start + 38 * DAY_MS));
      await runSeatReclamation(t.app);
      const mails = await deliver();
      const reclaimed = mails.filter((r) => kindOf(r) === 'seats.reclaimed');
      assert.deepEqual(reclaimed.map(toOf), [`admin@${f.customer.domain}`], 'the license admins (here the Global admin)');
      assert.equal(reclaimed[0]!.mail.subject, `3 unused ${f.plan.name} licenses were reclaimed`);
      assert.match(reclaimed[0]!.mail.text ?? '', /Ida Idle/);
      assert.match(reclaimed[0]!.mail.text ?? '', /Quinn Quiet/);
      assert.match(reclaimed[0]!.mail.text ?? '', new RegExp(`https://hub\\.example/admin/licenses/${f.plan.id}`));
      const admitted = mails.filter((r) => kindOf(r) === 'waiting_room.admitted');
      assert.deepEqual(admitted.map(toOf), [waiter.userPrincipalName.toLowerCase()]);
      assert.equal(admitted[0]!.mail.subject, `You got a ${f.plan.name} license`);
      assert.match(admitted[0]!.mail.text ?? '', /first in the waiting room/);
    } finally {
      t.clock.set(new Date(start));
    }
  });

  test('a seat an admin approves from a manual waiting room: the person is told', async () => {
    const f = await licensedCustomer(t.app, 1);
    const [ann, bo] = [await createUser(f.customer), await createUser(f.customer)];
    const policy = await f.customer.admin.put(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/policy`, { autoClaim: 'anyone', waitingRoom: 'manual', reclaimAfterDays: null, reclaimNoticeDays: 7, exclusionGroupId: null });
    assert.equal(policy.statusCode, 200, policy.body);
    for (const user of [ann, bo]) assert.equal((await (await signInAs(t.app, user)).get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`)).json().seat.outcome, 'waiting');
    assert.equal((await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/unassign`, { userIds: [f.licensed.id] })).statusCode, 200);
    assert.deepEqual((await deliver()).filter((r) => r.mail.headers.get('x-licensehub-notification') === 'waiting_room.admitted'), [], 'a manual room gives nothing by itself');
    const approved = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/waiting/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    const admitted = (await deliver()).filter((r) => r.mail.headers.get('x-licensehub-notification') === 'waiting_room.admitted');
    assert.deepEqual(admitted.map(toOf), [ann.userPrincipalName.toLowerCase()]);
  });

  test('a request the automatic waiting room answers: the requester gets the approval email, once, saying the room gave the seat', async () => {
    const f = await licensedCustomer(t.app, 1);
    const policy = await f.customer.admin.put(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/policy`, { autoClaim: 'off', waitingRoom: 'automatic', reclaimAfterDays: null, reclaimNoticeDays: 7, exclusionGroupId: null });
    assert.equal(policy.statusCode, 200, policy.body);
    const asked = await (await signInAs(t.app, f.unlicensed)).post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule });
    assert.equal(asked.statusCode, 201, asked.body);
    await deliver();
    assert.equal((await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/unassign`, { userIds: [f.licensed.id] })).statusCode, 200);
    const toRequester = (await deliver()).filter((r) => toOf(r) === f.unlicensed.userPrincipalName.toLowerCase());
    assert.deepEqual(toRequester.map((r) => r.mail.headers.get('x-licensehub-notification')), ['license_request.decided'], 'the decision, not also "you got a license"');
    const mail = toRequester[0]!.mail;
    assert.equal(mail.subject, `Your license request for ${f.plan.name} app was approved`);
    assert.match(mail.text ?? '', new RegExp(`The waiting room gave you a free ${f.plan.name} seat: you can open ${f.plan.name} app now\\.`));
    assert.match(mail.text ?? '', new RegExp(`https://hub\\.example/launch/${f.customer.id}/${f.plan.appModule}`));
  });

  test('no email when the preference is off; the bell still has it', async () => {
    const f = await licensedCustomer(t.app, 2);
    const off = await f.customer.admin.put('/api/v1/me/notification-preferences', { email: { 'license_request.created': false } });
    assert.equal(off.statusCode, 200, off.body);
    await deliver();
    smtp.received.length = 0;
    const requester = await signInAs(t.app, f.unlicensed);
    assert.equal((await requester.post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule })).statusCode, 201);
    assert.deepEqual(await deliver(), []);
    const bell = (await f.customer.admin.get('/api/v1/me/notifications')).json();
    assert.equal(bell.items[0].kind, 'license_request.created');
  });

  test('the SMTP server refusing at first: the email is retried with backoff until it goes', async () => {
    const f = await licensedCustomer(t.app, 2);
    await deliver();
    smtp.received.length = 0;
    smtp.state.refuse = 2;
    const requester = await signInAs(t.app, f.unlicensed);
    assert.equal((await requester.post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule })).statusCode, 201);
    const start = t.clock.now().getTime();
    try {
      assert.deepEqual(await deliver(), [], 'refused');
      const row = await t.app.db
        .selectFrom('notification_emails')
        .selectAll()
        .where('to_address', '=', `admin@${f.customer.domain}`)
        .where('kind', '=', 'license_request.created')
        .executeTakeFirstOrThrow();
      assert.equal(row.state, 'pending');
      assert.equal(row.attempts, 1);
      assert.match(row.last_error ?? '', /451/);
      assert.equal(row.next_attempt_at!.getTime(), start + 60_000, 'the first retry after a minute');
      assert.deepEqual(await deliver(), [], 'not before it is due');
      t.clock.advance(60_000);
      assert.deepEqual(await deliver(), [], 'refused again');
      t.clock.advance(5 * 60_000);
      const sent = await deliver();
      assert.deepEqual(sent.map(toOf), [`admin@${f.customer.domain}`]);
      const done = await t.app.db.selectFrom('notification_emails').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      assert.deepEqual([done.state, done.attempts], ['sent', 3]);
      assert.equal(await pendingEmails(t.app), 0, 'nothing left in the outbox');
    } finally {
      t.clock.advance(start - t.clock.now().getTime());
    }
  });

  test('nothing is sent, and nothing shows, for a change whose transaction rolled back', async () => {
    const customer = await createTenant(t.app);
    await deliver();
    smtp.received.length = 0;
    await assert.rejects(
      runAs(t.app, 'system', async (ctx) => {
        await notify(ctx, { kind: 'program.decided', recipients: { userIds: [customer.adminId], emails: ['someone@partner.example'] }, data: { approved: true, reason: null, publisherId: null } });
        throw new Error('the change failed after notifying');
      }),
      /the change failed/,
    );
    const outbox = await t.app.db
      .selectFrom('notification_emails')
      .select('id')
      .where((eb) => eb.or([eb('user_id', '=', customer.adminId), eb('to_address', '=', 'someone@partner.example')]))
      .execute();
    assert.deepEqual(outbox, []);
    assert.deepEqual(await deliver(), []);
    assert.equal((await customer.admin.get('/api/v1/me/notifications')).json().total, 0);
  });
});

describe('without SMTP', () => {
  test('notifications are in-app only: no outbox row is written', async () => {
    const t = await createTestApp();
    try {
      const f = await licensedCustomer(t.app, 2);
      const requester = await signInAs(t.app, f.unlicensed);
      assert.equal((await requester.post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule })).statusCode, 201);
      const bell = (await f.customer.admin.get('/api/v1/me/notifications')).json();
      assert.deepEqual(bell.items.map((n: { kind: string }) => n.kind), ['license_request.created', 'relationship.invited']);
      assert.equal(bell.unread, 2);
      const outbox = await t.app.db.selectFrom('notification_emails').select('id').execute();
      assert.deepEqual(outbox, []);
      const preferences = (await f.customer.admin.get('/api/v1/me/notification-preferences')).json();
      assert.equal(preferences.emailAvailable, false);
    } finally {
      await t.close();
    }
  });
});

describe('two servers on one PostgreSQL database', { skip: process.env.TEST_DATABASE_URL ? false : 'needs TEST_DATABASE_URL (two servers share a PostgreSQL database)' }, () => {
  test('sending at the same moment, each email goes out once', async () => {
    const smtp = await startSmtpServer();
    const env = { LICENSEHUB_SMTP_URL: smtp.url };
    const one = await createTestApp({ env });
    const two = await createTestApp({ env, sharing: one });
    const transports = [smtpTransport(smtp.url), smtpTransport(smtp.url)];
    try {
      const addresses = Array.from({ length: 30 }, (_, i) => `contact${i}@partner.example`);
      await runAs(one.app, 'system', (ctx) =>
        notify(ctx, { kind: 'program.decided', recipients: { emails: addresses }, data: { approved: true, reason: null, publisherId: 'fabrikam' } }),
      );
      const [a, b] = await Promise.all([runNotificationEmail(one.app, transports[0]!), runNotificationEmail(two.app, transports[1]!)]);
      assert.equal(a.sent + b.sent, 30, `${a.sent} + ${b.sent}`);
      const ids = smtp.received.map((r) => r.mail.headers.get('x-licensehub-email-id'));
      assert.equal(new Set(ids).size, 30);
      assert.equal(ids.length, 30, 'no email twice');
      assert.deepEqual(smtp.received.map(toOf).sort(), [...addresses].sort());
    } finally {
      for (const transport of transports) transport.close?.();
      await two.close();
      await one.close();
      await smtp.close();
    }
  });
});

describe('the email job in a server', () => {
  test('a change wakes it: the email goes out after the commit, and the request never waits for the SMTP server', async () => {
    const smtp = await startSmtpServer();
    smtp.state.delayMs = 1500; // a slow SMTP server
    const database = await createTestDatabase();
    const config = {
      // The timer is off: only the wake-up after the commit can send the email.
      ...loadConfig({ PORT: '0', LICENSEHUB_DEMO: '0', LICENSEHUB_WEB_DIR: '/nonexistent', LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '0', LICENSEHUB_SECRET_KEY: TEST_SECRET_KEY, LICENSEHUB_SMTP_URL: smtp.url, LICENSEHUB_NOTIFICATION_EMAIL_INTERVAL_SECONDS: '0' }),
      host: '127.0.0.1',
      adminPassword: OPERATOR_PASSWORD,
    };
    // The server as production starts it: the email job registered on the one job pattern (src/server.ts).
    const { app } = await startServer(config, { clock: new ManualClock(new Date('2026-11-24T12:00:00Z')), database, logger: false });
    await app.entitlements.load();
    try {
      const publisher = await createPublisher(app);
      const customer = await createTenant(app);
      assert.equal(await pendingEmails(app), 0, 'nothing queued yet');
      const invited = await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/relationships`, { customerTenantId: customer.id });
      assert.equal(invited.statusCode, 201, invited.body);
      assert.equal(smtp.received.length, 0, 'the answer came before the SMTP server accepted anything');
      await waitFor(async () => smtp.received.length === 1, 'the email arrives without any timer');
      assert.equal(toOf(smtp.received[0]!), `admin@${customer.domain}`);
      assert.equal(smtp.received[0]!.mail.headers.get('x-licensehub-notification'), 'relationship.invited');
    } finally {
      await app.close();
      await database.close();
      await smtp.close();
    }
  });
});

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
