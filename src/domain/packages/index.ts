/**
 * Solution packages: the format, its validation and safe zip handling. Pure
 * logic shared by the server (upload, publish) and the `licensehub` CLI.
 */
export { formatSize } from './byteSize.js';
export { freemiumProblem, unmappedAppModules } from './freemium.js';
export { checkLicenseRows, type LicenseCheckContext } from './licenseChecks.js';
export { LICENSE_CSV_MAX_ROWS, PLAN_DEFINITION_COLUMNS, PLAN_MAPPING_COLUMNS, licenseFromCsv, readLicenseCsv, type CsvFile, type LicenseFromCsv } from './licenseCsv.js';
export {
  LICENSE_FILE,
  licenseMetadataSchema,
  readLicenseJson,
  serializeLicenseMetadata,
  type LicenseMetadata,
  type PlanMapping,
  type ServicePlan,
} from './licenseMetadata.js';
export { MANIFEST_FILE, manifestSchema, readManifest, uniqueNameProblem, type AppModule, type ManifestReading, type SolutionManifest } from './manifest.js';
export { readPackageArchive, writePackageArchive, type ReadPackageOptions, type WritePackageOptions } from './packageArchive.js';
export { COMPONENTS_FOLDER, isPackageFile } from './packageLayout.js';
export { hasErrors, type PackageProblem, type PackageProblemCode, type ProblemLocation, type ProblemSeverity } from './problems.js';
export { buildServiceId, parseServiceId, validateOfferKey, validatePlanKey, validatePublisherId, type ParsedServiceId, type ServiceIdParts } from './serviceId.js';
export { compareSolutionVersions, isSolutionVersion } from './solutionVersion.js';
export { checkStoredPackage } from './storedPackage.js';
export { validatePackage, type PackageFiles, type PackageValidation, type PackageValidationContext } from './validatePackage.js';
export { DEFAULT_ZIP_LIMITS, readZipArchive, type ZipContents, type ZipLimits } from './zipReader.js';
export { ZipRefusedError, type ZipRefusalCode } from './zipRefusal.js';
