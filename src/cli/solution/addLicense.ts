import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { LICENSE_FILE, hasErrors, licenseFromCsv, serializeLicenseMetadata, unmappedAppModules, type CsvFile } from '../../domain/packages/index.js';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { countLabel, writeProblems } from '../problemOutput.js';
import { readManifestOf } from './solutionFolder.js';

export interface AddLicenseOptions {
  planDefinitions: string;
  planMapping: string;
  solution?: string;
}

/**
 * `licensehub solution add-license`: reads the publisher's two CSVs, checks
 * them against the solution's app modules and writes license.json. Nothing is
 * written while any error remains, so a half-right license.json never exists.
 */
export async function addLicense(options: AddLicenseOptions, io: CliIo): Promise<number> {
  const folder = resolve(io.cwd, options.solution ?? '.');
  const manifest = await readManifestOf(folder);
  const planDefinitions = await readCsvArgument(options.planDefinitions, io);
  const planMapping = await readCsvArgument(options.planMapping, io);
  const { license, problems } = licenseFromCsv(planDefinitions, planMapping, {
    appModules: manifest.known.appModules,
    publisher: manifest.known.publisher,
  });

  const allProblems = [...manifest.problems, ...problems];
  const counts = writeProblems(allProblems, io.stderr);
  if (hasErrors(allProblems) || !license || !manifest.manifest) {
    io.stderr.write(`${countLabel(counts.errors, 'error')}; ${LICENSE_FILE} was not written\n`);
    return 1;
  }
  const target = join(folder, LICENSE_FILE);
  await writeFile(target, serializeLicenseMetadata(license));
  io.stdout.write(`Wrote ${relative(io.cwd, target) || target}: ${countLabel(license.servicePlans.length, 'plan')}, ${countLabel(license.mappings.length, 'mapping')}\n`);
  const free = unmappedAppModules(manifest.manifest, license);
  if (free.length) io.stdout.write(`App modules no plan maps (usable without a license): ${free.map((m) => m.uniqueName).join(', ')}\n`);
  return 0;
}

/** Problems name the CSV as the user typed it, so `mapping.csv:4:2` matches their command line. */
async function readCsvArgument(path: string, io: CliIo): Promise<CsvFile> {
  try {
    return { name: path, bytes: new Uint8Array(await readFile(resolve(io.cwd, path))) };
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot read ${path}: ${reason}`);
  }
}
