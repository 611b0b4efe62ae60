import { apiRequest, type Page, type PageQuery } from './client';

export type Deployment = 'cloud' | 'on_premises' | 'hybrid';
export type DealState = 'active' | 'warning' | 'suspended' | 'expired' | 'cancelled';
export type ContractType = 'new' | 'renewal';

export interface Money {
  amount: number;
  /** ISO 4217, e.g. USD. */
  currency: string;
}

export interface DealLicense {
  /** The plan's GUID. */
  planId: string;
  /** The plan ID the publisher chose, e.g. gold. */
  planKey: string;
  planName: string;
  serviceId: string;
  quantity: number;
}

export interface Deal {
  id: string;
  status: 'registered' | 'cancelled';
  /** The licenses' lifecycle today. */
  state: DealState;
  contractType: ContractType;
  customerTenant: { id: string; name: string };
  customer: { companyName: string; country: string; city: string; state: string };
  offer: { id: string; offerId: string; name: string };
  totalContractValue: Money;
  solutionValue: Money;
  deployment: Deployment;
  signedDate: string;
  startDate: string;
  endDate: string | null;
  perpetual: boolean;
  lifecycle: { nextChangeAt: string | null; graceStartsAt: string; suspensionStartsAt: string; removalAt: string } | null;
  partnerContact: { firstName: string; lastName: string; phone: string; email: string };
  licenses: DealLicense[];
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
}

export interface DealFields {
  customer: { companyName: string; country: string; city: string; state: string };
  totalContractValue: Money;
  solutionValue: Money;
  deployment: Deployment;
  signedDate: string;
  startDate: string;
  endDate?: string;
  perpetual?: boolean;
  partnerContact: { firstName: string; lastName: string; phone: string; email: string };
  contractType: ContractType;
}

export interface NewDeal extends DealFields {
  /** The offer ID (or GUID). */
  offerId: string;
  customerTenantId: string;
  licenses: { planId: string; quantity: number }[];
  /** Register it even though a deal with the same customer, offer, dates and values was registered in the last 24 hours. */
  confirmDuplicate?: boolean;
}

export interface DealQuery extends PageQuery {
  status?: 'registered' | 'cancelled';
  state?: DealState;
  customerTenantId?: string;
  search?: string;
}

/** What a change of provisioned licenses did to the customer's product. */
export interface Provisioning {
  planId: string;
  planKey: string;
  planName: string;
  serviceId: string;
  quantity: number | null;
  product: { purchased: number; assigned: number; available: number; state: string; overAssigned: number };
}

export interface DealAuditEvent {
  id: number;
  actor: { userId: string | null; displayName: string };
  action: string;
  summary: string;
  occurredAt: string;
}

export const DEPLOYMENT_LABELS: Record<Deployment, string> = { cloud: 'Cloud', on_premises: 'On-premises', hybrid: 'Hybrid' };

const deals = (tenantId: string) => `/api/v1/tenants/${tenantId}/partner/deals`;

export const listDeals = (tenantId: string, query: DealQuery, signal?: AbortSignal) => apiRequest<Page<Deal>>(deals(tenantId), { query: { ...query }, signal });

export const getDeal = (tenantId: string, dealId: string, signal?: AbortSignal) => apiRequest<Deal>(`${deals(tenantId)}/${dealId}`, { signal });

/** `idempotencyKey` makes a retried registration return the first deal instead of a second one. */
export const registerDeal = (tenantId: string, deal: NewDeal, idempotencyKey: string) =>
  apiRequest<Deal>(deals(tenantId), { method: 'POST', body: deal, headers: { 'idempotency-key': idempotencyKey } });

export const updateDeal = (tenantId: string, dealId: string, changes: Partial<DealFields>) =>
  apiRequest<Deal>(`${deals(tenantId)}/${dealId}`, { method: 'PATCH', body: changes });

export const renewDeal = (tenantId: string, dealId: string, endDate: string) =>
  apiRequest<Deal>(`${deals(tenantId)}/${dealId}/renew`, { method: 'POST', body: { endDate } });

export const cancelDeal = (tenantId: string, dealId: string) => apiRequest<Deal>(`${deals(tenantId)}/${dealId}/cancel`, { method: 'POST' });

export const listDealAudit = (tenantId: string, dealId: string, signal?: AbortSignal) =>
  apiRequest<Page<DealAuditEvent>>(`${deals(tenantId)}/${dealId}/audit`, { query: { limit: 50 }, signal });

export const addDealLicenses = (tenantId: string, dealId: string, planId: string, quantity: number) =>
  apiRequest<Provisioning>(`${deals(tenantId)}/${dealId}/licenses`, { method: 'POST', body: { planId, quantity } });

/** Going below what the customer assigned is allowed; `product.overAssigned` says how many users lose their seat. */
export const changeDealLicenses = (tenantId: string, dealId: string, planId: string, quantity: number) =>
  apiRequest<Provisioning>(`${deals(tenantId)}/${dealId}/licenses/${planId}`, { method: 'PATCH', body: { quantity } });

export const removeDealLicenses = (tenantId: string, dealId: string, planId: string) =>
  apiRequest<Provisioning>(`${deals(tenantId)}/${dealId}/licenses/${planId}`, { method: 'DELETE' });

/** The currencies the server converts to US dollars for the eligibility threshold. */
export const DEAL_CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'JPY', 'CNY', 'HKD', 'SGD', 'INR', 'KRW', 'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'AED', 'SAR', 'ILS', 'TRY'];
