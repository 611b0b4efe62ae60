import { sql } from 'kysely';
import type { Tx } from './transaction.js';

/** A change-feed event as a command records it; revision, position, id and time are added at commit. */
export interface LicenseEventInput {
  /** CloudEvents `type`, e.g. `license.assigned`. */
  type: string;
  /** CloudEvents `subject`: the resource the event is about, e.g. `tenants/<id>/users/<id>`. */
  subject: string;
  /** The customer tenant the event concerns (it may read the event). */
  tenantId?: string | null;
  /** The publisher whose offer the event concerns (it may read the event). */
  publisherTenantId?: string | null;
  data: Record<string, unknown>;
}

/**
 * Any fixed key: every transaction that writes license state takes it just
 * before commit, so revisions are handed out and committed in one order.
 */
const REVISION_LOCK = 0x4c485245; // "LHRE"

/**
 * Takes the transaction's revision, as its last step: the advisory lock is
 * held until commit, so no transaction can commit a smaller revision after a
 * reader has seen a larger one (what makes `Last-Event-ID` resumption and the
 * webhook cursor safe). The lock is held only for the few statements between
 * here and commit.
 */
export async function takeRevision(tx: Tx): Promise<string> {
  await sql`select pg_advisory_xact_lock(${REVISION_LOCK})`.execute(tx);
  const { rows } = await sql<{ revision: string }>`select nextval('license_revision')::text as revision`.execute(tx);
  return rows[0]!.revision;
}

/** CloudEvents `source` of every event: the deployment's feed. */
export const EVENT_SOURCE = '/licensehub';

export async function insertLicenseEvents(tx: Tx, revision: string, time: Date, events: readonly LicenseEventInput[]): Promise<void> {
  if (!events.length) return;
  await tx
    .insertInto('license_events')
    .values(
      events.map((event, position) => ({
        revision,
        position,
        id: `${revision}-${position}`,
        type: event.type,
        source: EVENT_SOURCE,
        subject: event.subject,
        time,
        tenant_id: event.tenantId ?? null,
        publisher_tenant_id: event.publisherTenantId ?? null,
        data: JSON.stringify(event.data),
      })),
    )
    .execute();
}

/** The newest revision committed so far ('0' before the first). */
export async function latestRevision(db: Tx | import('./transaction.js').Db): Promise<string> {
  const { rows } = await sql<{ revision: string | null }>`select max(revision)::text as revision from license_events`.execute(db);
  return rows[0]?.revision ?? '0';
}
