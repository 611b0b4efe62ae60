import { sql, type RawBuilder } from 'kysely';
import type { ScreenshotContentType } from '../../domain/offers/screenshotImage.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db, Tx } from '../transaction.js';

/** A listing screenshot without its bytes. */
export interface ScreenshotInfo {
  id: string;
  altText: string;
  contentType: ScreenshotContentType;
  width: number;
  height: number;
}

export interface ScreenshotImage {
  contentType: ScreenshotContentType;
  bytes: Uint8Array;
  createdAt: Date;
}

/** The offer's screenshots as a JSON array in the order shown (oldest first), for a select list. */
export function screenshotsOf(offerIdColumn: string): RawBuilder<ScreenshotInfo[]> {
  return sql<ScreenshotInfo[]>`(
    select coalesce(json_agg(json_build_object('id', s.id, 'altText', s.alt_text, 'contentType', s.content_type, 'width', s.width, 'height', s.height) order by s.seq), '[]'::json)
    from offer_screenshots s where s.offer_id = ${sql.ref(offerIdColumn)})`;
}

export async function countScreenshots(tx: Tx, offerId: string): Promise<number> {
  const row = await tx.selectFrom('offer_screenshots').select((eb) => eb.fn.countAll<number>().as('n')).where('offer_id', '=', offerId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One screenshot of the publisher's own offer, whatever the offer's status. */
export async function findOfferScreenshot(db: Db, scope: TenantScope, offerId: string, screenshotId: string): Promise<ScreenshotImage | null> {
  const row = await db
    .selectFrom('offer_screenshots')
    .select(['content_type', 'bytes', 'created_at'])
    .where('tenant_id', '=', scope.tenantId)
    .where('offer_id', '=', offerId)
    .where('id', '=', screenshotId)
    .executeTakeFirst();
  return row ? { contentType: row.content_type, bytes: row.bytes, createdAt: row.created_at } : null;
}

/** One screenshot of a published offer, by the listing's address: what the marketplace serves to anyone. */
export async function findListedScreenshot(db: Db, publisherId: string, offerKey: string, screenshotId: string): Promise<ScreenshotImage | null> {
  const row = await db
    .selectFrom('offer_screenshots as s')
    .innerJoin('offers', 'offers.id', 's.offer_id')
    .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
    .select(['s.content_type', 's.bytes', 's.created_at'])
    .where('tenants.publisher_id', '=', publisherId)
    .where('offers.offer_id', '=', offerKey)
    .where('offers.status', '=', 'published')
    .where('s.id', '=', screenshotId)
    .executeTakeFirst();
  return row ? { contentType: row.content_type, bytes: row.bytes, createdAt: row.created_at } : null;
}
