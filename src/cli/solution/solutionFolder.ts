import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  COMPONENTS_FOLDER,
  DEFAULT_ZIP_LIMITS,
  LICENSE_FILE,
  MANIFEST_FILE,
  formatSize,
  readManifest,
  type ManifestReading,
} from '../../domain/packages/index.js';
import { CliError } from '../cliError.js';

/**
 * A solution folder is what publishers edit: solution.json, license.json,
 * components/, and whatever else they keep beside them (the CSVs, a README).
 * Only the package files are packed; hidden files (.DS_Store, .gitkeep) never are.
 */

export async function readManifestOf(folder: string): Promise<ManifestReading> {
  const bytes = await readPackageFile(join(folder, MANIFEST_FILE), MANIFEST_FILE);
  if (!bytes) throw new CliError(`${join(folder, MANIFEST_FILE)} does not exist; run "licensehub solution init" to create a solution folder`);
  return readManifest(bytes);
}

/**
 * The files that go into the package, by their path inside it. Refuses what
 * the server would refuse before reading it, so a stray huge file or a
 * symbolic link is named here rather than after minutes of compression.
 */
export async function collectPackageFiles(folder: string): Promise<Map<string, Uint8Array>> {
  await requireFolder(folder);
  const files = new Map<string, Uint8Array>();
  for (const name of [MANIFEST_FILE, LICENSE_FILE]) {
    const bytes = await readPackageFile(join(folder, name), name);
    if (bytes) files.set(name, bytes);
  }
  const components = await lstat(join(folder, COMPONENTS_FOLDER)).catch(() => null);
  if (components?.isSymbolicLink()) throw new CliError(`${COMPONENTS_FOLDER} is a symbolic link; packages may contain only files`);
  if (components?.isDirectory()) await collectFolder(join(folder, COMPONENTS_FOLDER), COMPONENTS_FOLDER, files);
  return files;
}

async function collectFolder(absolute: string, inPackage: string, files: Map<string, Uint8Array>): Promise<void> {
  const entries = await readdir(absolute, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = `${inPackage}${entry.name}`;
    if (entry.isDirectory()) await collectFolder(join(absolute, entry.name), `${path}/`, files);
    else {
      const bytes = await readPackageFile(join(absolute, entry.name), path);
      if (bytes) files.set(path, bytes);
      if (files.size > DEFAULT_ZIP_LIMITS.maxEntries) {
        throw new CliError(`The solution has more than ${DEFAULT_ZIP_LIMITS.maxEntries} files; a package may have at most ${DEFAULT_ZIP_LIMITS.maxEntries}`);
      }
    }
  }
}

/** Reads a file if it exists; `shownAs` is its path inside the package, used in messages. */
async function readPackageFile(path: string, shownAs: string): Promise<Uint8Array | null> {
  const stats = await lstat(path).catch(() => null);
  if (!stats) return null;
  if (stats.isSymbolicLink()) throw new CliError(`${shownAs} is a symbolic link; packages may contain only files`);
  if (!stats.isFile()) throw new CliError(`${shownAs} is not a regular file`);
  if (stats.size > DEFAULT_ZIP_LIMITS.maxEntryBytes) {
    throw new CliError(`${shownAs} is ${formatSize(stats.size)}; a file in a package may be at most ${formatSize(DEFAULT_ZIP_LIMITS.maxEntryBytes)}`);
  }
  return new Uint8Array(await readFile(path));
}

async function requireFolder(folder: string): Promise<void> {
  const stats = await lstat(folder).catch(() => null);
  if (!stats?.isDirectory()) throw new CliError(`${folder} is not a folder`);
}
