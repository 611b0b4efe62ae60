/** The offer key rules of the product spec, checked as the publisher types (the API checks them again). */

export const KEY_CHARACTERS = /^[a-z0-9_-]*$/;
/** Publisher ID + offer key must be under this many characters. */
export const PUBLISHER_AND_OFFER_KEY_LIMIT = 40;

export function offerKeyProblem(offerKey: string, publisherId: string): string | undefined {
  if (!KEY_CHARACTERS.test(offerKey)) return 'Use only lowercase letters, digits, "-" and "_"';
  const combined = publisherId.length + offerKey.length;
  if (combined >= PUBLISHER_AND_OFFER_KEY_LIMIT) {
    return `Publisher ID + offer key must be under ${PUBLISHER_AND_OFFER_KEY_LIMIT} characters: "${publisherId}" + "${offerKey}" is ${combined}`;
  }
  return undefined;
}

/** Characters the offer key may still use. */
export const offerKeyRoom = (offerKey: string, publisherId: string) => PUBLISHER_AND_OFFER_KEY_LIMIT - 1 - publisherId.length - offerKey.length;

export const PLAN_KEY_MAX = 50;

export function planKeyProblem(planKey: string): string | undefined {
  if (!KEY_CHARACTERS.test(planKey)) return 'Use only lowercase letters, digits, "-" and "_"';
  if (planKey.length > PLAN_KEY_MAX) return `At most ${PLAN_KEY_MAX} characters (${planKey.length} now)`;
  return undefined;
}
