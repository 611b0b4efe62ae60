import { answer, api, type Schemas } from './client';

/** A deal as the server answers it (generated from the OpenAPI document). */
export type Deal = Schemas['Deal'];
export type DealLicense = Schemas['DealLicense'];
export type Deployment = Deal['deployment'];
export type DealState = Deal['state'];
export type ContractType = Deal['contractType'];
export type Money = Deal['totalContractValue'];
/** The body of a registration, as the server takes it. */
export type NewDeal = Schemas['RegisterDealInput'];
/** The editable fields of a deal. */
export type DealFields = Schemas['UpdateDealInput'];
export type DealQuery = NonNullable<DealOperations['listDeals']['parameters']['query']>;
export type DealAuditEvent = Schemas['AuditEvent'];
/** What a change of provisioned licenses did to the customer's product. */
export type Provisioning = DealOperations['addDealLicenses']['responses'][201]['content']['application/json'];

import type { operations as DealOperations } from './openapi';

export const DEPLOYMENT_LABELS: Record<Deployment, string> = { cloud: 'Cloud', on_premises: 'On-premises', hybrid: 'Hybrid' };

const base = '/api/v1/tenants/{tenantId}/partner/deals';

export const listDeals = (tenantId: string, query: DealQuery, signal?: AbortSignal) =>
  answer(api.GET(base, { params: { path: { tenantId }, query }, signal }), signal);

export const getDeal = (tenantId: string, dealId: string, signal?: AbortSignal) =>
  answer(api.GET(`${base}/{dealId}`, { params: { path: { tenantId, dealId } }, signal }), signal);

/** `idempotencyKey` makes a retried registration return the first deal instead of a second one. */
export const registerDeal = (tenantId: string, deal: NewDeal, idempotencyKey: string) =>
  answer(api.POST(base, { params: { path: { tenantId }, header: { 'idempotency-key': idempotencyKey } }, body: deal }));

export const updateDeal = (tenantId: string, dealId: string, changes: DealFields) =>
  answer(api.PATCH(`${base}/{dealId}`, { params: { path: { tenantId, dealId } }, body: changes }));

export const renewDeal = (tenantId: string, dealId: string, endDate: string) =>
  answer(api.POST(`${base}/{dealId}/renew`, { params: { path: { tenantId, dealId } }, body: { endDate } }));

export const cancelDeal = (tenantId: string, dealId: string) => answer(api.POST(`${base}/{dealId}/cancel`, { params: { path: { tenantId, dealId } } }));

export const listDealAudit = (tenantId: string, dealId: string, signal?: AbortSignal) =>
  answer(api.GET(`${base}/{dealId}/audit`, { params: { path: { tenantId, dealId }, query: { limit: 50 } }, signal }), signal);

export const addDealLicenses = (tenantId: string, dealId: string, planId: string, quantity: number) =>
  answer(api.POST(`${base}/{dealId}/licenses`, { params: { path: { tenantId, dealId } }, body: { planId, quantity } }));

/** Going below what the customer assigned is allowed; `product.overAssigned` says how many users lose their seat. */
export const changeDealLicenses = (tenantId: string, dealId: string, planId: string, quantity: number) =>
  answer(api.PATCH(`${base}/{dealId}/licenses/{planId}`, { params: { path: { tenantId, dealId, planId } }, body: { quantity } }));

export const removeDealLicenses = (tenantId: string, dealId: string, planId: string) =>
  answer(api.DELETE(`${base}/{dealId}/licenses/{planId}`, { params: { path: { tenantId, dealId, planId } } }));

/** The currencies the server converts to US dollars for the eligibility threshold. */
export const DEAL_CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'JPY', 'CNY', 'HKD', 'SGD', 'INR', 'KRW', 'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'AED', 'SAR', 'ILS', 'TRY'];
