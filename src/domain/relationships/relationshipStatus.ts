/** A publisher–customer relationship: asked for, then accepted or declined, and later ended or lapsed. */
export type RelationshipStatus = 'pending' | 'accepted' | 'declined' | 'ended' | 'expired' | 'cancelled';
