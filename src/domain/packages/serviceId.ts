import { isGuid } from '../identifiers.js';
import { invalid } from '../problems.js';

/**
 * Service IDs tie an offer's licensing plan to the package's license metadata
 * and to runtime checks: `<publisherId>.<offerKey>.<planKey>`. The dot is the
 * separator, so none of the three parts may contain one.
 */

const ID_CHARACTERS = /^[a-z0-9_-]+$/;
const ID_CHARACTERS_RULE = 'lowercase letters, digits, "-" and "_"';

/** Publisher ID + offer key must stay under this many characters (Partner Center's rule). */
export const PUBLISHER_AND_OFFER_KEY_MAX_EXCLUSIVE = 40;
export const PLAN_KEY_MAX = 50;

export interface ServiceIdParts {
  publisherId: string;
  offerKey: string;
  planKey: string;
}

export type ParsedServiceId = ({ ok: true } & ServiceIdParts) | { ok: false; message: string };

/** Why a publisher ID is unacceptable, or null. It must leave room for at least a one-character offer key. */
export function validatePublisherId(publisherId: string): string | null {
  if (publisherId === '') return 'Publisher ID is required';
  if (!ID_CHARACTERS.test(publisherId)) return `Publisher ID "${publisherId}" may contain only ${ID_CHARACTERS_RULE}`;
  if (publisherId.length >= PUBLISHER_AND_OFFER_KEY_MAX_EXCLUSIVE - 1) {
    return `Publisher ID "${publisherId}" must be at most ${PUBLISHER_AND_OFFER_KEY_MAX_EXCLUSIVE - 2} characters`;
  }
  return null;
}

/** Why an offer key is unacceptable for this publisher, or null. */
export function validateOfferKey(offerKey: string, publisherId: string): string | null {
  if (offerKey === '') return 'Offer key is required';
  if (!ID_CHARACTERS.test(offerKey)) return `Offer key "${offerKey}" may contain only ${ID_CHARACTERS_RULE}`;
  if (isGuid(offerKey)) return `Offer key "${offerKey}" must not look like a GUID: GUIDs name the offer itself`;
  const combined = publisherId.length + offerKey.length;
  if (combined >= PUBLISHER_AND_OFFER_KEY_MAX_EXCLUSIVE) {
    return `Publisher ID + offer key must be under ${PUBLISHER_AND_OFFER_KEY_MAX_EXCLUSIVE} characters; "${publisherId}" + "${offerKey}" is ${combined}`;
  }
  return null;
}

/** Why a plan key is unacceptable, or null. */
export function validatePlanKey(planKey: string): string | null {
  if (planKey === '') return 'Plan key is required';
  if (!ID_CHARACTERS.test(planKey)) return `Plan key "${planKey}" may contain only ${ID_CHARACTERS_RULE}`;
  if (planKey.length > PLAN_KEY_MAX) return `Plan key "${planKey}" must be at most ${PLAN_KEY_MAX} characters; it is ${planKey.length}`;
  if (isGuid(planKey)) return `Plan key "${planKey}" must not look like a GUID: GUIDs name the plan itself`;
  return null;
}

/** Builds a plan's Service ID; throws a 400 DomainError naming the bad part instead of building a malformed one. */
export function buildServiceId(publisherId: string, offerKey: string, planKey: string): string {
  const publisherProblem = validatePublisherId(publisherId);
  if (publisherProblem) throw invalid('publisherId', publisherProblem);
  const offerProblem = validateOfferKey(offerKey, publisherId);
  if (offerProblem) throw invalid('offerKey', offerProblem);
  const planProblem = validatePlanKey(planKey);
  if (planProblem) throw invalid('planKey', planProblem);
  return `${publisherId}.${offerKey}.${planKey}`;
}

/** Splits a Service ID into its parts, checking each part with the same rules as when it was created. */
export function parseServiceId(serviceId: string): ParsedServiceId {
  const parts = serviceId.split('.');
  if (parts.length !== 3) {
    return { ok: false, message: `Service ID "${serviceId}" must have the form <publisherId>.<offerKey>.<planKey>` };
  }
  const [publisherId, offerKey, planKey] = parts as [string, string, string];
  const problem = validatePublisherId(publisherId) ?? validateOfferKey(offerKey, publisherId) ?? validatePlanKey(planKey);
  if (problem) return { ok: false, message: `Service ID "${serviceId}" is malformed: ${problem}` };
  return { ok: true, publisherId, offerKey, planKey };
}
