import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { ApiClient } from './apiClient.js';
import { loadConnection } from './connection.js';
import { writePublishProblems, writeTable, type PublishProblem } from './output.js';

interface Offer {
  offerId: string;
  status: string;
  name: string;
  licenseManagement: boolean;
  allowInstallWithoutLicenses: boolean;
  summary: string;
  categories: string[];
  supportUrl: string | null;
  privacyUrl: string | null;
  launchUrl: string | null;
  logo: { contentType: string } | null;
  currentPackageVersion: string | null;
  publishedPackageVersion: string | null;
  hasUnpublishedPackage: boolean;
}

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
  const { items } = (await api.call<{ items: Offer[] }>('GET', await api.partnerPath('/offers?limit=500'))).body;
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
  const base = await api.partnerPath(`/offers/${encodeURIComponent(offerId)}`);
  const [offer, plans, check] = await Promise.all([
    api.call<Offer>('GET', base).then((r) => r.body),
    api.call<{ items: { planId: string; serviceId: string; name: string; customerCount: number }[] }>('GET', `${base}/plans`).then((r) => r.body.items),
    api.call<{ ready: boolean; problems: PublishProblem[] }>('GET', `${base}/publish-check`).then((r) => r.body),
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
  const offer = (await api.call<Offer>('POST', await api.partnerPath('/offers'), { json: { offerId, ...fieldsOf(options) } })).body;
  io.stdout.write(`Created offer ${offer.offerId} (${offer.name}), ${licensing(offer)}, draft\n`);
  return 0;
}

export async function updateOffer(offerId: string, options: OfferFieldOptions, io: CliIo): Promise<number> {
  const fields = fieldsOf(options);
  if (Object.keys(fields).length === 0) throw new CliError('Nothing to change: pass at least one option (see --help)');
  const api = await client(io);
  const offer = (await api.call<Offer>('PATCH', await api.partnerPath(`/offers/${encodeURIComponent(offerId)}`), { json: fields })).body;
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

/** Publishes; on refusal prints every problem and exits 1. Shared with `packages upload --publish`. */
export async function publish(api: ApiClient, offerId: string, io: CliIo): Promise<number> {
  const response = await api.call<Offer | { problems: PublishProblem[] }>('POST', await api.partnerPath(`/offers/${encodeURIComponent(offerId)}/publish`), { accept: [422] });
  if (response.status === 422) {
    io.stderr.write(`Offer ${offerId} was not published:\n`);
    writePublishProblems(io.stderr, (response.body as { problems: PublishProblem[] }).problems);
    return 1;
  }
  const offer = response.body as Offer;
  io.stdout.write(`Published offer ${offer.offerId} with package ${offer.publishedPackageVersion}\n`);
  return 0;
}

export async function publishOffer(offerId: string, io: CliIo): Promise<number> {
  return publish(await client(io), offerId, io);
}
