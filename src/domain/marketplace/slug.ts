/** A marketplace listing's address: `<publisherId>.<offerKey>`, like the start of a Service ID. */
export interface OfferSlug {
  publisherId: string;
  offerKey: string;
}

const SLUG = /^([a-z0-9_-]{1,40})\.([a-z0-9_-]{1,40})$/;

export const offerSlug = (o: OfferSlug) => `${o.publisherId}.${o.offerKey}`;

/** null for anything that cannot be a listing (the route answers 404, as for an unknown one). */
export function parseOfferSlug(slug: string): OfferSlug | null {
  const match = SLUG.exec(slug);
  return match ? { publisherId: match[1]!, offerKey: match[2]! } : null;
}
