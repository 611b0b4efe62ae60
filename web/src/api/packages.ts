import { answer, api, fetchWithUploadProgress, fileBody, type OperationAnswer } from './client';
import { offerPath } from './offers';
import { isOptionalNumber, isOptionalString, isRecord } from './jsonShape';

/** A package version as the server answers it (generated from the OpenAPI document). */
export type PackageSummary = OperationAnswer<'listPackages'>['items'][number];
/** A version with its app modules, plans and validation (run again against the offer as it is now). */
export type PackageDetail = OperationAnswer<'getPackage'>;
/** One problem validation found, and where: a file, and a line and column or a JSON path. */
export type PackageProblem = PackageDetail['validation']['problems'][number];

/** Whether a refusal's listed item is a package problem (an upload's 422 lists them in `problems`). */
export function isPackageProblem(value: unknown): value is PackageProblem {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.message === 'string' &&
    typeof value.file === 'string' &&
    isOptionalNumber(value.line) &&
    isOptionalNumber(value.column) &&
    isOptionalString(value.path)
  );
}

export const PACKAGE_MAX_BYTES = 20 * 1024 * 1024;

const base = '/api/v1/tenants/{tenantId}/partner/offers/{offerId}/packages';

export const listPackages = (tenantId: string, offerId: string, signal?: AbortSignal) =>
  answer(api.GET(base, { params: { path: { tenantId, offerId } }, signal }), signal);

export const getPackage = (tenantId: string, offerId: string, version: string, signal?: AbortSignal) =>
  answer(api.GET(`${base}/{version}`, { params: { path: { tenantId, offerId, version } }, signal }), signal);

export const packageArchiveUrl = (tenantId: string, offerId: string, version: string) => `${offerPath(tenantId, offerId)}/packages/${version}/archive`;

/**
 * Uploads a zip as a new version. An invalid package is not stored: 422 with
 * every problem in `problems`. `onProgress` gets the fraction sent, 0 to 1.
 */
export const uploadPackage = (tenantId: string, offerId: string, file: File, onProgress: (fraction: number) => void) =>
  answer(
    api.POST(base, {
      params: { path: { tenantId, offerId }, query: { fileName: file.name } },
      ...fileBody(file),
      // Browsers name a zip's type variously (application/x-zip-compressed on Windows); the API takes application/zip.
      headers: { 'content-type': 'application/zip' },
      fetch: fetchWithUploadProgress(onProgress),
    }),
  );

export const makePackageCurrent = (tenantId: string, offerId: string, version: string) =>
  answer(api.POST(`${base}/{version}/make-current`, { params: { path: { tenantId, offerId, version } } }));
