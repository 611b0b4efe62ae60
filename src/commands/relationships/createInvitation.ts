import { randomUUID } from 'node:crypto';
import { conflict, invalid, notFound } from '../../domain/problems.js';
import { hashSecret, newSecret } from '../../identity/secrets.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { globalAdminsOf } from '../../store/notifications.js';
import type { CommandContext } from '../context.js';
import { notify } from '../notifications/notify.js';
import { INVITATION_DAYS } from './consent.js';

export interface CreateInvitationProps {
  publisher: TenantScope;
  /** Limits the invitation to one tenant; without it, any tenant whose admin has the link may accept. */
  customerTenantId?: string | null | undefined;
  message?: string | undefined;
  /** Base of the link, e.g. https://licensehub.example.com */
  publicUrl: string;
  createdBy: string | null;
}

export interface Invitation {
  relationshipId: string;
  /** Shown once: only its hash is stored. */
  code: string;
  url: string;
  expiresAt: Date;
}

/** A publisher invites a customer to a relationship; the customer's consent comes from accepting the link. */
export async function createInvitation(ctx: CommandContext, props: CreateInvitationProps): Promise<Invitation> {
  const publisherId = props.publisher.tenantId;
  const customerId = props.customerTenantId ?? null;
  if (customerId) {
    if (customerId === publisherId) throw invalid('customerTenantId', 'is your own tenant; invite a customer tenant');
    const customer = await ctx.tx.selectFrom('tenants').select(['kind']).where('id', '=', customerId).executeTakeFirst();
    if (!customer || customer.kind === 'operator') throw notFound(`Customer tenant ${customerId}`);
    const open = await ctx.tx
      .selectFrom('relationships')
      .select(['status', 'created_at'])
      .where('publisher_tenant_id', '=', publisherId)
      .where('customer_tenant_id', '=', customerId)
      .where((eb) => eb.or([eb('status', '=', 'accepted'), eb.and([eb('status', '=', 'pending'), eb('expires_at', '>', ctx.now)])]))
      .executeTakeFirst();
    if (open?.status === 'accepted') throw conflict(`Tenant ${customerId} already has an accepted relationship with you`);
    if (open) throw conflict(`An invitation to tenant ${customerId} is already pending (sent ${open.created_at.toISOString()}); cancel it to send a new one`);
  }
  const code = newSecret(24);
  const id = randomUUID();
  const expiresAt = new Date(ctx.now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await ctx.tx
    .insertInto('relationships')
    .values({
      id,
      publisher_tenant_id: publisherId,
      customer_tenant_id: customerId,
      invitation_code_hash: hashSecret(code),
      message: props.message ?? '',
      created_by: props.createdBy,
      created_at: ctx.now,
      expires_at: expiresAt,
    })
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: publisherId,
    action: 'relationship.invited',
    targetType: 'relationship',
    targetId: id,
    summary: customerId ? `Invited tenant ${customerId} to a relationship` : 'Created a relationship invitation link',
    detail: { customerTenantId: customerId, expiresAt: expiresAt.toISOString() },
  });
  if (customerId) {
    // An invitation by link reaches whoever gets the link; one addressed to a tenant is announced to its Global admins.
    const publisher = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', publisherId).executeTakeFirstOrThrow();
    await notify(ctx, {
      kind: 'relationship.invited',
      recipients: { userIds: await globalAdminsOf(ctx.tx, customerId) },
      data: { relationshipId: id, publisherName: publisher.display_name, message: props.message ?? '', expiresAt: expiresAt.toISOString() },
    });
  }
  return { relationshipId: id, code, url: `${props.publicUrl}/admin/relationships/accept?code=${encodeURIComponent(code)}`, expiresAt };
}
