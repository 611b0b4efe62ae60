/** Where an offer's Contact me leads go besides the publisher's inbox. */
export type LeadDestination = { kind: 'inbox' } | { kind: 'webhook'; url: string; secret: string };

/** How far the publisher has worked a lead. */
export type LeadStatus = 'new' | 'contacted' | 'won' | 'lost';

/** inbox: not delivered elsewhere; pending/delivered/failed: the webhook outbox's state. */
export type LeadDelivery = 'inbox' | 'pending' | 'delivered' | 'failed';
