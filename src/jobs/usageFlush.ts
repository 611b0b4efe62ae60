import type { FastifyInstance } from 'fastify';
import type { UsageRecorder } from '../runtime/seatUsage.js';
import { forgetUsageBefore, upsertUsage } from '../store/seats/usage.js';

export interface UsageFlushRun {
  /** (tenant, plan, user) rows written. */
  written: number;
  /** Rows older than the retention period removed. */
  forgotten: number;
}

/**
 * The usage flush job: takes what the license check and launches noted in
 * memory (UsageRecorder) and upserts it, then forgets uses older than
 * LICENSEHUB_USAGE_RETENTION_DAYS. A failed write puts the marks back for the
 * next run, so a database outage loses nothing but time.
 */
export async function flushUsage(app: FastifyInstance, recorder: UsageRecorder): Promise<UsageFlushRun> {
  const marks = recorder.take();
  try {
    await upsertUsage(app.db, marks);
  } catch (error) {
    recorder.restore(marks);
    throw error;
  }
  const retentionMs = app.config.seats.usageRetentionDays * 86_400_000;
  const forgotten = await forgetUsageBefore(app.db, new Date(app.clock.epochMillis() - retentionMs));
  return { written: marks.length, forgotten };
}
