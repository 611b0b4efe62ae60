import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { ApiClient, type Schemas } from './apiClient.js';
import { loadConnection } from './connection.js';
import { writePublishProblems, writeTable, type PublishProblem } from './output.js';

type Offer = Schemas['Offer'];

/** Options shared by `offers create` and `offers update`; unset ones are not sent. */
export interface OfferFieldOptions {
  name?: string;
  summary?: string;
  description?: string;
  category?: string[];
  supportUrl?: string;
  privacyUrl?: string;
  launchUrl?: string;
  licenseManagement?: boolean;
  allowInstallWithoutLicenses?: boolean;
}

const fieldsOf = (o: OfferFieldOptions) =>
  Object.fromEntries(
    Object.entries({
      name: o.name,
      summary: o.summary,
      description: o.description,
      categories: o.category,
      supportUrl: o.supportUrl,
      privacyUrl: o.privacyUrl,
      launchUrl: o.launchUrl,
      licenseManagement: o.licenseManagement,
      allowInstallWithoutLicenses: o.allowInstallWithoutLicenses,
    }).filter(([, v]) => v !== undefined),
  );

const licensing = (o: Offer) => (o.licenseManagement ? (o.allowInstallWithoutLicenses ? 'managed, freemium' : 'managed') : 'not managed');
const client = async (io: CliIo) => new ApiClient(await loadConnection(io.env));

export async function listOffers(options: { json?: boolean }, io: CliIo): Promise<number> {
  const api = await client(io);
  const { items } = await api.answer(api.api.GET('/api/v1/tenants/{tenantId}/partner/offers', { params: { path: { tenantId: await api.tenantId() }, query: { limit: 500 } } }));
  if (options.json) io.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
  else if (items.length === 0) io.stdout.write('No offers yet: create one with "licensehub offers create <offerId> --name <name>"\n');
  else {
    writeTable(
      io.stdout,
      ['OFFER ID', 'STATUS', 'LICENSING', 'PACKAGE', 'NAME'],
      items.map((o) => [o.offerId, o.status.replace('_', '-'), licensing(o), o.currentPackageVersion ?? '-', o.name]),
    );
  }
  return 0;
}

export async function showOffer(offerId: string, options: { json?: boolean }, io: CliIo): Promise<number> {
  const api = await client(io);
  const params = { path: { tenantId: await api.tenantId(), offerId } };
  const [offer, plans, check] = await Promise.all([
    api.answer(api.api.GET('/api/v1/tenants/{tenantId}/partner/offers/{offerId}', { params })),
    api.answer(api.api.GET('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/plans', { params })).then((r) => r.items),
    api.answer(api.api.GET('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/publish-check', { params })),
  ]);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ offer, plans, publishCheck: check }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${offer.name} (${offer.offerId}) — ${offer.status.replace('_', '-')}`,
    `Licensing: ${licensing(offer)}`,
    `Package: current ${offer.currentPackageVersion ?? '(none)'}, published ${offer.publishedPackageVersion ?? '(none)'}${offer.hasUnpublishedPackage ? ' — publish again to make the current one live' : ''}`,
    `Summary: ${offer.summary || '(none)'}`,
    `Categories: ${offer.categories.join(', ') || '(none)'}`,
    `Support: ${offer.supportUrl ?? '(none)'}`,
    `Privacy: ${offer.privacyUrl ?? '(none)'}`,
    `Launch: ${offer.launchUrl ?? '(none)'}`,
    `Logo: ${offer.logo?.contentType ?? '(none)'}`,
    '',
  ];
  io.stdout.write(lines.join('\n'));
  if (plans.length) writeTable(io.stdout, ['PLAN ID', 'SERVICE ID', 'CUSTOMERS', 'NAME'], plans.map((p) => [p.planId, p.serviceId, String(p.customerCount), p.name]));
  else io.stdout.write('No plans\n');
  io.stdout.write('\n');
  if (check.ready) io.stdout.write('Ready to publish\n');
  else writePublishProblems(io.stdout, check.problems);
  return 0;
}

export async function createOffer(offerId: string, options: OfferFieldOptions, io: CliIo): Promise<number> {
  if (!options.name) throw new CliError('--name is required');
  const api = await client(io);
  const offer = await api.answer(
    api.api.POST('/api/v1/tenants/{tenantId}/partner/offers', { params: { path: { tenantId: await api.tenantId() } }, body: { offerId, name: options.name, ...fieldsOf(options) } }),
  );
  io.stdout.write(`Created offer ${offer.offerId} (${offer.name}), ${licensing(offer)}, draft\n`);
  return 0;
}

export async function updateOffer(offerId: string, options: OfferFieldOptions, io: CliIo): Promise<number> {
  const fields = fieldsOf(options);
  if (Object.keys(fields).length === 0) throw new CliError('Nothing to change: pass at least one option (see --help)');
  const api = await client(io);
  const offer = await api.answer(api.api.PATCH('/api/v1/tenants/{tenantId}/partner/offers/{offerId}', { params: { path: { tenantId: await api.tenantId(), offerId } }, body: fields }));
  io.stdout.write(`Updated offer ${offer.offerId}\n`);
  return 0;
}

export async function setLogo(offerId: string, file: string, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, file);
  const bytes = await readFile(path).catch(() => {
    throw new CliError(`Cannot read ${file}`);
  });
  const api = await client(io);
  const contentType = /\.jpe?g$/i.test(file) ? 'image/jpeg' : 'image/png';
  await api.call('PUT', await api.partnerPath(`/offers/${encodeURIComponent(offerId)}/logo`), { upload: { bytes: new Uint8Array(bytes), contentType } });
  io.stdout.write(`Uploaded the logo of offer ${offerId}\n`);
  return 0;
}

/** A 422 from publishing: a problem listing every reason in `problems`. */
function isPublishRefusal(problem: Schemas['Problem']): problem is Schemas['Problem'] & { problems: PublishProblem[] } {
  return Array.isArray(problem.problems);
}

/** Publishes; on refusal prints every problem and exits 1. Shared with `packages upload --publish`. */
export async function publish(api: ApiClient, offerId: string, io: CliIo): Promise<number> {
  const call = api.api.POST('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/publish', { params: { path: { tenantId: await api.tenantId(), offerId } } });
  const refused = await call.then(({ error, response }) => (response.status === 422 ? error : undefined)).catch(() => undefined);
  if (refused && isPublishRefusal(refused)) {
    io.stderr.write(`Offer ${offerId} was not published:\n`);
    writePublishProblems(io.stderr, refused.problems);
    return 1;
  }
  const offer = await api.answer(call);
  io.stdout.write(`Published offer ${offer.offerId} with package ${offer.publishedPackageVersion}\n`);
  return 0;
}

export async function publishOffer(offerId: string, io: CliIo): Promise<number> {
  return publish(await client(io), offerId, io);
}
