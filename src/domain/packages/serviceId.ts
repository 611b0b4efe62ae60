import { invalid } from '../problems.js';

/**
 * Service IDs tie an offer's licensing plan to the package's license metadata
 * and to runtime checks: `<publisherId>.<offerId>.<planId>`. The dot is the
 * separator, so none of the three parts may contain one.
 */

const ID_CHARACTERS = /^[a-z0-9_-]+$/;
const ID_CHARACTERS_RULE = 'lowercase letters, digits, "-" and "_"';

/** Publisher ID + offer ID must stay under this many characters (Partner Center's rule). */
export const PUBLISHER_AND_OFFER_ID_MAX_EXCLUSIVE = 40;
export const PLAN_ID_MAX = 50;

export interface ServiceIdParts {
  publisherId: string;
  offerId: string;
  planId: string;
}

export type ParsedServiceId = ({ ok: true } & ServiceIdParts) | { ok: false; message: string };

/** Why a publisher ID is unacceptable, or null. It must leave room for at least a one-character offer ID. */
export function validatePublisherId(publisherId: string): string | null {
  if (publisherId === '') return 'Publisher ID is required';
  if (!ID_CHARACTERS.test(publisherId)) return `Publisher ID "${publisherId}" may contain only ${ID_CHARACTERS_RULE}`;
  if (publisherId.length >= PUBLISHER_AND_OFFER_ID_MAX_EXCLUSIVE - 1) {
    return `Publisher ID "${publisherId}" must be at most ${PUBLISHER_AND_OFFER_ID_MAX_EXCLUSIVE - 2} characters`;
  }
  return null;
}

/** Why an offer ID is unacceptable for this publisher, or null. */
export function validateOfferId(offerId: string, publisherId: string): string | null {
  if (offerId === '') return 'Offer ID is required';
  if (!ID_CHARACTERS.test(offerId)) return `Offer ID "${offerId}" may contain only ${ID_CHARACTERS_RULE}`;
  const combined = publisherId.length + offerId.length;
  if (combined >= PUBLISHER_AND_OFFER_ID_MAX_EXCLUSIVE) {
    return `Publisher ID + offer ID must be under ${PUBLISHER_AND_OFFER_ID_MAX_EXCLUSIVE} characters; "${publisherId}" + "${offerId}" is ${combined}`;
  }
  return null;
}

/** Why a plan ID is unacceptable, or null. */
export function validatePlanId(planId: string): string | null {
  if (planId === '') return 'Plan ID is required';
  if (!ID_CHARACTERS.test(planId)) return `Plan ID "${planId}" may contain only ${ID_CHARACTERS_RULE}`;
  if (planId.length > PLAN_ID_MAX) return `Plan ID "${planId}" must be at most ${PLAN_ID_MAX} characters; it is ${planId.length}`;
  return null;
}

/** Builds a plan's Service ID; throws a 400 DomainError naming the bad part instead of building a malformed one. */
export function buildServiceId(publisherId: string, offerId: string, planId: string): string {
  const publisherProblem = validatePublisherId(publisherId);
  if (publisherProblem) throw invalid('publisherId', publisherProblem);
  const offerProblem = validateOfferId(offerId, publisherId);
  if (offerProblem) throw invalid('offerId', offerProblem);
  const planProblem = validatePlanId(planId);
  if (planProblem) throw invalid('planId', planProblem);
  return `${publisherId}.${offerId}.${planId}`;
}

/** Splits a Service ID into its parts, checking each part with the same rules as when it was created. */
export function parseServiceId(serviceId: string): ParsedServiceId {
  const parts = serviceId.split('.');
  if (parts.length !== 3) {
    return { ok: false, message: `Service ID "${serviceId}" must have the form <publisherId>.<offerId>.<planId>` };
  }
  const [publisherId, offerId, planId] = parts as [string, string, string];
  const problem = validatePublisherId(publisherId) ?? validateOfferId(offerId, publisherId) ?? validatePlanId(planId);
  if (problem) return { ok: false, message: `Service ID "${serviceId}" is malformed: ${problem}` };
  return { ok: true, publisherId, offerId, planId };
}
