import { apiRequest } from './client';

/** Partner Center's leads inbox: what marketplace visitors sent with Contact me. */

export type LeadStatus = 'new' | 'contacted' | 'won' | 'lost';

/** inbox: the offer has no webhook; retrying: not delivered yet, the next attempt is scheduled; failed: every attempt failed. */
export type LeadDelivery = 'inbox' | 'delivered' | 'retrying' | 'failed';

export interface LeadSummary {
  id: string;
  offer: { offerId: string; name: string };
  name: string;
  email: string;
  company: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  status: LeadStatus;
  receivedAt: string;
  delivery: LeadDelivery;
}

export interface LeadNote {
  id: string;
  text: string;
  author: string;
  createdAt: string;
}

export interface LeadDeliveryAttempt {
  attempt: number;
  at: string;
  url: string;
  statusCode: number | null;
  error: string | null;
  nextAttemptAt: string | null;
}

export interface Lead extends LeadSummary {
  phone: string | null;
  /** Plain text as the visitor typed it; shown as text, never as HTML. */
  message: string;
  consent: boolean;
  updatedAt: string;
  /** When the webhook is tried next, while retrying. */
  nextAttemptAt: string | null;
  notes: LeadNote[];
  deliveries: LeadDeliveryAttempt[];
}

export interface LeadQuery {
  status?: LeadStatus;
  /** The offer ID the publisher chose. */
  offer?: string;
  search?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

const LEADS = '/api/v1/partner/leads';
const leadPath = (leadId: string) => `${LEADS}/${encodeURIComponent(leadId)}`;

export const listLeads = (query: LeadQuery, signal?: AbortSignal) => apiRequest<{ items: LeadSummary[]; total: number }>(LEADS, { query: { ...query }, signal });

export const getLead = (leadId: string, signal?: AbortSignal) => apiRequest<Lead>(leadPath(leadId), { signal });

export const setLeadStatus = (leadId: string, status: LeadStatus) => apiRequest<Lead>(leadPath(leadId), { method: 'PATCH', body: { status } });

/** Answers the lead with its notes. */
export const addLeadNote = (leadId: string, text: string) => apiRequest<Lead>(`${leadPath(leadId)}/notes`, { method: 'POST', body: { text } });

/** Every lead matching the filters as CSV (a plain link: the browser downloads it with the session cookie). */
export function leadsCsvUrl(query: Omit<LeadQuery, 'page' | 'pageSize'>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  const text = params.toString();
  return text ? `${LEADS}.csv?${text}` : `${LEADS}.csv`;
}
