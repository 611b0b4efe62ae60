import { answer, api, type OperationQuery, type Schemas } from './client';

/** Partner Center's leads inbox: what marketplace visitors sent with Contact me. */

/** As the server answers it: `offer.id` is the offer's GUID, `offer.offerKey` its readable key. */
export type LeadSummary = Schemas['LeadSummary'];
export type Lead = Schemas['Lead'];
export type LeadStatus = Lead['status'];
/** inbox: no endpoint takes the offer's leads; retrying: not delivered yet, the next attempt is scheduled; failed: every attempt failed; not_delivered: no endpoint will send it any more (deliveryNote says why). */
export type LeadDelivery = Lead['delivery'];
export type LeadNote = Lead['notes'][number];
export type LeadDeliveryAttempt = Lead['deliveries'][number];
/** `offer`: one of the publisher's offers, its GUID or offer key; `page` is 1-based. */
export type LeadQuery = OperationQuery<'listLeads'>;

const LEADS = '/api/v1/partner/leads';
const LEAD = '/api/v1/partner/leads/{id}';

export const listLeads = (query: LeadQuery, signal?: AbortSignal) => answer(api.GET(LEADS, { params: { query }, signal }), signal);

export const getLead = (leadId: string, signal?: AbortSignal) => answer(api.GET(LEAD, { params: { path: { id: leadId } }, signal }), signal);

export const setLeadStatus = (leadId: string, status: LeadStatus) => answer(api.PATCH(LEAD, { params: { path: { id: leadId } }, body: { status } }));

/** Answers the lead with its notes. */
export const addLeadNote = (leadId: string, text: string) => answer(api.POST(`${LEAD}/notes`, { params: { path: { id: leadId } }, body: { text } }));

/** Every lead matching the filters as CSV (a plain link: the browser downloads it with the session cookie). */
export function leadsCsvUrl(query: Omit<LeadQuery, 'page' | 'pageSize'>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  const text = params.toString();
  return text ? `${LEADS}.csv?${text}` : `${LEADS}.csv`;
}
