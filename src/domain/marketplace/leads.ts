/** How far the publisher has worked a lead. */
export type LeadStatus = 'new' | 'contacted' | 'won' | 'lost';

/**
 * inbox: no webhook endpoint takes the offer's `lead.created` events;
 * pending/delivered/failed: how its delivery stands (delivered once an
 * endpoint answered 2xx; failed once one was parked and none delivered);
 * not_delivered: no endpoint will send it any more (the one that was to
 * send it was deleted, or no longer takes the offer's leads).
 */
export type LeadDelivery = 'inbox' | 'pending' | 'delivered' | 'failed' | 'not_delivered';
