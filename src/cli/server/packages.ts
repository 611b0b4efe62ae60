import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { PACKAGE_UPLOAD_MAX_BYTES } from '../../domain/offers/packageUpload.js';
import { formatSize } from '../../domain/packages/index.js';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { writeProblems } from '../problemOutput.js';
import { createProgressBar } from '../progressBar.js';
import { ApiClient, fileBody } from './apiClient.js';
import { loadConnection } from './connection.js';
import { publish } from './offers.js';
import { problemMessage } from './problemMessage.js';
import { isPackageProblem, listedProblems } from './refusals.js';

/**
 * `licensehub packages upload`: sends the zip with a progress bar, prints
 * every validation problem the server found (file:line:column), and with
 * --publish publishes the offer once the package is stored.
 */
export async function uploadPackage(offerRef: string, zip: string, options: { publish?: boolean }, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, zip);
  const stats = await stat(path).catch(() => null);
  if (!stats?.isFile()) throw new CliError(`Cannot read ${zip}: no such file`);
  // The server's limit, checked here so a big file isn't sent for nothing.
  if (stats.size > PACKAGE_UPLOAD_MAX_BYTES) {
    throw new CliError(`${zip} is ${formatSize(stats.size)}; the server takes packages of at most ${formatSize(PACKAGE_UPLOAD_MAX_BYTES)}`);
  }
  const bytes = new Uint8Array(await readFile(path));
  const api = new ApiClient(await loadConnection(io.env));
  const params = { path: { tenantId: await api.tenantId(), offerId: offerRef }, query: { fileName: basename(path) } };
  const progress = createProgressBar(io.stderr, 'Uploading');
  let outcome;
  try {
    outcome = await api.outcome(
      api.api.POST('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/packages', { params, ...fileBody(bytes, 'application/zip', (done, total) => progress.update(done, total)) }),
    );
  } finally {
    progress.finish();
  }
  if (!outcome.ok) {
    const listed = listedProblems(outcome.problem, isPackageProblem);
    if (!listed) throw api.refusal(outcome.problem);
    writeProblems(listed, io.stderr);
    throw new CliError(`${problemMessage(outcome.problem, api.connection.server)} The server did not store the package.`);
  }
  const uploaded = outcome.data;
  writeProblems(uploaded.validation.problems, io.stderr);
  io.stdout.write(`Uploaded ${uploaded.uniqueName} ${uploaded.version} (${formatSize(uploaded.sizeBytes)}) to offer ${offerRef}; it is the current package\n`);
  if (!options.publish) {
    io.stdout.write(`Publish to make it live: licensehub offers publish ${offerRef}\n`);
    return 0;
  }
  return publish(api, offerRef, io);
}

export async function listPackages(offerRef: string, io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  const { items } = await api.answer(api.api.GET('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/packages', { params: { path: { tenantId: await api.tenantId(), offerId: offerRef } } }));
  if (items.length === 0) io.stdout.write(`Offer ${offerRef} has no packages yet\n`);
  for (const p of items) {
    const flags = [p.isCurrent ? 'current' : '', p.isPublished ? 'published' : ''].filter(Boolean).join(', ');
    io.stdout.write(`${p.version}  ${p.uniqueName}  ${formatSize(p.sizeBytes)}  ${p.uploadedAt}${flags ? `  (${flags})` : ''}\n`);
  }
  return 0;
}
