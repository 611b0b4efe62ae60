import { apiRequest, uploadWithProgress } from './client';
import { offerPath } from './offers';

/** One problem validation found, and where: a file, and a line and column or a JSON path. */
export interface PackageProblem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line?: number;
  column?: number;
  path?: string;
}

export interface PackageSummary {
  version: string;
  uniqueName: string;
  displayName: string;
  publisher: string;
  sizeBytes: number;
  sha256: string;
  appModuleCount: number;
  /** The version the next publish makes live. */
  isCurrent: boolean;
  /** The version customers get. */
  isPublished: boolean;
  uploadedBy: { userId: string; displayName: string } | null;
  uploadedAt: string;
}

export interface PackageDetail extends PackageSummary {
  appModules: { uniqueName: string; displayName: string; needsLicense: boolean; plans: string[] }[];
  servicePlans: { serviceId: string; displayName: string; moreInfoUrl: string }[];
  validation: { valid: boolean; problems: PackageProblem[] };
}

export const PACKAGE_MAX_BYTES = 20 * 1024 * 1024;

const packages = (tenantId: string, offerId: string) => `${offerPath(tenantId, offerId)}/packages`;

export const listPackages = (tenantId: string, offerId: string, signal?: AbortSignal) =>
  apiRequest<{ items: PackageSummary[] }>(packages(tenantId, offerId), { signal });

export const getPackage = (tenantId: string, offerId: string, version: string, signal?: AbortSignal) =>
  apiRequest<PackageDetail>(`${packages(tenantId, offerId)}/${version}`, { signal });

export const packageArchiveUrl = (tenantId: string, offerId: string, version: string) => `${packages(tenantId, offerId)}/${version}/archive`;

/**
 * Uploads a zip as a new version. An invalid package is not stored: 422 with
 * every problem in `problems`. `onProgress` gets the fraction sent, 0 to 1.
 */
export const uploadPackage = (tenantId: string, offerId: string, file: File, onProgress: (fraction: number) => void) =>
  uploadWithProgress<PackageDetail>(packages(tenantId, offerId), file, {
    contentType: 'application/zip',
    query: { fileName: file.name },
    onProgress,
  });

export const makePackageCurrent = (tenantId: string, offerId: string, version: string) =>
  apiRequest<unknown>(`${packages(tenantId, offerId)}/${version}/make-current`, { method: 'POST' });
