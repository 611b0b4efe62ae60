/**
 * Every action the audit log records. Commands can write no other (the audit
 * entry's type says so), and test/auditCoverage.test.ts fails when a test
 * asserts none of them: every change a user can make leaves a trace someone
 * checked.
 */
export const AUDIT_ACTIONS = [
  'api_token.created', 'api_token.revoked',
  'app.installed', 'app.uninstalled', 'app.updated',
  'deal.cancelled', 'deal.licenses_added', 'deal.licenses_changed', 'deal.licenses_removed', 'deal.registered', 'deal.renewed', 'deal.updated',
  'environment.created', 'environment.deleted', 'environment.renamed',
  'group.created', 'group.deleted', 'group.member_added', 'group.member_removed', 'group.updated',
  'domain.added', 'domain.verified', 'domain.removed',
  'group.members_changed', 'group.provisioned',
  'identity_provider.created', 'identity_provider.deleted', 'identity_provider.tested', 'identity_provider.updated',
  'lead.note_added', 'lead.received', 'lead.status_changed',
  'license.assigned', 'license.auto_claimed', 'license.state_changed', 'license.unassigned',
  'license_request.approved', 'license_request.created', 'license_request.declined',
  'notification_preferences.updated',
  'offer.created', 'offer.deleted', 'offer.logo_removed', 'offer.logo_set', 'offer.published', 'offer.resumed', 'offer.screenshot_added', 'offer.screenshot_removed', 'offer.stop_sold', 'offer.updated',
  'package.made_current', 'package.uploaded',
  'partner_program.applied', 'partner_program.approved', 'partner_program.declined',
  'plan.created', 'plan.deleted', 'plan.updated',
  'relationship.accepted', 'relationship.cancelled', 'relationship.declined', 'relationship.ended', 'relationship.invited',
  'scim_token.created', 'scim_token.revoked',
  'seat_policy.updated', 'seat.reclaimed', 'seat_reclamation.announced', 'seat_reclamation.cancelled', 'seat_reclamation.undone',
  'waiting_room.admitted', 'waiting_room.approved', 'waiting_room.joined', 'waiting_room.removed',
  'tenant.created', 'tenant.deleted', 'tenant.updated',
  'webhook.created', 'webhook.deleted', 'webhook.delivery_resent', 'webhook.replayed', 'webhook.secret_rotated', 'webhook.test_sent', 'webhook.updated',
  'user.created', 'user.deleted', 'user.deprovisioned', 'user.provisioned', 'user.disabled', 'user.imported', 'user.mfa_enrolled', 'user.mfa_recovery_codes_renewed', 'user.mfa_removed', 'user.mfa_reset', 'user.password_changed', 'user.roles_changed', 'user.signed_in', 'user.updated',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
