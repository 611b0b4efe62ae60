import { conflict, notFound } from '../../domain/problems.js';
import type { Tx } from '../../store/transaction.js';

/**
 * Without the customer's consent no licenses go into its tenant: registering
 * a deal, adding licenses, raising a quantity and renewing all need an
 * accepted relationship. The row is locked (FOR SHARE) so the customer cannot
 * end it halfway through the change. Reducing or removing licenses and
 * cancelling deals stay possible after the customer ends the relationship.
 */
export async function requireConsent(tx: Tx, publisherTenantId: string, customerTenantId: string): Promise<void> {
  if (publisherTenantId === customerTenantId) throw conflict('A publisher cannot register deals or provision licenses into its own tenant');
  const customer = await tx.selectFrom('tenants').select(['id', 'kind']).where('id', '=', customerTenantId).executeTakeFirst();
  if (!customer || customer.kind === 'operator') throw notFound(`Customer tenant ${customerTenantId}`);
  const relationship = await tx
    .selectFrom('relationships')
    .select('id')
    .where('publisher_tenant_id', '=', publisherTenantId)
    .where('customer_tenant_id', '=', customerTenantId)
    .where('status', '=', 'accepted')
    .forShare()
    .executeTakeFirst();
  if (!relationship) {
    throw conflict(
      `Tenant ${customerTenantId} has not accepted a relationship with you, so no licenses can be provisioned into it. Send an invitation and wait until a Global or Billing admin of that tenant accepts it.`,
      { code: 'NO_CONSENT' },
    );
  }
}

/** The relationship row for an update, locked. */
export async function lockRelationship(tx: Tx, id: string) {
  return tx.selectFrom('relationships').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export const INVITATION_DAYS = 14;
