import type { AuditAction } from '../../domain/auditActions.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';

interface RelationshipSides {
  relationshipId: string;
  customerTenantId: string;
  publisherTenantId: string;
}

/** A relationship change shows in both tenants' audit logs, each side told in its own words. */
export async function auditBothSides(
  ctx: CommandContext,
  sides: RelationshipSides,
  action: AuditAction,
  summaries: { customer: string; publisher: string },
): Promise<void> {
  const event = { action, targetType: 'relationship', targetId: sides.relationshipId };
  await recordAudit(ctx.tx, ctx.actor, { ...event, tenantId: sides.customerTenantId, summary: summaries.customer, detail: { publisherTenantId: sides.publisherTenantId } });
  await recordAudit(ctx.tx, ctx.actor, { ...event, tenantId: sides.publisherTenantId, summary: summaries.publisher, detail: { customerTenantId: sides.customerTenantId } });
  if (action === 'relationship.accepted' || action === 'relationship.ended') {
    recordLicenseEvent(ctx, {
      type: action,
      subject: subjects.relationship(sides.relationshipId),
      tenantId: sides.customerTenantId,
      publisherTenantId: sides.publisherTenantId,
      data: { relationshipId: sides.relationshipId, customerTenantId: sides.customerTenantId, publisherTenantId: sides.publisherTenantId },
    });
  }
}
