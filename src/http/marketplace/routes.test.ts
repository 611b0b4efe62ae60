import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type Caller, type TestApp } from '../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../test/support/factories.js';
import { createApprovedPublisher, createOffer, createPublishedOffer as publishThroughApi, offersUrl, PNG_LOGO, type PublisherFixture } from '../../../test/support/partnerFactories.js';
import {
  connect,
  createPublishedOffer,
  createPublisher,
  customerWithLicenses,
  DAY_MS,
  registerDeal,
  type OfferFixture,
  type PublisherFixture as LicensingPublisher,
} from '../../../test/support/licensingFactories.js';

const offers = '/api/v1/marketplace/offers';
const slugOf = (publisher: { publisherId: string }, offer: { offerKey: string }) => `${publisher.publisherId}.${offer.offerKey}`;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('marketplace storefront and listings', () => {
  let t: TestApp;
  let visitor: Caller;
  let studio: PublisherFixture;
  const studioOffers: Record<string, { offerKey: string; name: string }> = {};

  before(async () => {
    t = await createTestApp();
    visitor = anonymous(t.app);
    studio = await createApprovedPublisher(t.app);
    const listings = [
      { key: 'dispatch', name: 'Dispatch Board', summary: 'Plan technician routes every morning', categories: ['field-service', 'operations'], description: 'Drag work orders onto a map.' },
      { key: 'ledger', name: 'Ledger Lite', summary: 'Invoices and expenses for small teams', categories: ['finance'], description: 'Works with any dispatch tool.' },
      { key: 'pulse', name: 'Pulse Surveys', summary: 'Ask your staff how they feel', categories: ['human-resources', 'analytics'], description: 'Anonymous surveys.' },
    ];
    for (const [index, listing] of listings.entries()) {
      t.clock.advance(60_000 * (index + 1));
      const offer = await publishThroughApi(studio);
      const patched = await studio.admin.patch(offersUrl(studio, offer.offerKey), { name: listing.name, summary: listing.summary, description: listing.description, categories: listing.categories });
      assert.equal(patched.statusCode, 200, patched.body);
      studioOffers[listing.key] = { offerKey: offer.offerKey, name: listing.name };
    }
    // A draft and a stop-sold offer never show.
    studioOffers.draft = await createOffer(studio, { name: 'Secret Draft Dispatch', complete: true });
    const stopped = await publishThroughApi(studio, { name: 'Retired Dispatch' });
    assert.equal((await studio.admin.post(`${offersUrl(studio, stopped.offerKey)}/stop-sell`)).statusCode, 200);
    studioOffers.stopped = stopped;
  });
  after(() => t.close());

  const listStudio = async (query: string) => {
    const response = await visitor.get(`${offers}?publisher=${studio.publisherId}${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };

  test('anyone lists published offers only, with cards and facets', async () => {
    const body = await listStudio('');
    assert.deepEqual(
      body.items.map((i: { name: string }) => i.name),
      ['Dispatch Board', 'Ledger Lite', 'Pulse Surveys'],
    );
    assert.equal(body.total, 3);
    assert.equal(body.page, 1);
    assert.equal(body.pageSize, 24);
    const card = body.items[0];
    assert.equal(card.slug, `${studio.publisherId}.${studioOffers.dispatch!.offerKey}`);
    assert.deepEqual(card.publisher, { publisherId: studio.publisherId, name: studio.name });
    assert.deepEqual(card.categories, ['field-service', 'operations']);
    assert.equal(card.licenseManagement, true);
    assert.match(card.logoUrl, new RegExp(`^/api/v1/marketplace/offers/${card.slug}/logo\\?v=\\d+$`));
    assert.deepEqual(body.facets.publishers, [{ publisherId: studio.publisherId, name: studio.name, count: 3 }]);
    assert.deepEqual(
      body.facets.categories.map((c: { id: string; label: string; count: number }) => [c.id, c.label, c.count]),
      [
        ['analytics', 'Analytics', 1],
        ['field-service', 'Field service', 1],
        ['finance', 'Finance', 1],
        ['human-resources', 'Human resources', 1],
        ['operations', 'Operations and supply chain', 1],
      ],
    );
    const all = (await visitor.get(`${offers}?search=dispatch`)).json();
    assert.ok(!all.items.some((i: { name: string }) => /Secret Draft|Retired/.test(i.name)), 'drafts and stop-sold offers never appear');
  });

  test('search ranks name matches first; every word must match', async () => {
    const body = await listStudio('&search=DISPATCH');
    assert.deepEqual(
      body.items.map((i: { name: string }) => i.name),
      ['Dispatch Board', 'Ledger Lite'],
    );
    assert.equal((await listStudio('&search=dispatch%20invoices')).total, 1);
    assert.equal((await listStudio('&search=nothing-like-this')).total, 0);
    // Category names count: "supply chain" is in "Operations and supply chain".
    assert.deepEqual((await listStudio('&search=supply%20chain')).items.map((i: { name: string }) => i.name), ['Dispatch Board']);
    assert.deepEqual((await listStudio('&search=human%20surveys')).items.map((i: { name: string }) => i.name), ['Pulse Surveys']);
    // LIKE wildcards are text, not patterns.
    assert.equal((await listStudio('&search=%25')).total, 0);
  });

  test('category filter, with facet counts following the other filter', async () => {
    const body = await listStudio('&category=finance');
    assert.deepEqual(
      body.items.map((i: { name: string }) => i.name),
      ['Ledger Lite'],
    );
    assert.deepEqual(body.facets.publishers, [{ publisherId: studio.publisherId, name: studio.name, count: 1 }]);
    assert.equal(body.facets.categories.length, 5, 'category counts ignore the chosen category');
    assert.equal((await listStudio('&category=&sort=')).total, 3, 'empty filters mean any');
    const bad = await visitor.get(`${offers}?category=gardening`);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'query parameter category');
  });

  test('sort by name, newest, and paging', async () => {
    const newest = await listStudio('&sort=newest');
    assert.deepEqual(
      newest.items.map((i: { name: string }) => i.name),
      ['Pulse Surveys', 'Ledger Lite', 'Dispatch Board'],
    );
    const page2 = await listStudio('&sort=name&page=2&pageSize=2');
    assert.deepEqual(
      page2.items.map((i: { name: string }) => i.name),
      ['Pulse Surveys'],
    );
    assert.equal(page2.total, 3);
    for (const query of ['sort=popular', 'page=0', 'pageSize=101', 'page=x']) {
      assert.equal((await visitor.get(`${offers}?${query}`)).statusCode, 400, query);
    }
  });

  test('the routes are in the OpenAPI contract', async () => {
    const spec = (await visitor.get('/openapi.json')).json();
    for (const path of ['/api/v1/marketplace/offers', '/api/v1/marketplace/offers/{slug}', '/api/v1/marketplace/offers/{slug}/leads', '/api/v1/partner/leads', '/api/v1/partner/leads.csv', '/api/v1/partner/leads/{id}/notes']) {
      assert.ok(spec.paths[path], path);
    }
  });

  test('a listing has description, plans, links and the logo; draft, stop-sold and unknown listings are 404 problems', async () => {
    const slug = slugOf(studio, studioOffers.dispatch!);
    const response = await visitor.get(`${offers}/${slug}`);
    assert.equal(response.statusCode, 200, response.body);
    const listing = response.json();
    assert.equal(listing.name, 'Dispatch Board');
    assert.equal(listing.description, 'Drag work orders onto a map.');
    assert.deepEqual(listing.plans, [{ id: listing.plans[0].id, planKey: 'standard', name: 'Plan standard', description: '', trialDays: null }]);
    assert.equal(listing.supportUrl, 'https://support.example.com/fieldops');
    assert.equal(listing.privacyUrl, 'https://www.example.com/privacy');
    assert.deepEqual(listing.publisher, { publisherId: studio.publisherId, name: studio.name });
    assert.deepEqual(listing.visitor, { signedIn: false, isTenantAdmin: false, tenantHoldsLicense: false });

    const logo = await visitor.get(listing.logoUrl);
    assert.equal(logo.statusCode, 200);
    assert.equal(logo.headers['content-type'], 'image/png');
    assert.deepEqual(logo.rawPayload, PNG_LOGO);
    assert.match(String(logo.headers['cache-control']), /public/);
    const etag = String(logo.headers.etag);
    assert.match(etag, /^".+"$/);
    const again = await visitor.request({ method: 'GET', url: listing.logoUrl, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');

    for (const hidden of [slugOf(studio, studioOffers.draft!), slugOf(studio, studioOffers.stopped!), `${studio.publisherId}.nope`, 'no-dot', '..%2F..%2Fetc']) {
      for (const suffix of ['', '/logo']) {
        const missing = await visitor.get(`${offers}/${hidden}${suffix}`);
        assert.equal(missing.statusCode, 404, `${hidden}${suffix}`);
        assert.match(String(missing.headers['content-type']), /problem\+json/);
        assert.ok(!missing.body.includes('Secret Draft'));
      }
    }
  });
});

describe('the listing buttons for who the visitor is', () => {
  let t: TestApp;
  let publisher: LicensingPublisher;
  let licensed: OfferFixture;
  let freemium: OfferFixture;
  let unmanaged: OfferFixture;
  let holder: TenantFixture;
  let holderUser: Caller;
  let outsider: TenantFixture;
  let graceHolder: TenantFixture;
  let suspendedHolder: TenantFixture;

  before(async () => {
    t = await createTestApp();
    const sold = await customerWithLicenses(t.app, 5);
    publisher = sold.publisher;
    licensed = sold.offer;
    holder = sold.customer;
    holderUser = await signInAs(t.app, await createUser(holder, { name: 'Plain Holder' }));
    freemium = await createPublishedOffer(t.app, publisher, { allowInstallWithoutLicense: true });
    unmanaged = await createPublishedOffer(t.app, publisher, { licenseManagement: false });
    outsider = await createTenant(t.app);
    const now = t.clock.now().getTime();
    graceHolder = await createTenant(t.app);
    await connect(publisher, graceHolder);
    await registerDeal(publisher, graceHolder, licensed, [{ plan: licensed.plans[0]!, quantity: 2 }], { signedDate: isoDay(now - 210 * DAY_MS), startDate: isoDay(now - 200 * DAY_MS), endDate: isoDay(now - 10 * DAY_MS) });
    suspendedHolder = await createTenant(t.app);
    await connect(publisher, suspendedHolder);
    await registerDeal(publisher, suspendedHolder, licensed, [{ plan: licensed.plans[1]!, quantity: 2 }], {
      signedDate: isoDay(now - 310 * DAY_MS),
      startDate: isoDay(now - 300 * DAY_MS),
      endDate: isoDay(now - 45 * DAY_MS),
    });
  });
  after(() => t.close());

  const listing = async (caller: Caller, offer: OfferFixture) => {
    const response = await caller.get(`${offers}/${slugOf(publisher, offer)}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };
  const shown = async (caller: Caller, offer: OfferFixture) => {
    const body = await listing(caller, offer);
    return [body.buttons.getItNow.shown, body.buttons.contactMe.shown];
  };

  test('license management, no install without licenses: Get it now only for a tenant holding a license (active or in grace)', async () => {
    assert.deepEqual(await shown(anonymous(t.app), licensed), [false, true]);
    assert.deepEqual(await shown(holder.admin, licensed), [true, true]);
    assert.deepEqual(await shown(holderUser, licensed), [true, true]);
    assert.deepEqual(await shown(outsider.admin, licensed), [false, true]);
    assert.deepEqual(await shown(graceHolder.admin, licensed), [true, true], 'a lapsed deal in its grace period still counts');
    assert.deepEqual(await shown(suspendedHolder.admin, licensed), [false, true], 'suspended licenses do not');

    const anon = await listing(anonymous(t.app), licensed);
    assert.match(anon.buttons.getItNow.reason, /^Sign in with a work account whose organization has licenses/);
    const mine = await listing(holder.admin, licensed);
    assert.equal(mine.buttons.getItNow.reason, 'Your organization has licenses for this app.');
    assert.equal(mine.buttons.getItNow.action, 'install');
    assert.equal((await listing(holderUser, licensed)).buttons.getItNow.action, 'askAdmin');
    assert.match((await listing(outsider.admin, licensed)).buttons.getItNow.reason, /no licenses for this app yet/);
  });

  test('freemium and unmanaged offers: everyone sees both buttons', async () => {
    for (const offer of [freemium, unmanaged]) {
      for (const caller of [anonymous(t.app), holder.admin, outsider.admin, holderUser]) assert.deepEqual(await shown(caller, offer), [true, true]);
    }
  });

  test('a signed-in visitor is described for the Contact me form', async () => {
    const body = await listing(holder.admin, licensed);
    assert.equal(body.visitor.signedIn, true);
    assert.equal(body.visitor.email, `admin@${holder.domain}`);
    assert.equal(body.visitor.tenantId, holder.id);
    assert.equal(body.visitor.tenantName, holder.name);
    assert.equal(body.visitor.country, 'US');
    assert.equal(body.visitor.isTenantAdmin, true);
    assert.equal(body.visitor.tenantHoldsLicense, true);
    const plain = await listing(holderUser, licensed);
    assert.equal(plain.visitor.isTenantAdmin, false);
    assert.equal(plain.visitor.displayName, 'Plain Holder');
  });

  test('install targets: environments for an admin, "ask an administrator" by name for a user, the reason when Get it now is hidden', async () => {
    const targets = (await holder.admin.get(`${offers}/${slugOf(publisher, licensed)}/install-targets`)).json();
    assert.equal(targets.canInstall, true);
    assert.equal(targets.environments.length, 1);
    assert.equal(targets.environments[0].isDefault, true);
    assert.equal(targets.environments[0].installedVersion, null);

    const user = (await holderUser.get(`${offers}/${slugOf(publisher, licensed)}/install-targets`)).json();
    assert.equal(user.canInstall, false);
    assert.match(user.reason, /^Ask an administrator of your organization to install/);
    assert.ok(user.reason.includes(`admin@${holder.domain}`), user.reason);
    assert.deepEqual(user.environments, []);
    assert.ok(user.admins.some((a: { email: string }) => a.email === `admin@${holder.domain}`));

    const outside = (await outsider.admin.get(`${offers}/${slugOf(publisher, licensed)}/install-targets`)).json();
    assert.equal(outside.canInstall, false);
    assert.match(outside.reason, /no licenses/);
    assert.equal((await anonymous(t.app).get(`${offers}/${slugOf(publisher, licensed)}/install-targets`)).statusCode, 401);
  });

  test('Get it now installs through the Admin Center command, with its rules', async () => {
    const url = `${offers}/${slugOf(publisher, licensed)}/install`;
    const environmentId = (await holder.admin.get(`${offers}/${slugOf(publisher, licensed)}/install-targets`)).json().environments[0].id;
    const installed = await holder.admin.post(url, { environmentId });
    assert.equal(installed.statusCode, 201, installed.body);
    assert.deepEqual(installed.json().environment, { id: environmentId, name: installed.json().environment.name });
    assert.equal(installed.json().version, '1.0.0.0');
    // The Admin Center sees it, and the audit log says who did it.
    const apps = (await holder.admin.get(`/api/v1/tenants/${holder.id}/environments/${environmentId}/apps`)).json();
    assert.deepEqual(
      apps.items.map((a: { offer: { name: string } }) => a.offer.name),
      [licensed.name],
    );
    const audit = (await holder.admin.get(`/api/v1/tenants/${holder.id}/audit?action=app.installed`)).json();
    assert.ok(audit.items.some((e: { summary: string }) => e.summary.includes(licensed.name)), JSON.stringify(audit).slice(0, 300));
    const targets = (await holder.admin.get(`${offers}/${slugOf(publisher, licensed)}/install-targets`)).json();
    assert.equal(targets.environments[0].installedVersion, '1.0.0.0');
    assert.equal(targets.canInstall, false);

    const twice = await holder.admin.post(url, { environmentId });
    assert.equal(twice.statusCode, 409);
    assert.match(twice.json().detail, /already installed/);

    const user = await holderUser.post(url, { environmentId });
    assert.equal(user.statusCode, 403);

    const outsiderEnvironment = (await outsider.admin.get(`/api/v1/tenants/${outsider.id}/environments`)).json().items[0].id;
    const refused = await outsider.admin.post(url, { environmentId: outsiderEnvironment });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /no licenses for this app yet/);

    // Another tenant's environment is not found; a freemium offer installs for an outsider.
    assert.equal((await outsider.admin.post(`${offers}/${slugOf(publisher, freemium)}/install`, { environmentId })).statusCode, 404);
    const freemiumInstall = await outsider.admin.post(`${offers}/${slugOf(publisher, freemium)}/install`, { environmentId: outsiderEnvironment });
    assert.equal(freemiumInstall.statusCode, 201, freemiumInstall.body);
    assert.equal((await anonymous(t.app).post(url, { environmentId })).statusCode, 401);
    assert.equal((await holder.admin.post(url, { environmentId: 'not-a-guid' })).statusCode, 400);
  });

  test('stop-selling hides the listing at once', async () => {
    const stopping = await createPublishedOffer(t.app, publisher);
    assert.equal((await anonymous(t.app).get(`${offers}/${slugOf(publisher, stopping)}`)).statusCode, 200);
    await t.app.db.updateTable('offers').set({ status: 'stop_sold' }).where('id', '=', stopping.id).execute();
    assert.equal((await anonymous(t.app).get(`${offers}/${slugOf(publisher, stopping)}`)).statusCode, 404);
    assert.equal((await holder.admin.post(`${offers}/${slugOf(publisher, stopping)}/install`, { environmentId: '00000000-0000-4000-8000-000000000000' })).statusCode, 404);
  });
});
