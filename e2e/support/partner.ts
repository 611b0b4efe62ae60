import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { writePackageArchive } from '../../src/domain/packages/index.js';
import { signInApi, type ApiClient } from './api.js';
import { OPERATOR_PASSWORD } from './server.js';

const EXAMPLE = 'examples/solution-gold-silver-bronze';
export const NEW_ADMIN_PASSWORD = 'Publisher-e2e-password-1';

/** A publisher tenant made for one test, so tests never depend on (or collide with) the demo data. */
export interface TestPublisher {
  tenantId: string;
  displayName: string;
  domain: string;
  adminUpn: string;
  password: string;
  /** The short ID in every Service ID; also the package's publisher. */
  publisherId: string;
  partnerId: string;
}

/** Six random lowercase letters: unique names per run. */
export const uniqueSuffix = () =>
  Array.from(randomBytes(6), (byte) => String.fromCharCode(97 + (byte % 26))).join('');

/** One operator sign-in per server: each costs a fresh MFA code (one per 30 seconds). */
const operators = new Map<string, Promise<ApiClient>>();
export const operatorApi = (baseUrl: string) => {
  let client = operators.get(baseUrl);
  if (!client) operators.set(baseUrl, (client = signInApi(baseUrl, 'admin@licensehub.local', OPERATOR_PASSWORD)));
  return client;
};

/** The operator registers a new publisher tenant with its first Global admin (not yet in the partner program). */
export async function createPublisherTenant(baseUrl: string, name: string): Promise<TestPublisher> {
  const suffix = uniqueSuffix();
  const domain = `${name.toLowerCase().replace(/[^a-z]/g, '')}-${suffix}.example`;
  const operator = await operatorApi(baseUrl);
  const tenant = await operator.post<{ id: string }>('/api/v1/operator/tenants', {
    displayName: name,
    primaryDomain: domain,
    country: 'NL',
    isPublisher: true,
    admin: { userPrincipalName: `admin@${domain}`, displayName: `${name} Admin`, password: NEW_ADMIN_PASSWORD },
  });
  return {
    tenantId: tenant.id,
    displayName: name,
    domain,
    adminUpn: `admin@${domain}`,
    password: NEW_ADMIN_PASSWORD,
    publisherId: `p${suffix}`,
    partnerId: String(7_000_000 + Math.floor(Math.random() * 2_000_000)),
  };
}

/** The publisher applies to the partner program and the operator approves it. */
export async function enrollPublisher(baseUrl: string, publisher: TestPublisher): Promise<ApiClient> {
  const admin = await signInApi(baseUrl, publisher.adminUpn, publisher.password);
  await admin.post(`/api/v1/tenants/${publisher.tenantId}/partner/program/application`, {
    publisherId: publisher.publisherId,
    partnerId: publisher.partnerId,
    acceptMarketplaceAgreement: true,
  });
  const operator = await operatorApi(baseUrl);
  await operator.post(`/api/v1/operator/program/applications/${publisher.tenantId}/approve`);
  return admin;
}

export interface PackageSpec {
  publisherId: string;
  offerKey: string;
  /** Prefix of every app module unique name (app modules are unique across the platform). */
  modulePrefix: string;
  version?: string;
}

/** The Gold / Silver / Bronze example solution, renamed for this publisher, offer and run. */
export function examplePackage({ publisherId, offerKey, modulePrefix, version = '1.0.0.0' }: PackageSpec): Uint8Array {
  const rename = (text: string) =>
    text.replaceAll('fabrikam.fieldops.', `${publisherId}.${offerKey}.`).replaceAll('fab_fieldops_', `${modulePrefix}_`);
  const manifest = JSON.parse(rename(readFileSync(join(EXAMPLE, 'solution.json'), 'utf8')));
  manifest.publisher = publisherId;
  manifest.version = version;
  const license = rename(readFileSync(join(EXAMPLE, 'license.json'), 'utf8'));
  const encode = (text: string) => new TextEncoder().encode(text);
  return writePackageArchive(
    new Map([
      ['solution.json', encode(JSON.stringify(manifest, null, 2))],
      ['license.json', encode(license)],
    ]),
  );
}

/** A `size`-pixel square PNG in one colour, for logo uploads. */
export function solidPng(size = 96, [r, g, b] = [15, 108, 189]): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]),
  );
}

