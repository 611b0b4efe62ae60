import { Zip, ZipDeflate } from 'fflate';
import { LICENSE_FILE } from './licenseMetadata.js';
import { MANIFEST_FILE } from './manifest.js';
import { packageError } from './problems.js';
import { validatePackage, type PackageFiles, type PackageValidation, type PackageValidationContext } from './validatePackage.js';
import { DEFAULT_ZIP_LIMITS, readZipArchive, type ZipLimits } from './zipReader.js';
import { ZipRefusedError } from './zipRefusal.js';

/** Reading an uploaded package zip, and writing one from a solution folder's files. */

export interface ReadPackageOptions {
  /** The name archive-level problems are reported against, e.g. the uploaded file's name. */
  archiveName?: string;
  limits?: ZipLimits;
}

/** Opens the zip safely, then validates its content; a refused archive is reported as one problem. */
export async function readPackageArchive(zip: Uint8Array, context: PackageValidationContext = {}, options: ReadPackageOptions = {}): Promise<PackageValidation> {
  const archiveName = options.archiveName ?? 'package.zip';
  try {
    const { files } = await readZipArchive(zip, options.limits ?? DEFAULT_ZIP_LIMITS);
    return validatePackage(files, context);
  } catch (error) {
    if (!(error instanceof ZipRefusedError)) throw error;
    return { valid: false, manifest: null, license: null, problems: [packageError(error.code, error.message, { file: archiveName })] };
  }
}

export interface WritePackageOptions {
  /** Called as bytes are compressed, for a progress bar. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
}

// A fixed timestamp makes the same folder produce byte-identical zips (reproducible builds, stable hashes).
const ENTRY_TIME = new Date(2000, 0, 1);
const PROGRESS_STEP = 1024 * 1024;

/** Builds the package zip: the manifest first, then license.json, then components in name order. It does not validate. */
export function writePackageArchive(files: PackageFiles, options: WritePackageOptions = {}): Uint8Array {
  const names = [...files.keys()].sort(byPackageOrder);
  const totalBytes = names.reduce((sum, name) => sum + files.get(name)!.length, 0);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // With the synchronous ZipDeflate, fflate emits every chunk before push() and end() return.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  let doneBytes = 0;
  options.onProgress?.(0, totalBytes);
  for (const name of names) {
    const bytes = files.get(name)!;
    const entry = new ZipDeflate(name);
    entry.mtime = ENTRY_TIME;
    zip.add(entry);
    let offset = 0;
    do {
      const next = Math.min(offset + PROGRESS_STEP, bytes.length);
      entry.push(bytes.subarray(offset, next), next === bytes.length);
      doneBytes += next - offset;
      offset = next;
      options.onProgress?.(doneBytes, totalBytes);
    } while (offset < bytes.length);
  }
  zip.end();
  if (failure) throw failure;
  return concatenate(chunks);
}

function byPackageOrder(a: string, b: string): number {
  const rank = (name: string) => (name === MANIFEST_FILE ? 0 : name === LICENSE_FILE ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
