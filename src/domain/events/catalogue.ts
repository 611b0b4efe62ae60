/**
 * The change feed's event types (issue 17): what each means and what its
 * `data` carries. The docs (docs/events.md), the OpenAPI document and the
 * webhook forms all read this one list. Data carries ids and readable facts
 * (plan, offer, counts), never secrets and never free text a person wrote,
 * except `lead.created`: the lead is what a visitor sent the publisher, and
 * only the publisher of the offer reads it.
 *
 * Who may read an event: the customer tenant it names (`tenant_id`) and the
 * publisher whose offer it concerns (`publisher_tenant_id`).
 */

export interface EventTypeInfo {
  /** One sentence: when the event happens. */
  description: string;
  /** The CloudEvents `subject` pattern. */
  subject: string;
  /** Who can read it. */
  audience: 'tenant' | 'publisher' | 'tenant and publisher';
  /** The fields of `data`, each with what it holds. */
  data: Record<string, string>;
}

/*
 * Offers and plans are named as the API names them (README, Identifiers): `offerId` and `planId`
 * are GUIDs, `offerKey` and `planKey` the publisher's readable keys.
 */
const offerId = 'the offer (GUID)';
const offerKey = "the offer's readable key, e.g. fieldops";
const planId = 'the plan (GUID)';
const planKey = "the plan's readable key, e.g. gold";

const product = 'tenants/{tenantId}/products/{planId}';
const productFacts = {
  tenantId: 'the customer tenant (GUID)',
  planId,
  planKey,
  offerId,
  offerKey,
  purchased: 'licenses the customer holds now',
  assigned: 'licenses in use now',
  state: 'active, warning, suspended or removed',
  previousState: 'the state before the change',
  reason: 'why: deal registered, deal quantity changed, lifecycle, …',
  dealId: 'the deal that caused it (GUID) or null',
};
const dealFacts = {
  dealId: 'the deal (GUID)',
  offerId,
  offerKey,
  customerTenantId: 'the customer tenant (GUID)',
  customerCompany: 'the company named on the deal',
  endDate: 'the end date (YYYY-MM-DD) or null when perpetual',
  licenses: '[{planId, planKey, quantity}] the plans the deal provisions',
};
const seatUserFacts = {
  tenantId: 'the customer tenant (GUID)',
  planId,
  serviceId: "the plan's Service ID",
  userId: 'the user (GUID)',
};
const seatFacts = {
  tenantId: 'the customer tenant (GUID)',
  planId,
  planKey,
  userIds: 'the users (GUIDs)',
  reason: 'why: assigned, unassigned, user disabled, deal quantity changed, …',
};

