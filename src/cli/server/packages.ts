import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { PACKAGE_UPLOAD_MAX_BYTES } from '../../domain/offers/packageUpload.js';
import { formatSize, type PackageProblem } from '../../domain/packages/index.js';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { countLabel, writeProblems } from '../problemOutput.js';
import { createProgressBar } from '../progressBar.js';
import { ApiClient, type Schemas } from './apiClient.js';
import { loadConnection } from './connection.js';
import { publish } from './offers.js';


/** The upload goes through ApiClient.call (a chunked body with progress); its answers are the API's Package and Problem. */
type UploadedPackage = Schemas['Package'];

/**
 * `licensehub packages upload`: sends the zip with a progress bar, prints
 * every validation problem the server found (file:line:column), and with
 * --publish publishes the offer once the package is stored.
 */
export async function uploadPackage(offerId: string, zip: string, options: { publish?: boolean }, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, zip);
  const stats = await stat(path).catch(() => null);
  if (!stats?.isFile()) throw new CliError(`Cannot read ${zip}: no such file`);
  // The server's limit, checked here so a big file isn't sent for nothing.
  if (stats.size > PACKAGE_UPLOAD_MAX_BYTES) {
    throw new CliError(`${zip} is ${formatSize(stats.size)}; the server takes packages of at most ${formatSize(PACKAGE_UPLOAD_MAX_BYTES)}`);
  }
  const bytes = new Uint8Array(await readFile(path));
  const api = new ApiClient(await loadConnection(io.env));
  const url = await api.partnerPath(`/offers/${encodeURIComponent(offerId)}/packages?fileName=${encodeURIComponent(basename(path))}`);
  const progress = createProgressBar(io.stderr, 'Uploading');
  let response;
  try {
    response = await api.call<UploadedPackage | (Schemas['Problem'] & { problems: PackageProblem[] })>('POST', url, { upload: { bytes, contentType: 'application/zip', onProgress: (done, total) => progress.update(done, total) }, accept: [422] });
  } finally {
    progress.finish();
  }
  if (response.status === 422) {
    const counts = writeProblems((response.body as { problems: PackageProblem[] }).problems, io.stderr);
    io.stderr.write(`${countLabel(counts.errors, 'error')}; the server did not store the package\n`);
    return 1;
  }
  const uploaded = response.body as UploadedPackage;
  writeProblems(uploaded.validation.problems, io.stderr);
  io.stdout.write(`Uploaded ${uploaded.uniqueName} ${uploaded.version} (${formatSize(uploaded.sizeBytes)}) to offer ${offerId}; it is the current package\n`);
  if (!options.publish) {
    io.stdout.write(`Publish to make it live: licensehub offers publish ${offerId}\n`);
    return 0;
  }
  return publish(api, offerId, io);
}

export async function listPackages(offerId: string, io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  const { items } = await api.answer(api.api.GET('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/packages', { params: { path: { tenantId: await api.tenantId(), offerId } } }));
  if (items.length === 0) io.stdout.write(`Offer ${offerId} has no packages yet\n`);
  for (const p of items) {
    const flags = [p.isCurrent ? 'current' : '', p.isPublished ? 'published' : ''].filter(Boolean).join(', ');
    io.stdout.write(`${p.version}  ${p.uniqueName}  ${formatSize(p.sizeBytes)}  ${p.uploadedAt}${flags ? `  (${flags})` : ''}\n`);
  }
  return 0;
}
