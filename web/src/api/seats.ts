import { answer, api, type OperationAnswer, type OperationBody } from './client';

/** Seats that manage themselves: a product's seat policy, waiting room, usage and reclamations (generated from the OpenAPI document). */
export type SeatPolicy = OperationBody<'setSeatPolicy'>;
export type Waiter = OperationAnswer<'listWaiting'>['items'][number];
export type ProductActivity = OperationAnswer<'getProductActivity'>;
export type ReclamationRun = OperationAnswer<'previewReclamation'>;
export type ReclamationItem = ReclamationRun['reclaimed'][number];
export type Reclamation = OperationAnswer<'listReclamations'>['items'][number];

const PRODUCT = '/api/v1/tenants/{tenantId}/licenses/{planId}';
const path = (tenantId: string, planId: string) => ({ params: { path: { tenantId, planId } } });

export const getSeatPolicy = (tenantId: string, planId: string, signal?: AbortSignal) => answer(api.GET(`${PRODUCT}/policy`, { ...path(tenantId, planId), signal }), signal);
export const putSeatPolicy = (tenantId: string, planId: string, policy: SeatPolicy) => answer(api.PUT(`${PRODUCT}/policy`, { ...path(tenantId, planId), body: policy }));
export const listWaiting = (tenantId: string, planId: string, signal?: AbortSignal) => answer(api.GET(`${PRODUCT}/waiting`, { ...path(tenantId, planId), signal }), signal);
export const approveWaiter = (tenantId: string, planId: string, userId: string) =>
  answer(api.POST(`${PRODUCT}/waiting/{userId}/approve`, { params: { path: { tenantId, planId, userId } } }));
export const removeWaiter = (tenantId: string, planId: string, userId: string) =>
  answer(api.DELETE(`${PRODUCT}/waiting/{userId}`, { params: { path: { tenantId, planId, userId } } })).then(() => undefined);
export const getActivity = (tenantId: string, planId: string, signal?: AbortSignal) => answer(api.GET(`${PRODUCT}/activity`, { ...path(tenantId, planId), signal }), signal);
export const reclamationDryRun = (tenantId: string, planId: string) => answer(api.GET(`${PRODUCT}/reclamations/dry-run`, path(tenantId, planId)));
export const listReclamations = (tenantId: string, planId: string, signal?: AbortSignal) => answer(api.GET(`${PRODUCT}/reclamations`, { ...path(tenantId, planId), signal }), signal);
export const undoReclamation = (tenantId: string, reclamationId: string) =>
  answer(api.POST('/api/v1/tenants/{tenantId}/reclamations/{reclamationId}/undo', { params: { path: { tenantId, reclamationId } } }));
