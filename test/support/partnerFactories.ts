import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { writePackageArchive, type LicenseMetadata, type SolutionManifest } from '../../src/domain/packages/index.js';
import { createTenant, type TenantFixture } from './factories.js';
import { signInOperator, type Caller } from './testApp.js';

/**
 * Partner Center test data, made through the public API like factories.ts:
 * approved publishers, offers with complete listings, plans, packages built
 * with the same writer the CLI uses, and published offers.
 */

export interface PublisherFixture extends TenantFixture {
  publisherId: string;
  partnerId: string;
}

const operators = new WeakMap<FastifyInstance, Promise<Caller>>();
export function operatorOf(app: FastifyInstance): Promise<Caller> {
  let caller = operators.get(app);
  if (!caller) operators.set(app, (caller = signInOperator(app)));
  return caller;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const expect = async (what: string, status: number, response: Promise<{ statusCode: number; body: string; json(): any }>) => {
  const r = await response;
  if (r.statusCode !== status) throw new Error(`${what} failed: ${r.statusCode} ${r.body}`);
  return r.json();
};

/** A publisher tenant that applied to the partner program (pending, unless approved). */
export async function createAppliedPublisher(app: FastifyInstance, options: { country?: string } = {}): Promise<PublisherFixture> {
  const tenant = await createTenant(app, { ...options, isPublisher: true });
  const publisherId = `p${hex(4)}`;
  const partnerId = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
  await expect(
    'apply to the partner program',
    200,
    tenant.admin.post(`/api/v1/tenants/${tenant.id}/partner/program/application`, { publisherId, partnerId, acceptMarketplaceAgreement: true }),
  );
  return { ...tenant, publisherId, partnerId };
}

export async function approvePublisher(app: FastifyInstance, publisher: { id: string }): Promise<void> {
  const operator = await operatorOf(app);
  await expect('approve the publisher', 200, operator.post(`/api/v1/operator/program/applications/${publisher.id}/approve`));
}

/** A publisher whose every prerequisite is met: it may enable license management. */
export async function createApprovedPublisher(app: FastifyInstance, options: { country?: string } = {}): Promise<PublisherFixture> {
  const publisher = await createAppliedPublisher(app, options);
  await approvePublisher(app, publisher);
  return publisher;
}

export const offersUrl = (publisher: { id: string }, offerKey?: string) =>
  `/api/v1/tenants/${publisher.id}/partner/offers${offerKey ? `/${offerKey}` : ''}`;

/** A complete listing: with a logo, publishing needs nothing more from it. */
export const COMPLETE_LISTING = {
  summary: 'Field service scheduling and work orders',
  description: 'Plan visits, dispatch technicians and close work orders from the field.',
  categories: ['field-service'],
  supportUrl: 'https://support.example.com/fieldops',
  privacyUrl: 'https://www.example.com/privacy',
  launchUrl: 'https://apps.example.com/fieldops',
};

/** The smallest valid PNG: 1×1, transparent. */
export const PNG_LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export async function uploadLogo(publisher: PublisherFixture, offerKey: string, bytes: Buffer = PNG_LOGO, contentType = 'image/png') {
  return publisher.admin.request({ method: 'PUT', url: `${offersUrl(publisher, offerKey)}/logo`, payload: bytes, headers: { 'content-type': contentType } });
}

export interface OfferOptions {
  offerKey?: string;
  name?: string;
  licenseManagement?: boolean;
  allowInstallWithoutLicenses?: boolean;
  /** Fill in the whole listing and upload a logo. */
  complete?: boolean;
}

export async function createOffer(publisher: PublisherFixture, options: OfferOptions = {}): Promise<{ id: string; offerKey: string; name: string }> {
  const offerKey = options.offerKey ?? `o${hex(3)}`;
  const name = options.name ?? `Offer ${offerKey}`;
  const body = {
    offerKey,
    name,
    licenseManagement: options.licenseManagement ?? true,
    ...(options.allowInstallWithoutLicenses !== undefined ? { allowInstallWithoutLicenses: options.allowInstallWithoutLicenses } : {}),
    ...(options.complete ? COMPLETE_LISTING : {}),
  };
  const created = await expect('create offer', 201, publisher.admin.post(offersUrl(publisher), body));
  if (options.complete) {
    const logo = await uploadLogo(publisher, offerKey);
    if (logo.statusCode !== 200) throw new Error(`logo upload failed: ${logo.body}`);
  }
  return { id: String(created.id), offerKey, name };
}

export async function addPlans(publisher: PublisherFixture, offerKey: string, planKeys: string[]): Promise<{ planKey: string; serviceId: string }[]> {
  const plans = [];
  for (const planKey of planKeys) {
    plans.push(await expect(`add plan ${planKey}`, 201, publisher.admin.post(`${offersUrl(publisher, offerKey)}/plans`, { planKey, name: `Plan ${planKey}` })));
  }
  return plans;
}

export interface PackageSpec {
  publisherId: string;
  offerKey: string;
  version?: string;
  uniqueName?: string;
  /** App module unique names; default: one per plan plus a free viewer. */
  appModules?: string[];
  plans: string[];
  /** plan ID → app modules it unlocks; default: each plan its own app module. */
  mappings?: Record<string, string[]>;
}

const files = (manifest: unknown, license: unknown) =>
  new Map([
    ['solution.json', new TextEncoder().encode(JSON.stringify(manifest))],
    ['license.json', new TextEncoder().encode(JSON.stringify(license))],
  ]);

/** A package zip for an offer, made with the CLI's writer. Default app module names are unique per offer. */
export function buildPackage(spec: PackageSpec): Uint8Array {
  const prefix = `${spec.publisherId}_${spec.offerKey}`.replace(/-/g, '_');
  const appModules = spec.appModules ?? [...spec.plans.map((p) => `${prefix}_${p}`), `${prefix}_viewer`];
  const mappings = spec.mappings ?? Object.fromEntries(spec.plans.map((p) => [p, [`${prefix}_${p}`]]));
  const serviceId = (planKey: string) => `${spec.publisherId}.${spec.offerKey}.${planKey}`;
  const manifest: SolutionManifest = {
    uniqueName: spec.uniqueName ?? `S${prefix}`,
    displayName: `Solution ${spec.offerKey}`,
    version: spec.version ?? '1.0.0.0',
    publisher: spec.publisherId,
    appModules: appModules.map((uniqueName) => ({ uniqueName, displayName: `App ${uniqueName}` })),
  };
  const license: LicenseMetadata = {
    servicePlans: spec.plans.map((p) => ({ serviceId: serviceId(p), displayName: `Plan ${p}`, moreInfoUrl: `https://example.com/plans/${p}` })),
    mappings: Object.entries(mappings).flatMap(([plan, modules]) => modules.map((appModule) => ({ serviceId: serviceId(plan), appModule }))),
  };
  return writePackageArchive(files(manifest, license));
}

export async function uploadPackage(publisher: PublisherFixture, offerKey: string, zip: Uint8Array) {
  return publisher.admin.request({
    method: 'POST',
    url: `${offersUrl(publisher, offerKey)}/packages`,
    payload: Buffer.from(zip),
    headers: { 'content-type': 'application/zip' },
  });
}

/** A published license-managed offer with complete listing, the given plans and a package mapping each plan to its own app module. */
export async function createPublishedOffer(
  publisher: PublisherFixture,
  options: OfferOptions & { plans?: string[] } = {},
): Promise<{ id: string; offerKey: string; name: string; plans: { planKey: string; serviceId: string }[] }> {
  const offer = await createOffer(publisher, { ...options, complete: true });
  const planKeys = options.plans ?? ['standard'];
  const plans = await addPlans(publisher, offer.offerKey, planKeys);
  const upload = await uploadPackage(publisher, offer.offerKey, buildPackage({ publisherId: publisher.publisherId, offerKey: offer.offerKey, plans: planKeys }));
  if (upload.statusCode !== 201) throw new Error(`package upload failed: ${upload.body}`);
  await expect('publish', 200, publisher.admin.post(`${offersUrl(publisher, offer.offerKey)}/publish`));
  return { ...offer, plans };
}

/** A multipart/form-data body with one file field, as a browser form sends it. */
export function multipartFile(bytes: Uint8Array, fileName: string, contentType: string, field = 'file') {
  const boundary = `----licensehub${hex(8)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
