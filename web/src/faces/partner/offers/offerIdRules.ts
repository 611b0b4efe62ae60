/** The offer ID rules of the product spec, checked as the publisher types (the API checks them again). */

export const OFFER_ID_CHARACTERS = /^[a-z0-9_-]*$/;
/** Publisher ID + offer ID must be under this many characters. */
export const PUBLISHER_AND_OFFER_ID_LIMIT = 40;

export function offerIdProblem(offerId: string, publisherId: string): string | undefined {
  if (!OFFER_ID_CHARACTERS.test(offerId)) return 'Use only lowercase letters, digits, "-" and "_"';
  const combined = publisherId.length + offerId.length;
  if (combined >= PUBLISHER_AND_OFFER_ID_LIMIT) {
    return `Publisher ID + offer ID must be under ${PUBLISHER_AND_OFFER_ID_LIMIT} characters: "${publisherId}" + "${offerId}" is ${combined}`;
  }
  return undefined;
}

/** Characters the offer ID may still use. */
export const offerIdRoom = (offerId: string, publisherId: string) => PUBLISHER_AND_OFFER_ID_LIMIT - 1 - publisherId.length - offerId.length;

export const PLAN_ID_MAX = 50;

export function planIdProblem(planId: string): string | undefined {
  if (!OFFER_ID_CHARACTERS.test(planId)) return 'Use only lowercase letters, digits, "-" and "_"';
  if (planId.length > PLAN_ID_MAX) return `At most ${PLAN_ID_MAX} characters (${planId.length} now)`;
  return undefined;
}
