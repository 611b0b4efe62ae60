import { advanceLifecycle } from '../commands/licensing/advanceLifecycle.js';
import { runUseCase } from '../commands/runUseCase.js';
import { announceDealExpiry } from '../commands/notifications/announceDealExpiry.js';
import { dateAfter } from '../domain/licenses/expiryNotice.js';
import type { LicenseTerms } from '../domain/licenses/productStatus.js';
import type { BackgroundJob, JobServices } from './backgroundJob.js';

export interface LifecycleRun {
  /** Products whose next change was due. */
  due: number;
  /** Products whose state changed. */
  changed: number;
  /** Deals whose expiry notice (30, 7 or 0 days ahead) went out. */
  expiryNotices: number;
}

const BATCH = 200;

export const licenseTermsOf = (config: { gracePeriodDays: number; suspendedPeriodDays: number }): LicenseTerms => ({
  graceDays: config.gracePeriodDays,
  suspendedDays: config.suspendedPeriodDays,
});

/**
 * The license lifecycle job: every product whose next lifecycle change is due
 * (its deals' end dates passed a boundary) is re-evaluated against the clock,
 * one product per transaction, and moves to warning, suspended or removed —
 * with the ledger, the audit log and the entitlement index told. Running it
 * twice, or on two servers at once, changes nothing more.
 */
export async function runLicenseLifecycle(app: Pick<JobServices, 'db' | 'clock' | 'entitlements' | 'config'>): Promise<LifecycleRun> {
  const terms = licenseTermsOf(app.config);
  const now = app.clock.now();
  const result: LifecycleRun = { due: 0, changed: 0, expiryNotices: 0 };
  result.expiryNotices = await sendExpiryNotices(app, now);
  let after: { tenant_id: string; plan_id: string } | null = null;
  for (;;) {
    let q = app.db.selectFrom('products').select(['tenant_id', 'plan_id']).where('next_change_at', '<=', now);
    if (after) {
      const a = after;
      q = q.where((eb) => eb.or([eb('tenant_id', '>', a.tenant_id), eb.and([eb('tenant_id', '=', a.tenant_id), eb('plan_id', '>', a.plan_id)])]));
    }
    const due = await q.orderBy('tenant_id').orderBy('plan_id').limit(BATCH).execute();
    for (const product of due) {
      result.due++;
      const changed = await runUseCase(app, 'system', (ctx) => advanceLifecycle(ctx, { tenantId: product.tenant_id, planId: product.plan_id }, terms), { now });
      if (changed) result.changed++;
    }
    if (due.length < BATCH) return result;
    after = due.at(-1)!;
  }
}

/** Every LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS; POST /api/v1/operator/jobs/license-lifecycle runs it now. */
export const licenseLifecycleJob: BackgroundJob<LifecycleRun> = {
  name: 'license-lifecycle',
  intervalSeconds: (config) => config.lifecycleIntervalSeconds,
  run: runLicenseLifecycle,
  describe: (run) => (run.changed ? 'license lifecycle advanced' : null),
};
/**
 * Expiry notices: every registered deal ending within 30 days that has not
 * had the notice it is due for gets it, one deal per transaction.
 */
async function sendExpiryNotices(app: Pick<JobServices, 'db' | 'clock' | 'entitlements' | 'jobs'>, now: Date): Promise<number> {
  const candidates = await app.db
    .selectFrom('deals')
    .leftJoin('deal_expiry_notices', 'deal_expiry_notices.deal_id', 'deals.id')
    .select('deals.id')
    .distinct()
    .where('deals.status', '=', 'registered')
    .where('deals.end_date', '>=', dateAfter(now, 0))
    .where('deals.end_date', '<=', dateAfter(now, 30))
    // Deals that had their last-day notice are done.
    .where((eb) => eb.or([eb('deal_expiry_notices.days_ahead', 'is', null), eb('deal_expiry_notices.days_ahead', '<>', 0)]))
    .orderBy('deals.id')
    .execute();
  let sent = 0;
  for (const deal of candidates) {
    if (await runUseCase(app, 'system', (ctx) => announceDealExpiry({ ...ctx, now }, deal.id))) sent++;
  }
  return sent;
}
