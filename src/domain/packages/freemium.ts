import type { LicenseMetadata } from './licenseMetadata.js';
import { LICENSE_FILE } from './licenseMetadata.js';
import type { AppModule, SolutionManifest } from './manifest.js';
import { packageError, type PackageProblem } from './problems.js';

/**
 * An app module that no plan maps needs no license (our reading of "configure
 * your package to not require a license"). An offer that lets customers install
 * without licenses (freemium) must therefore leave at least one unmapped.
 */
export function unmappedAppModules(manifest: Pick<SolutionManifest, 'appModules'>, license: Pick<LicenseMetadata, 'mappings'>): AppModule[] {
  const mapped = new Set(license.mappings.map((m) => m.appModule));
  return manifest.appModules.filter((appModule) => !mapped.has(appModule.uniqueName));
}

/** The publish-time problem for a freemium offer whose package maps every app module, or null. */
export function freemiumProblem(manifest: Pick<SolutionManifest, 'appModules'>, license: Pick<LicenseMetadata, 'mappings'>): PackageProblem | null {
  if (unmappedAppModules(manifest, license).length > 0) return null;
  return packageError(
    'freemium.every_app_module_mapped',
    'The offer allows installing without licenses, but every app module is mapped to a plan, so nothing is usable without one; leave at least one app module unmapped',
    { file: LICENSE_FILE, path: 'mappings' },
  );
}