export const EVENT_TYPES = {
  'deal.registered': { description: 'A publisher registered a deal; its licenses are provisioned at once.', subject: 'deals/{dealId}', audience: 'tenant and publisher', data: dealFacts },
  'deal.changed': {
    description: "A deal's terms or plans changed (details corrected, licenses added, changed or removed, renewed).",
    subject: 'deals/{dealId}',
    audience: 'tenant and publisher',
    data: { ...dealFacts, change: 'updated, licenses_added, licenses_changed, licenses_removed or renewed', changed: 'the fields that changed' },
  },
  'deal.cancelled': { description: 'A publisher cancelled a deal; its licenses stop counting.', subject: 'deals/{dealId}', audience: 'tenant and publisher', data: dealFacts },
  'licenses.provisioned': { description: 'A customer received licenses of a plan it did not hold (or held no more).', subject: product, audience: 'tenant and publisher', data: productFacts },
  'licenses.changed': { description: 'The number of licenses a customer holds of a plan changed.', subject: product, audience: 'tenant and publisher', data: productFacts },
  'licenses.removed': { description: "A customer's licenses of a plan were removed (deal ended and not renewed, cancelled or removed).", subject: product, audience: 'tenant and publisher', data: productFacts },
  'license.assigned': {
    description: 'An admin assigned a plan to users or groups.',
    subject: product,
    audience: 'tenant and publisher',
    data: { tenantId: 'the customer tenant', planId, planKey, userIds: 'users assigned directly', groupIds: 'groups assigned', overAssigned: 'entitled users beyond the count' },
  },
  'license.unassigned': {
    description: 'An admin removed assignments of a plan from users or groups.',
    subject: product,
    audience: 'tenant and publisher',
    data: { tenantId: 'the customer tenant', planId, planKey, userIds: 'users unassigned', groupIds: 'groups unassigned' },
  },
  'seat.granted': { description: 'Users now hold a seat of the plan (directly, through a group, or a freed seat came to them).', subject: product, audience: 'tenant and publisher', data: seatFacts },
  'seat.lost': { description: 'Users no longer hold a seat of the plan (unassigned, disabled, deleted, fewer licenses, removed).', subject: product, audience: 'tenant and publisher', data: seatFacts },
  'license.auto_claimed': { description: 'A user without a seat opened the app (or its check asked to claim) and got a free seat under the product\'s auto-claim policy.', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'seat_policy.updated': {
    description: "A customer changed a product's seat policy (auto-claim, waiting room, reclamation).",
    subject: 'tenants/{tenantId}/licenses/{planId}',
    audience: 'tenant and publisher',
    data: {
      tenantId: 'the customer tenant (GUID)',
      planId,
      autoClaim: 'off, anyone or group',
      waitingRoom: 'off, automatic or manual',
      reclaimAfterDays: 'days unused before a seat is reclaimed, or null',
    },
  },
  'waiting_room.joined': { description: 'A user without a seat joined the product\'s waiting room (first in, first out).', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'waiting_room.admitted': { description: 'A freed seat went to the first person waiting (automatic waiting room).', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'waiting_room.approved': { description: 'An admin gave a seat to a person waiting (manual waiting room).', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'waiting_room.removed': { description: 'An admin removed a person from the waiting room.', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'seat_reclamation.announced': { description: 'A seat unused for the policy\'s days will be reclaimed after the notice unless its holder uses the app.', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'seat_reclamation.cancelled': { description: 'An announced reclamation was called off (the seat was used again, the person excluded or the policy changed).', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'seat.reclaimed': { description: 'An unused seat was reclaimed after its notice; it goes to the waiting room.', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'seat_reclamation.undone': { description: 'An admin undid a reclamation within 30 days; the seat is back with its holder.', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant and publisher', data: seatUserFacts },
  'license.warning': { description: "The deal ended: the plan's licenses are in their grace period.", subject: product, audience: 'tenant and publisher', data: productFacts },
  'license.suspended': { description: "The grace period passed: the plan's license checks fail until the deal is renewed.", subject: product, audience: 'tenant and publisher', data: productFacts },
  'license.renewed': { description: 'Licenses in grace or suspended are active again (the deal was renewed or extended).', subject: product, audience: 'tenant and publisher', data: productFacts },
  'app.installed': {
    description: "A customer installed an offer's package in an environment.",
    subject: 'tenants/{tenantId}/installations/{installationId}',
    audience: 'tenant and publisher',
    data: { tenantId: 'the customer tenant', installationId: 'the installation (GUID)', offerId, offerKey, environmentId: 'the environment (GUID)', version: 'the package version' },
  },
  'app.uninstalled': {
    description: 'A customer uninstalled an offer from an environment.',
    subject: 'tenants/{tenantId}/installations/{installationId}',
    audience: 'tenant and publisher',
    data: { tenantId: 'the customer tenant', installationId: 'the installation (GUID)', offerId, offerKey, environmentId: 'the environment (GUID)' },
  },
  'license_request.created': {
    description: 'A user asked their admins for a license of an app module.',
    subject: 'tenants/{tenantId}/license_requests/{requestId}',
    audience: 'tenant and publisher',
    data: { tenantId: 'the customer tenant', requestId: 'the request (GUID)', userId: 'the requester (GUID)', offerId, offerKey, appModule: 'the app module asked for' },
  },
  'license_request.decided': {
    description: 'A license request was answered: an admin approved (and assigned) or declined it, or the requester got a seat that grants the app another way, which approves it.',
    subject: 'tenants/{tenantId}/license_requests/{requestId}',
    audience: 'tenant and publisher',
    data: {
      tenantId: 'the customer tenant',
      requestId: 'the request (GUID)',
      userId: 'the requester (GUID)',
      offerId,
      offerKey,
      appModule: 'the app module',
      decision: 'approved or declined',
      planId: 'the plan assigned (GUID) when approved, else null',
      decidedBy: 'admin (an admin answered the request), waiting_room (the waiting room gave the requester a seat), assignment (an admin assigned them the product directly or through a group) or auto_claim (they took a free seat by opening the app)',
    },
  },
  'lead.created': {
    description: "A visitor sent Contact me on one of the publisher's marketplace listings (the lead is in Partner Center → Leads too).",
    subject: 'offers/{offerGuid}/leads/{leadId}',
    audience: 'publisher',
    data: {
      id: 'the lead (GUID)',
      offerId,
      offerKey,
      offer: '{id, slug, offerKey, name}: the offer (GUID), its listing address, readable key and name',
      name: 'the name the visitor gave',
      email: 'their email address',
      company: 'their company',
      country: 'their country or region (ISO 3166-1 alpha-2)',
      phone: 'their phone number or null',
      message: 'their message, exactly as typed',
      receivedAt: 'when the lead arrived (ISO 8601)',
    },
  },
  'user.disabled': {
    description: 'A user was disabled: their seats go to others (see seat.lost) and their sessions end.',
    subject: 'tenants/{tenantId}/users/{userId}',
    audience: 'tenant',
    data: { tenantId: 'the tenant', userId: 'the user (GUID)' },
  },
  'user.deleted': { description: 'A user was deleted (their seats: see seat.lost).', subject: 'tenants/{tenantId}/users/{userId}', audience: 'tenant', data: { tenantId: 'the tenant', userId: 'the user (GUID)' } },
  'relationship.accepted': {
    description: 'A customer accepted a publisher relationship: the publisher may provision licenses.',
    subject: 'relationships/{relationshipId}',
    audience: 'tenant and publisher',
    data: { relationshipId: 'the relationship (GUID)', customerTenantId: 'the customer tenant', publisherTenantId: 'the publisher tenant' },
  },
  'relationship.ended': {
    description: 'A customer ended a publisher relationship: no new deals or licenses.',
    subject: 'relationships/{relationshipId}',
    audience: 'tenant and publisher',
    data: { relationshipId: 'the relationship (GUID)', customerTenantId: 'the customer tenant', publisherTenantId: 'the publisher tenant' },
  },
} as const satisfies Record<string, EventTypeInfo>;

export type LicenseEventType = keyof typeof EVENT_TYPES;

export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as LicenseEventType[];

/** A test event a webhook endpoint can be sent on demand; never in the feed. */
export const TEST_EVENT_TYPE = 'webhook.test';

export function isEventType(value: string): value is LicenseEventType {
  return Object.hasOwn(EVENT_TYPES, value);
}

/** CloudEvents subjects, built one way everywhere. */
export const subjects = {
  product: (tenantId: string, planId: string) => `tenants/${tenantId}/products/${planId}`,
  deal: (dealId: string) => `deals/${dealId}`,
  installation: (tenantId: string, installationId: string) => `tenants/${tenantId}/installations/${installationId}`,
  licenseRequest: (tenantId: string, requestId: string) => `tenants/${tenantId}/license_requests/${requestId}`,
  user: (tenantId: string, userId: string) => `tenants/${tenantId}/users/${userId}`,
  relationship: (relationshipId: string) => `relationships/${relationshipId}`,
  lead: (offerGuid: string, leadId: string) => `offers/${offerGuid}/leads/${leadId}`,
};

/**
 * Which lifecycle event a product's state change is, if any: grace, suspension,
 * renewal (back to active from grace or suspension), removal, or provisioning
 * again after removal.
 */
export function productStateEvent(before: string, after: string): LicenseEventType | null {
  if (before === after) return null;
  if (after === 'removed') return 'licenses.removed';
  if (after === 'warning') return 'license.warning';
  if (after === 'suspended') return 'license.suspended';
  if (before === 'removed') return 'licenses.provisioned';
  return 'license.renewed';
}
