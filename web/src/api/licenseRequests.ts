import { answer, api, type Schemas } from './client';
import type { operations } from './openapi';

/**
 * A user's request, sent from the launch page or My apps, for a license to an app: the plan it would
 * get (or got) by name with its free seats, and why approving cannot go through now, when it cannot.
 */
export type LicenseRequest = Schemas['LicenseRequest'];
export type LicenseRequestStatus = LicenseRequest['status'];
export type LicenseRequestProduct = LicenseRequest['products'][number];
type LicenseRequestQuery = NonNullable<operations['listLicenseRequests']['parameters']['query']>;

const base = '/api/v1/tenants/{tenantId}/license-requests';

export const createLicenseRequest = (tenantId: string, appModule: string, message: string) =>
  answer(api.POST(base, { params: { path: { tenantId } }, body: { appModule, message } }));

export const listMyLicenseRequests = (tenantId: string, signal?: AbortSignal) => answer(api.GET(`${base}/mine`, { params: { path: { tenantId } }, signal }), signal);

export const listLicenseRequests = (tenantId: string, query: LicenseRequestQuery, signal?: AbortSignal) =>
  answer(api.GET(base, { params: { path: { tenantId }, query }, signal }), signal);

/** `reason` is optional: the requester reads it in My apps and in the email. */
export const declineLicenseRequest = (tenantId: string, requestId: string, reason: string) =>
  answer(api.POST(`${base}/{requestId}/decline`, { params: { path: { tenantId, requestId } }, body: { note: reason } }));

/**
 * Approving assigns the requester a seat in the same step: 409 when the product has no free seat
 * (the request stays pending). `planId` picks the product; by default the first granting one with a free seat.
 */
export const approveLicenseRequest = (tenantId: string, requestId: string, decision: { planId?: string; note: string }) =>
  answer(api.POST(`${base}/{requestId}/approve`, { params: { path: { tenantId, requestId } }, body: decision }));
