import { answer, api, type Schemas } from './client';
import type { operations } from './openapi';

/** Licenses the tenant holds for one plan of an offer, with their counts, as the server answers it (`planId`: the plan's GUID, the product's ID in the API). */
export type Product = Schemas['Product'];
export type ProductState = Product['state'];
export type ProductDetail = operations['getProduct']['responses'][200]['content']['application/json'];
export type Assignment = ProductDetail['assignments'][number];
export type Holder = Schemas['ProductHolder'];
export type SeatState = Holder['state'];
export type HolderSource = Holder['sources'][number];
export type HolderQuery = NonNullable<operations['listProductHolders']['parameters']['query']>;
export type AssignmentResult = Schemas['AssignmentResult'];
export type UserLicense = Schemas['UserLicense'];
/** A product a group's members get: assigned to the group, or (`inheritedFrom`) to a group it is inside. */
export type GroupLicense = Schemas['GroupLicense'];
export type AssignTargets = Schemas['AssignLicensesInput'];

const base = '/api/v1/tenants/{tenantId}/licenses';

export const listProducts = (tenantId: string, query: NonNullable<operations['listProducts']['parameters']['query']>, signal?: AbortSignal) =>
  answer(api.GET(base, { params: { path: { tenantId }, query }, signal }), signal);

export const getProduct = (tenantId: string, planId: string, signal?: AbortSignal) =>
  answer(api.GET(`${base}/{planId}`, { params: { path: { tenantId, planId } }, signal }), signal);

export const listHolders = (tenantId: string, planId: string, query: HolderQuery, signal?: AbortSignal) =>
  answer(api.GET(`${base}/{planId}/holders`, { params: { path: { tenantId, planId }, query }, signal }), signal);

/**
 * All or nothing by default: a direct assignment without a free seat is refused (409), a group's extra
 * members are marked "not enough licenses". With `partial: true` whoever fits is assigned and the
 * others come back in `notAssigned`.
 */
export const assignLicenses = (tenantId: string, planId: string, to: AssignTargets) =>
  answer(api.POST(`${base}/{planId}/assign`, { params: { path: { tenantId, planId } }, body: to }));

/** A CSV with a "User principal name" column; a file with any problem assigns nobody (400 `problems`). */
export const assignLicensesFromCsv = async (tenantId: string, planId: string, csv: Blob) => {
  const text = await csv.text();
  return answer(
    api.POST(`${base}/{planId}/assign/csv`, { params: { path: { tenantId, planId } }, body: text, bodySerializer: (body) => body, headers: { 'content-type': 'text/csv' } }),
  );
};

export const unassignLicenses = (tenantId: string, planId: string, from: Schemas['UnassignLicensesInput']) =>
  answer(api.POST(`${base}/{planId}/unassign`, { params: { path: { tenantId, planId } }, body: from }));

export const listUserLicenses = (tenantId: string, userId: string, signal?: AbortSignal) =>
  answer(api.GET('/api/v1/tenants/{tenantId}/users/{userId}/licenses', { params: { path: { tenantId, userId } }, signal }), signal);

export const listGroupLicenses = (tenantId: string, groupId: string, signal?: AbortSignal) =>
  answer(api.GET('/api/v1/tenants/{tenantId}/groups/{groupId}/licenses', { params: { path: { tenantId, groupId } }, signal }), signal);
