import type { ExpressionBuilder } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Database, RelationshipStatus } from '../schema.js';
import type { Db, Tx } from '../transaction.js';

/** A publisher–customer relationship as either side sees it. */
export interface RelationshipRecord {
  id: string;
  publisher: { tenantId: string; name: string };
  /** The customer tenant: named only to the publisher once the customer consented. */
  customer: { tenantId: string | null; name: string | null };
  /** 'expired' when a pending invitation's time ran out. */
  status: RelationshipStatus;
  message: string;
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  endedAt: Date | null;
  endedBy: 'publisher' | 'customer' | null;
}

export const effectiveStatus = (status: RelationshipStatus, expiresAt: Date, now: Date): RelationshipStatus =>
  status === 'pending' && expiresAt.getTime() <= now.getTime() ? 'expired' : status;

function baseQuery(db: Db | Tx) {
  return db
    .selectFrom('relationships')
    .innerJoin('tenants as publisher', 'publisher.id', 'relationships.publisher_tenant_id')
    .leftJoin('tenants as customer', 'customer.id', 'relationships.customer_tenant_id')
    .selectAll('relationships')
    .select(['publisher.display_name as publisher_name', 'customer.display_name as customer_name']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toRecord(row: Row, now: Date, side: 'publisher' | 'customer'): RelationshipRecord {
  const status = effectiveStatus(row.status, row.expires_at, now);
  const consented = row.status === 'accepted' || row.status === 'ended';
  return {
    id: row.id,
    publisher: { tenantId: row.publisher_tenant_id, name: row.publisher_name },
    customer: { tenantId: row.customer_tenant_id, name: side === 'customer' || consented ? row.customer_name : null },
    status,
    message: row.message,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    respondedAt: row.responded_at,
    endedAt: row.ended_at,
    endedBy: row.ended_by_tenant_id === null ? null : row.ended_by_tenant_id === row.publisher_tenant_id ? 'publisher' : 'customer',
  };
}

function statusFilter(status: RelationshipStatus, now: Date) {
  return (eb: ExpressionBuilder<Database & { publisher: Database['tenants'] }, 'relationships'>) => {
    if (status === 'pending') return eb.and([eb('relationships.status', '=', 'pending'), eb('relationships.expires_at', '>', now)]);
    if (status === 'expired') {
      return eb.or([eb('relationships.status', '=', 'expired'), eb.and([eb('relationships.status', '=', 'pending'), eb('relationships.expires_at', '<=', now)])]);
    }
    return eb('relationships.status', '=', status);
  };
}

export interface RelationshipQuery {
  status?: RelationshipStatus | undefined;
  limit: number;
  offset: number;
}

async function list(db: Db, side: 'publisher' | 'customer', scope: TenantScope, query: RelationshipQuery, now: Date) {
  let q = baseQuery(db).where(side === 'publisher' ? 'relationships.publisher_tenant_id' : 'relationships.customer_tenant_id', '=', scope.tenantId);
  if (query.status) q = q.where(statusFilter(query.status, now) as never);
  const [rows, total] = await Promise.all([
    q.orderBy('relationships.created_at', 'desc').orderBy('relationships.id').limit(query.limit).offset(query.offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => toRecord(r, now, side)), total: total.count };
}

/** The publisher's invitations and relationships, newest first. */
export const listPublisherRelationships = (db: Db, scope: TenantScope, query: RelationshipQuery, now: Date) => list(db, 'publisher', scope, query, now);

/** The relationships publishers have with the tenant, and invitations sent to it by tenant ID. */
export const listCustomerRelationships = (db: Db, scope: TenantScope, query: RelationshipQuery, now: Date) => list(db, 'customer', scope, query, now);

export async function findPublisherRelationship(db: Db | Tx, scope: TenantScope, id: string, now: Date): Promise<RelationshipRecord | null> {
  const row = await baseQuery(db).where('relationships.publisher_tenant_id', '=', scope.tenantId).where('relationships.id', '=', id).executeTakeFirst();
  return row ? toRecord(row, now, 'publisher') : null;
}

export async function findCustomerRelationship(db: Db | Tx, scope: TenantScope, id: string, now: Date): Promise<RelationshipRecord | null> {
  const row = await baseQuery(db).where('relationships.customer_tenant_id', '=', scope.tenantId).where('relationships.id', '=', id).executeTakeFirst();
  return row ? toRecord(row, now, 'customer') : null;
}

/** The invitation behind a link, if it is open to the tenant: sent to it, or to whoever holds the link. */
export async function findInvitationByCodeHash(db: Db, scope: TenantScope, codeHash: string, now: Date): Promise<RelationshipRecord | null> {
  const row = await baseQuery(db)
    .where('relationships.invitation_code_hash', '=', codeHash)
    .where((eb) => eb.or([eb('relationships.customer_tenant_id', 'is', null), eb('relationships.customer_tenant_id', '=', scope.tenantId)]))
    .executeTakeFirst();
  return row ? toRecord(row, now, 'customer') : null;
}