export interface PublishedOffer {
  /** The offer's GUID. */
  id: string;
  /** The offer key the publisher chose (deals and the partner routes accept it in place of the GUID). */
  offerKey: string;
  name: string;
  /** Prefix of the app modules: `<prefix>_gold`, `_silver`, `_bronze`, `_viewer`. */
  modulePrefix: string;
  plans: { id: string; planKey: string; serviceId: string; name: string }[];
}

/**
 * Through the API: an enrolled publisher's license-managed offer with the
 * Gold / Silver / Bronze plans (named "<offer name> Gold" …), a complete
 * listing, the example package, published.
 */
export async function publishExampleOffer(
  admin: ApiClient,
  publisher: TestPublisher,
  options: { offerKey?: string; name?: string; launchUrl?: string; freemium?: boolean } = {},
): Promise<PublishedOffer> {
  const offerKey = options.offerKey ?? 'fieldops';
  const name = options.name ?? 'Field Ops';
  const modulePrefix = `${publisher.publisherId}_${offerKey}`.replace(/-/g, '_');
  const base = `/api/v1/tenants/${publisher.tenantId}/partner/offers`;
  const created = await admin.post<{ id: string }>(base, {
    offerKey,
    name,
    licenseManagement: true,
    allowInstallWithoutLicenses: options.freemium ?? false,
    summary: 'Schedule, dispatch and track field technicians.',
    description: 'Field Ops plans routes, dispatches work orders and keeps technicians and customers informed.',
    categories: ['field-service'],
    supportUrl: 'https://support.example.com/fieldops',
    privacyUrl: 'https://www.example.com/privacy',
    launchUrl: options.launchUrl ?? 'https://apps.example.com/fieldops',
  });
  const plans: PublishedOffer['plans'] = [];
  for (const [planKey, planName] of [
    ['gold', `${name} Gold`],
    ['silver', `${name} Silver`],
    ['bronze', `${name} Bronze`],
  ] as const) {
    plans.push(await admin.post(`${base}/${created.id}/plans`, { planKey, name: planName, description: `${planName} licenses` }));
  }
  await admin.put(`${base}/${created.id}/logo`, solidPng(), 'image/png');
  await admin.postBytes(`${base}/${created.id}/packages`, examplePackage({ publisherId: publisher.publisherId, offerKey, modulePrefix }), 'application/zip');
  await admin.post(`${base}/${created.id}/publish`);
  return { id: created.id, offerKey, name, modulePrefix, plans };
}

/** The customer's Global admin accepts an invitation from the publisher, through the API. */
export async function connectCustomer(publisherAdmin: ApiClient, customerAdmin: ApiClient): Promise<void> {
  const invitation = await publisherAdmin.post<{ id: string; code: string }>(`/api/v1/tenants/${publisherAdmin.tenantId}/partner/relationships`, {
    customerTenantId: customerAdmin.tenantId,
  });
  await customerAdmin.post(`/api/v1/tenants/${customerAdmin.tenantId}/relationships/${invitation.id}/accept`, { code: invitation.code });
}

/** A deal for `customer` that provisions `licenses` (plan key → quantity), registered through the API. */
export async function registerExampleDeal(publisherAdmin: ApiClient, customer: ApiClient, offer: PublishedOffer, licenses: Record<string, number>) {
  return publisherAdmin.post<{ id: string }>(`/api/v1/tenants/${publisherAdmin.tenantId}/partner/deals`, {
    offerId: offer.id,
    customerTenantId: customer.tenantId,
    customer: { companyName: 'Contoso Ltd', country: 'US', city: 'Seattle', state: 'WA' },
    totalContractValue: { amount: 24000, currency: 'USD' },
    solutionValue: { amount: 20000, currency: 'USD' },
    deployment: 'cloud',
    signedDate: '2026-01-05',
    startDate: '2026-01-15',
    endDate: '2030-01-14',
    partnerContact: { firstName: 'Pat', lastName: 'Lee', phone: '+1 425 555 0100', email: 'pat.lee@example.com' },
    contractType: 'new',
    licenses: Object.entries(licenses).map(([planKey, quantity]) => ({ planKey, quantity })),
  });
}
