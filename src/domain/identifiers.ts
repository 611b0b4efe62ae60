/**
 * One identifier per resource: every resource is answered and addressed by its GUID `id`; offers and
 * plans also have a readable key the publisher picks (`offerKey`, `planKey`), and marketplace listings
 * a `slug`. Routes that document it accept the key wherever they accept the GUID; a GUID-shaped value
 * is always read as the GUID, which is why no key may look like one.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A reference to an offer or a plan as a route takes it: its GUID or its readable key. */
export type ResourceRef = { guid: string } | { key: string };

/** The one rule that tells a GUID from a readable key. */
export function parseRef(value: string): ResourceRef {
  return isGuid(value) ? { guid: value.toLowerCase() } : { key: value };
}
