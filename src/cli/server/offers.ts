import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { countLabel } from '../problemOutput.js';
import { ApiClient, fileBody, type Schemas } from './apiClient.js';
import { loadConnection } from './connection.js';
import { writePublishProblems, writeTable } from './output.js';
import { isPublishProblem, listedProblems } from './refusals.js';

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
  else if (items.length === 0) io.stdout.write('No offers yet: create one with "licensehub offers create <offerKey> --name <name>"\n');
  else {
    writeTable(
      io.stdout,
      ['OFFER KEY', 'STATUS', 'LICENSING', 'PACKAGE', 'NAME'],
      items.map((o) => [o.offerKey, o.status.replace('_', '-'), licensing(o), o.currentPackageVersion ?? '-', o.name]),
    );
  }
  return 0;
}

export async function showOffer(offerRef: string, options: { json?: boolean }, io: CliIo): Promise<number> {
  const api = await client(io);
  const params = { path: { tenantId: await api.tenantId(), offerId: offerRef } };
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
    `${offer.name} (${offer.offerKey}, ${offer.id}) — ${offer.status.replace('_', '-')}`,
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
  if (plans.length) writeTable(io.stdout, ['PLAN KEY', 'SERVICE ID', 'CUSTOMERS', 'NAME'], plans.map((p) => [p.planKey, p.serviceId, String(p.customerCount), p.name]));
  else io.stdout.write('No plans\n');
  io.stdout.write('\n');
  if (check.ready) io.stdout.write('Ready to publish\n');
  else {
    writePublishProblems(io.stdout, check.problems);
    io.stdout.write(`${countLabel(check.problems.length, 'problem')} to fix before publishing\n`);
  }
  return 0;
}

export async function createOffer(offerKey: string, options: OfferFieldOptions, io: CliIo): Promise<number> {
  if (!options.name) throw new CliError('--name is required');
  const api = await client(io);
  const offer = await api.answer(
    api.api.POST('/api/v1/tenants/{tenantId}/partner/offers', { params: { path: { tenantId: await api.tenantId() } }, body: { offerKey, name: options.name, ...fieldsOf(options) } }),
  );
  io.stdout.write(`Created offer ${offer.offerKey} (${offer.name}, ${offer.id}), ${licensing(offer)}, draft\n`);
  return 0;
}

export async function updateOffer(offerRef: string, options: OfferFieldOptions, io: CliIo): Promise<number> {
  const fields = fieldsOf(options);
  if (Object.keys(fields).length === 0) throw new CliError('Nothing to change: pass at least one option (see --help)');
  const api = await client(io);
  const offer = await api.answer(api.api.PATCH('/api/v1/tenants/{tenantId}/partner/offers/{offerId}', { params: { path: { tenantId: await api.tenantId(), offerId: offerRef } }, body: fields }));
  io.stdout.write(`Updated offer ${offer.offerKey}\n`);
  return 0;
}

export async function setLogo(offerRef: string, file: string, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, file);
  const bytes = await readFile(path).catch(() => {
    throw new CliError(`Cannot read ${file}`);
  });
  const api = await client(io);
  const contentType = /\.jpe?g$/i.test(file) ? 'image/jpeg' : 'image/png';
  const params = { path: { tenantId: await api.tenantId(), offerId: offerRef } };
  await api.answer(api.api.PUT('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/logo', { params, ...fileBody(new Uint8Array(bytes), contentType) }));
  io.stdout.write(`Uploaded the logo of offer ${offerRef}\n`);
  return 0;
}

/** Publishes; a refusal prints every problem, then the server's detail as the error. Shared with `packages upload --publish`. */
export async function publish(api: ApiClient, offerRef: string, io: CliIo): Promise<number> {
  const outcome = await api.outcome(api.api.POST('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/publish', { params: { path: { tenantId: await api.tenantId(), offerId: offerRef } } }));
  if (!outcome.ok) {
    writePublishProblems(io.stderr, listedProblems(outcome.problem, isPublishProblem) ?? []);
    throw api.refusal(outcome.problem);
  }
  io.stdout.write(`Published offer ${outcome.data.offerKey} with package ${outcome.data.publishedPackageVersion}\n`);
  return 0;
}

export async function publishOffer(offerRef: string, io: CliIo): Promise<number> {
  return publish(await client(io), offerRef, io);
}
