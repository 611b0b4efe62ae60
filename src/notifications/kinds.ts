/**
 * The kinds of notification LicenseHub sends, and the data each carries.
 * The data is what the change knew when it happened; the words are chosen
 * when the notification is shown or the email is sent (messages/), so a
 * translation applies to everything still unsent.
 */
export interface NotificationData {
  /** A user asked their admins for a license (to the tenant's license admins and Global admins). */
  'license_request.created': { requestId: string; requesterName: string; requesterUpn: string; appName: string; message: string };
  /**
   * The request was answered (to the requester). planName: the product assigned when approved
   * (absent in notifications written before it was added); note: the admin's note, or reason when declined;
   * decidedBy: `admin` (an admin answered it), `waiting_room` (the waiting room gave them a seat) or
   * `assignment` (an admin gave them the product another way); absent before it was added: an admin.
   */
  'license_request.decided': {
    requestId: string;
    tenantId: string;
    appModule: string;
    appName: string;
    approved: boolean;
    planName?: string | null;
    note: string;
    decidedBy?: 'admin' | 'waiting_room' | 'assignment';
  };
  /** A product reached 90 % or 100 % of its seats (to the tenant's license admins and Global admins). */
  'seats.threshold': { planId: string; planName: string; offerName: string; level: 90 | 100; assigned: number; purchased: number };
  /** A deal's licenses end in 30, 7 or 0 days (to the customer's license admins and the deal's partner contact). */
  'license.expiring': {
    dealId: string;
    customerName: string;
    offerName: string;
    plans: string[];
    endDate: string;
    /** The notice (30, 7 or 0 days ahead) this is. */
    notice: 30 | 7 | 0;
    /** Days from the day it was written to the last day of the contract. */
    daysLeft: number;
  };
  /** A product entered its grace period (to the customer's license admins and the partner contacts). */
  'license.grace': { planId: string; planName: string; offerName: string; customerName: string; publisherName: string };
  /** A product was suspended: checks fail until a renewal (same recipients). */
  'license.suspended': { planId: string; planName: string; offerName: string; customerName: string; publisherName: string };
  /** A seat its holder has not used for a while will be reclaimed on dueAt unless they use the app (to the holder). */
  'seat.reclaim_announced': { tenantId: string; planId: string; planName: string; offerName: string; appModule: string | null; dueAt: string; idleDays: number };
  /** Unused seats of a product were reclaimed (to the tenant's license admins and Global admins). */
  'seats.reclaimed': { planId: string; planName: string; offerName: string; people: string[]; undoUntil: string };
  /** A freed seat went to the person waiting for it (to that person). */
  'waiting_room.admitted': { tenantId: string; planId: string; planName: string; offerName: string; appModule: string | null };
  /** The operator decided the publisher's partner program application (to the publisher's Global admins). */
  'program.decided': { approved: boolean; reason: string | null; publisherId: string | null };
  /** A publisher invited the tenant to a relationship (to the customer's Global admins). */
  'relationship.invited': { relationshipId: string; publisherName: string; message: string; expiresAt: string };
}

export type NotificationKind = keyof NotificationData;

/** Every kind, in the order the preferences page lists them. */
export const NOTIFICATION_KINDS = [
  'license_request.created',
  'license_request.decided',
  'seats.threshold',
  'license.expiring',
  'license.grace',
  'license.suspended',
  'seat.reclaim_announced',
  'seats.reclaimed',
  'waiting_room.admitted',
  'program.decided',
  'relationship.invited',
] as const satisfies readonly NotificationKind[];

export const isNotificationKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);
