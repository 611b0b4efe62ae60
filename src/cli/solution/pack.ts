import { writeFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { formatSize, readPackageArchive, writePackageArchive } from '../../domain/packages/index.js';
import type { CliIo } from '../io.js';
import { countLabel, writeProblems } from '../problemOutput.js';
import { createProgressBar } from '../progressBar.js';
import { collectPackageFiles } from './solutionFolder.js';

export interface PackOptions {
  solution?: string;
  out?: string;
}

/**
 * `licensehub solution pack`: zips the solution folder's package files, then
 * reads the zip back through the server's own validation before writing it,
 * so a zip that pack writes is one the server accepts.
 */
export async function packSolution(options: PackOptions, io: CliIo): Promise<number> {
  const folder = resolve(io.cwd, options.solution ?? '.');
  const files = await collectPackageFiles(folder);
  const progress = createProgressBar(io.stderr, 'Packing');
  const zip = writePackageArchive(files, { onProgress: (done, total) => progress.update(done, total) });
  progress.finish();

  const provisionalName = options.out ? basename(options.out) : 'package.zip';
  const result = await readPackageArchive(zip, {}, { archiveName: provisionalName });
  const counts = writeProblems(result.problems, io.stderr);
  if (!result.valid || !result.manifest) {
    io.stderr.write(`${countLabel(counts.errors, 'error')}; no package was written\n`);
    return 1;
  }
  const { uniqueName, version } = result.manifest;
  const out = resolve(io.cwd, options.out ?? `${uniqueName}_${version.replaceAll('.', '_')}.zip`);
  await writeFile(out, zip);
  io.stdout.write(`${relative(io.cwd, out) || out} (${formatSize(zip.length)})\n`);
  return 0;
}
