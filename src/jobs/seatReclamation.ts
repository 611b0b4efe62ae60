import { reclaimSeats } from '../commands/seats/reclaimSeats.js';
import { runUseCase } from '../commands/runUseCase.js';
import type { BackgroundJob, JobServices } from './backgroundJob.js';

export interface ReclamationJobRun {
  products: number;
  announced: number;
  cancelled: number;
  reclaimed: number;
}

/**
 * The reclamation job: every product with a reclamation policy or an open
 * announcement, one product per transaction (reclaimSeats). This server's
 * usage is flushed first, so a use just before the run counts. Running it
 * twice, or on two servers at once, changes nothing more (the product lock,
 * then the rows say what was done).
 */
export async function runSeatReclamation(app: JobServices): Promise<ReclamationJobRun> {
  await app.seatUsage?.flush();
  const products = await app.db
    .selectFrom('seat_policies')
    .select(['tenant_id', 'plan_id'])
    .where('reclaim_after_days', 'is not', null)
    .union(app.db.selectFrom('seat_reclamations').select(['tenant_id', 'plan_id']).where('state', '=', 'announced'))
    .execute();
  const result: ReclamationJobRun = { products: products.length, announced: 0, cancelled: 0, reclaimed: 0 };
  for (const product of products) {
    const run = await runUseCase(app, 'system', (ctx) => reclaimSeats(ctx, { tenantId: product.tenant_id, planId: product.plan_id }, { dryRun: false, undoDays: app.config.seats.reclaimUndoDays }));
    if (!run) continue;
    result.announced += run.announced.length;
    result.cancelled += run.cancelled.length;
    result.reclaimed += run.reclaimed.length;
  }
  return result;
}

/** Every LICENSEHUB_RECLAMATION_INTERVAL_SECONDS (0: never; an admin can still run it for a product). */
export const seatReclamationJob: BackgroundJob<ReclamationJobRun> = {
  name: 'seat-reclamation',
  intervalSeconds: (config) => config.seats.reclamationIntervalSeconds,
  run: (services) => runSeatReclamation(services),
  describe: (run) => (run.announced || run.reclaimed || run.cancelled ? 'seat reclamation ran' : null),
};
