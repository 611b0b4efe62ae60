import nodemailer from 'nodemailer';
import { sql } from 'kysely';
import { isNotificationKind, type NotificationData, type NotificationKind } from '../notifications/kinds.js';
import { renderEmail } from '../notifications/render.js';
import { nextEmailAttemptAfter } from '../notifications/retry.js';
import { inTransaction } from '../store/transaction.js';
import type { BackgroundJob, JobServices } from './backgroundJob.js';

/**
 * Notification emails, from the outbox (notification_emails) that notify()
 * fills in the transaction of the change. Each run claims the due emails for
 * a short lease (two servers never send the same one at once; a server that
 * dies mid-send only delays it), renders each in the catalogue's words,
 * sends it over SMTP, and marks it sent, or schedules a retry with backoff,
 * or gives up after the last attempt. Requests never wait for any of this.
 */

/** How long a claimed email is left alone before another run may try it. */
const LEASE_MS = 2 * 60_000;
const BATCH = 20;

export interface EmailRun {
  attempted: number;
  sent: number;
  failed: number;
}

/** Sends one message; nodemailer's SMTP transport in production, any transport in tests. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string; headers?: Record<string, string> }): Promise<unknown>;
  close?(): void;
}

export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never) as unknown as MailTransport;
}

export async function runNotificationEmail(app: JobServices, transport: MailTransport): Promise<EmailRun> {
  const smtp = app.config.smtp;
  const run: EmailRun = { attempted: 0, sent: 0, failed: 0 };
  if (!smtp) return run;
  for (;;) {
    const now = app.clock.now();
    const claimed = await inTransaction(app.db, async (tx) => {
      const due = await tx
        .selectFrom('notification_emails')
        .select('id')
        .where('state', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      if (!due.length) return [];
      const ids = due.map((d) => d.id);
      await tx.updateTable('notification_emails').set({ next_attempt_at: new Date(now.getTime() + LEASE_MS), updated_at: now }).where('id', 'in', ids).execute();
      return ids;
    });
    for (const id of claimed) {
      const outcome = await attempt(app, transport, smtp.from, id);
      if (!outcome) continue;
      run.attempted++;
      if (outcome === 'sent') run.sent++;
      if (outcome === 'failed') run.failed++;
    }
    if (claimed.length < BATCH) return run;
  }
}

async function attempt(app: JobServices, transport: MailTransport, from: string, id: string): Promise<'sent' | 'retrying' | 'failed' | null> {
  const email = await app.db
    .selectFrom('notification_emails')
    .leftJoin('users', 'users.id', 'notification_emails.user_id')
    .select([
      'notification_emails.id',
      'notification_emails.kind',
      'notification_emails.data',
      'notification_emails.to_address',
      'notification_emails.user_id',
      'notification_emails.state',
      'notification_emails.attempts',
      'users.display_name',
      'users.enabled',
    ])
    .where('notification_emails.id', '=', id)
    .executeTakeFirst();
  if (!email || email.state !== 'pending') return null;
  const at = app.clock.now();
  const number = email.attempts + 1;
  let error: string | null = null;
  let permanent = false;
  if (!isNotificationKind(email.kind)) {
    error = `Unknown notification kind "${email.kind}"`;
    permanent = true;
  } else if (email.user_id && email.enabled === false) {
    error = 'The person was disabled before the email went out';
    permanent = true;
  } else {
    try {
      const rendered = renderEmail(email.kind as NotificationKind, email.data as unknown as NotificationData[NotificationKind], { name: email.display_name ?? null, account: email.user_id !== null }, {
        publicUrl: app.config.publicUrl,
      });
      await transport.sendMail({
        from,
        to: email.to_address,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        // Receivers (and our tests) can tell notifications apart and deduplicate a resend.
        headers: { 'X-LicenseHub-Notification': email.kind, 'X-LicenseHub-Email-Id': email.id },
      });
    } catch (caught) {
      error = describeSmtpError(caught);
    }
  }
  const sent = error === null;
  const next = sent || permanent ? null : nextEmailAttemptAfter(number, at);
  const outcome = sent ? 'sent' : next ? 'retrying' : 'failed';
  await app.db
    .updateTable('notification_emails')
    .set({
      attempts: number,
      state: outcome === 'retrying' ? 'pending' : outcome,
      next_attempt_at: next,
      last_error: error,
      sent_at: sent ? at : null,
      updated_at: at,
    })
    .where('id', '=', email.id)
    .where('state', '=', 'pending')
    .where('attempts', '=', email.attempts)
    .execute();
  if (!sent) app.log.warn({ emailId: email.id, kind: email.kind, attempt: number, error, nextAttemptAt: next }, 'notification email not sent');
  return outcome;
}

/** What the log and the outbox keep of a failure: the SMTP answer or the connection's error code, never credentials. */
function describeSmtpError(caught: unknown): string {
  const error = caught as { responseCode?: number; response?: string; code?: string; message?: string };
  if (error.responseCode) return `The SMTP server answered ${error.response ?? error.responseCode}`.slice(0, 500);
  return `Could not send through the SMTP server${error.code ? ` (${error.code})` : ''}`;
}

/** Emails still waiting (for tests and the operator). */
export async function pendingEmails(app: Pick<JobServices, 'db'>): Promise<number> {
  const row = await app.db.selectFrom('notification_emails').select(sql<number>`count(*)::int`.as('count')).where('state', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * The email job (one BackgroundJob, scheduled like every other): in a server
 * with LICENSEHUB_SMTP_URL set it runs every
 * LICENSEHUB_NOTIFICATION_EMAIL_INTERVAL_SECONDS (default 10; 0 turns the
 * timer off) and whenever a change queues an email (the use-case runner kicks
 * `notification-email` after the commit). Without SMTP it does not run at all.
 * The SMTP transport opens on the first run and closes when the server does.
 */
export function notificationEmailJob(options: { transport?: MailTransport } = {}): BackgroundJob<EmailRun> {
  let transport = options.transport ?? null;
  let opened: MailTransport | null = null;
  return {
    name: 'notification-email',
    intervalSeconds: (config) => (config.smtp ? config.notificationEmailIntervalSeconds : 0),
    runsIn: (config) => Boolean(config.smtp),
    run: (services) => {
      if (!transport && services.config.smtp) transport = opened = smtpTransport(services.config.smtp.url);
      return transport ? runNotificationEmail(services, transport) : Promise.resolve({ attempted: 0, sent: 0, failed: 0 });
    },
    describe: (run) => (run.attempted ? 'notification emails attempted' : null),
    // A transport handed in belongs to the caller; the one opened here is closed here.
    stop: () => opened?.close?.(),
  };
}
