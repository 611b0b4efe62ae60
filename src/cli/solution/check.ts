import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { freemiumProblem, isSolutionVersion, readPackageArchive, writePackageArchive, type PackageValidationContext } from '../../domain/packages/index.js';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { countLabel, writeProblems } from '../problemOutput.js';
import { collectPackageFiles } from './solutionFolder.js';

export interface CheckOptions {
  json?: boolean;
  offerPlans?: string;
  publisher?: string;
  previousVersion?: string;
  freemium?: boolean;
}

/**
 * `licensehub solution check <zip-or-folder>`: the server's upload validation,
 * offline. A folder is zipped in memory first, so both go through the same
 * archive checks. Options supply what the server would know about the offer.
 */
export async function checkPackage(target: string, options: CheckOptions, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, target);
  const stats = await stat(path).catch(() => null);
  if (!stats) throw new CliError(`${target} does not exist`);
  const zip = stats.isDirectory() ? writePackageArchive(await collectPackageFiles(path)) : new Uint8Array(await readFile(path));

  const result = await readPackageArchive(zip, contextFrom(options), { archiveName: stats.isDirectory() ? `${basename(path)}.zip` : basename(path) });
  const problems = [...result.problems];
  if (options.freemium && result.manifest && result.license) {
    const problem = freemiumProblem(result.manifest, result.license);
    if (problem) problems.push(problem);
  }
  const valid = !problems.some((p) => p.severity === 'error');

  if (options.json) {
    const solution = result.manifest && { uniqueName: result.manifest.uniqueName, version: result.manifest.version, publisher: result.manifest.publisher };
    io.stdout.write(`${JSON.stringify({ valid, solution, problems }, null, 2)}\n`);
  } else {
    const counts = writeProblems(problems, io.stdout);
    const verdict = valid ? 'valid' : 'invalid';
    io.stdout.write(`${target}: ${verdict} (${countLabel(counts.errors, 'error')}, ${countLabel(counts.warnings, 'warning')})\n`);
  }
  return valid ? 0 : 1;
}

function contextFrom(options: CheckOptions): PackageValidationContext {
  const context: PackageValidationContext = {};
  if (options.offerPlans !== undefined) {
    context.offerServiceIds = options.offerPlans
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
  }
  if (options.publisher !== undefined) context.publisherId = options.publisher;
  if (options.previousVersion !== undefined) {
    if (!isSolutionVersion(options.previousVersion)) throw new CliError(`--previous-version "${options.previousVersion}" must look like 1.0.0.0`);
    context.previousVersion = options.previousVersion;
  }
  return context;
}
