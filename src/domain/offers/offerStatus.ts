/** An offer's place in publishing: only published offers are in the marketplace. */
export type OfferStatus = 'draft' | 'published' | 'stop_sold';
