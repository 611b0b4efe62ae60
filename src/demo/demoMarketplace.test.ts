import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type Caller, type TestApp } from '../../test/support/testApp.js';
import { signInFrom } from '../../test/support/licensingFactories.js';
import { readScreenshot } from '../domain/offers/screenshotImage.js';
import { DEMO_PASSWORD, loadDemoData } from './loadDemo.js';

describe('demo marketplace', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await loadDemoData(t.database.db, t.clock.now());
  });
  after(() => t.close());

  const as = (upn: string) => signInFrom(t.app, upn, DEMO_PASSWORD);
  const buttons = async (caller: Caller, slug: string) => {
    const body = (await caller.get(`/api/v1/marketplace/offers/${slug}`)).json();
    return [body.buttons.getItNow.shown, body.buttons.contactMe.shown];
  };

  test('several published offers across categories from both publishers; the draft stays hidden', async () => {
    const body = (await anonymous(t.app).get('/api/v1/marketplace/offers?sort=name')).json();
    assert.deepEqual(
      body.items.map((i: { slug: string }) => i.slug),
      ['fabrikam.fieldops', 'fabrikam.routeplanner', 'fabrikam.inspections', 'northwind.pipeline', 'northwind.shiftplanner', 'northwind.timesheets'],
    );
    assert.ok(body.facets.categories.length >= 7, JSON.stringify(body.facets.categories));
    assert.deepEqual(
      body.facets.publishers.map((p: { publisherId: string; count: number }) => [p.publisherId, p.count]),
      [
        ['fabrikam', 3],
        ['northwind', 3],
      ],
    );
    assert.ok(body.items.every((i: { logoUrl: string | null }) => i.logoUrl));
  });

  test('every listing shows a price line; Timesheets is Free and Shift Planner has the demo’s free trial; the others no badge', async () => {
    const cards = (await anonymous(t.app).get('/api/v1/marketplace/offers?sort=name')).json().items as { slug: string; pricingText: string; badge: { kind: string; label: string } | null }[];
    assert.ok(cards.every((c) => /\$\d+/.test(c.pricingText)), JSON.stringify(cards.map((c) => c.pricingText)));
    assert.deepEqual(
      Object.fromEntries(cards.map((c) => [c.slug, c.badge?.label ?? null])),
      {
        'fabrikam.fieldops': null,
        'fabrikam.routeplanner': null,
        'fabrikam.inspections': null,
        'northwind.pipeline': null,
        'northwind.shiftplanner': '14-day free trial',
        'northwind.timesheets': 'Free',
      },
    );
    const listing = (await anonymous(t.app).get('/api/v1/marketplace/offers/northwind.shiftplanner')).json();
    assert.deepEqual(listing.plans.map((p: { planKey: string; trialDays: number | null }) => [p.planKey, p.trialDays]), [['team', 14]]);
  });

  test('every published listing has two or three screenshots, each a public PNG the server’s own check accepts, with alt text', async () => {
    const cards = (await anonymous(t.app).get('/api/v1/marketplace/offers')).json().items as { slug: string }[];
    const seen = new Set<string>();
    let total = 0;
    for (const { slug } of cards) {
      const listing = (await anonymous(t.app).get(`/api/v1/marketplace/offers/${slug}`)).json();
      const shots = listing.screenshots as { altText: string; width: number; height: number; url: string }[];
      assert.ok(shots.length >= 2 && shots.length <= 3, `${slug}: ${shots.length} screenshots`);
      total += shots.length;
      for (const shot of shots) {
        assert.ok(shot.altText.length > 10, `${slug}: alt text`);
        const image = await anonymous(t.app).get(shot.url);
        assert.equal(image.statusCode, 200, `${slug}: ${shot.url}`);
        assert.equal(image.headers['content-type'], 'image/png');
        assert.deepEqual(readScreenshot(image.rawPayload), { ok: true, contentType: 'image/png', width: shot.width, height: shot.height });
        seen.add(image.rawPayload.toString('base64'));
      }
    }
    assert.equal(seen.size, total, 'every screenshot is its own image');
  });

  test('demo users see each button case', async () => {
    assert.deepEqual(await buttons(anonymous(t.app), 'fabrikam.fieldops'), [false, true]);
    assert.deepEqual(await buttons(anonymous(t.app), 'northwind.timesheets'), [true, true]);
    assert.deepEqual(await buttons(anonymous(t.app), 'fabrikam.routeplanner'), [true, true]);
    assert.deepEqual(await buttons(await as('admin@contoso.example'), 'fabrikam.fieldops'), [true, true]);
    const alex = (await (await as('alex.wilber@contoso.example')).get('/api/v1/marketplace/offers/fabrikam.fieldops')).json();
    assert.deepEqual([alex.buttons.getItNow.shown, alex.buttons.getItNow.action], [true, 'askAdmin']);
    assert.deepEqual(await buttons(await as('admin@humongousinsurance.example'), 'fabrikam.fieldops'), [true, true], 'grace period');
    assert.deepEqual(await buttons(await as('admin@proseware.example'), 'fabrikam.fieldops'), [false, true]);
    assert.deepEqual(await buttons(await as('admin@proseware.example'), 'fabrikam.inspections'), [false, true]);
  });

  test("leads in both publishers' inboxes, in every status, one with notes", async () => {
    const fabrikam = (await (await as('admin@fabrikam.example')).get('/api/v1/partner/leads')).json();
    assert.equal(fabrikam.total, 5);
    assert.deepEqual([...new Set(fabrikam.items.map((l: { status: string }) => l.status))].sort(), ['contacted', 'lost', 'new', 'won']);
    const webhookLead = fabrikam.items.find((l: { offer: { offerKey: string } }) => l.offer.offerKey === 'inspections');
    assert.equal(webhookLead.delivery, 'retrying');
    const won = fabrikam.items.find((l: { status: string }) => l.status === 'won');
    const detail = (await (await as('admin@fabrikam.example')).get(`/api/v1/partner/leads/${won.id}`)).json();
    assert.equal(detail.notes.length, 2);
    assert.equal(detail.notes[0].author, 'Fabrikam Software Admin');
    const northwind = (await (await as('admin@northwind.example')).get('/api/v1/partner/leads')).json();
    assert.equal(northwind.total, 3);
    assert.ok(!northwind.items.some((l: { offer: { offerKey: string } }) => l.offer.offerKey === 'fieldops'));
  });
});
