import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type Caller, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { createPublishedOffer, createPublisher, type OfferFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertAudited } from '../../../../test/support/audit.js';

const leadsUrl = '/api/v1/partner/leads';
const contactUrl = (publisher: PublisherFixture, offer: { offerKey: string }) => `/api/v1/marketplace/offers/${publisher.publisherId}.${offer.offerKey}/leads`;

const form = (overrides: Record<string, unknown> = {}) => ({
  name: 'Megan Bowen',
  email: 'megan@contoso.example',
  company: 'Contoso',
  country: 'DE',
  phone: '+49 30 1234567',
  message: 'Please send a quote for 40 technicians.',
  consent: true,
  ...overrides,
});

let ipCounter = 0;
/** Every call from its own client address unless told, so the flood limit only bites where a test wants it to. */
const send = (caller: Caller, url: string, body: unknown, remoteAddress = `10.9.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`) =>
  caller.request({ method: 'POST', url, payload: body as object, remoteAddress });

describe('Contact me and the Partner Center leads inbox', () => {
  let t: TestApp;
  let fabrikam: PublisherFixture;
  let northwind: PublisherFixture;
  let fieldops: OfferFixture;
  let timesheets: OfferFixture;
  let customer: TenantFixture;
  let fabrikamMember: Caller;

  before(async () => {
    t = await createTestApp();
    fabrikam = await createPublisher(t.app);
    northwind = await createPublisher(t.app);
    fieldops = await createPublishedOffer(t.app, fabrikam);
    timesheets = await createPublishedOffer(t.app, northwind);
    customer = await createTenant(t.app, { country: 'GB' });
    fabrikamMember = await signInAs(t.app, await createUser(fabrikam, { name: 'Fabrikam Seller' }));
  });
  after(() => t.close());

  test('a lead is stored exactly as typed (HTML and script are text) and reaches only its publisher', async () => {
    const html = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const created = await send(anonymous(t.app), contactUrl(fabrikam, fieldops), form({ name: 'Eve <b>Bold</b>', message: `${html}\nsecond line`, company: '=HYPERLINK("http://evil")' }));
    assert.equal(created.statusCode, 201, created.body);
    const { id, receivedAt } = created.json();
    assert.equal(receivedAt, t.clock.now().toISOString());
    const received = await assertAudited(t.app, 'lead.received', { tenantId: fabrikam.id, targetId: id });
    assert.equal(received.actorName, 'system', 'an anonymous visitor is nobody in the audit log');

    const list = (await fabrikam.admin.get(leadsUrl)).json();
    assert.equal(list.total, 1);
    assert.deepEqual(list.items[0], {
      id,
      offer: { id: fieldops.id, offerKey: fieldops.offerKey, name: fieldops.name },
      name: 'Eve <b>Bold</b>',
      email: 'megan@contoso.example',
      company: '=HYPERLINK("http://evil")',
      country: 'DE',
      status: 'new',
      receivedAt,
      delivery: 'inbox',
      deliveryNote: null,
    });
    const detail = (await fabrikam.admin.get(`${leadsUrl}/${id}`)).json();
    assert.equal(detail.message, `${html}\nsecond line`);
    assert.equal(detail.phone, '+49 30 1234567');
    assert.equal(detail.consent, true);
    assert.deepEqual(detail.notes, []);
    assert.deepEqual(detail.deliveries, []);

    // Another publisher sees none of it: not in the list, 404 on the lead itself, and can't change it.
    assert.equal((await northwind.admin.get(leadsUrl)).json().total, 0);
    for (const attempt of [
      northwind.admin.get(`${leadsUrl}/${id}`),
      northwind.admin.patch(`${leadsUrl}/${id}`, { status: 'won' }),
      northwind.admin.post(`${leadsUrl}/${id}/notes`, { text: 'mine now' }),
    ]) {
      const response = await attempt;
      assert.equal(response.statusCode, 404);
      assert.ok(!response.body.includes('Eve'), response.body);
    }
    assert.ok(!(await northwind.admin.get(`${leadsUrl}.csv`)).body.includes('Eve'));
    assert.equal((await fabrikam.admin.get(`${leadsUrl}/${id}`)).json().status, 'new');
  });

  test('every bad field gets its own 400', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ name: undefined }, 'name', /required/],
      [{ name: 'n'.repeat(201) }, 'name', /at most 200/],
      [{ company: 'c'.repeat(201) }, 'company', /at most 200/],
      [{ company: '' }, 'company', /required/],
      [{ email: 'megan@contoso' }, 'email', /email address/],
      [{ country: 'Germany' }, 'country', /ISO 3166-1 alpha-2/],
      [{ country: 'XX' }, 'country', /ISO 3166-1 alpha-2/],
      [{ phone: 'call me maybe' }, 'phone', /phone number/],
      [{ message: 'm'.repeat(2001) }, 'message', /at most 2000/],
      [{ message: undefined }, 'message', /required/],
      [{ consent: false }, 'consent', /must be true/],
      [{ consent: undefined }, 'consent', /must be true/],
      // A NUL is refused for every route in one place (src/http/plugins/nulFields.ts), before the form's own rules.
      [{ name: 'Nul\u0000byte' }, 'name', /must not contain the NUL character/],
      [{ name: 'Bell\u0007char' }, 'name', /control characters/],
      [{ name: 42 }, 'name', /string/],
      [{ extra: 'x' }, 'extra', /not a known field/],
    ];
    for (const [change, field, message] of cases) {
      const response = await send(anonymous(t.app), contactUrl(fabrikam, fieldops), form(change));
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.match(String(response.headers['content-type']), /problem\+json/);
      const errors = response.json().errors as { field: string; message: string }[];
      assert.deepEqual(
        errors.map((e) => e.field),
        [field],
        response.body,
      );
      assert.match(errors[0]!.message, message);
    }
    // Several problems at once, each named.
    const many = await send(anonymous(t.app), contactUrl(fabrikam, fieldops), { consent: true });
    assert.deepEqual(
      many.json().errors.map((e: { field: string }) => e.field),
      ['name', 'email', 'company', 'country', 'message'],
    );
    assert.equal((await fabrikam.admin.get(`${leadsUrl}?search=Nul`)).json().total, 0, 'nothing was stored');
  });

  test('unknown, draft and stop-sold offers take no leads (404)', async () => {
    const draft = await createPublishedOffer(t.app, fabrikam, { status: 'draft' });
    const stopped = await createPublishedOffer(t.app, fabrikam, { status: 'stop_sold' });
    for (const url of [contactUrl(fabrikam, draft), contactUrl(fabrikam, stopped), contactUrl(fabrikam, { offerKey: 'nope' }), '/api/v1/marketplace/offers/bad/leads']) {
      const response = await send(anonymous(t.app), url, form());
      assert.equal(response.statusCode, 404, url);
    }
  });

  test('a flood from one visitor is refused with 429 and Retry-After, until the window passes', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      assert.equal((await send(anonymous(t.app), contactUrl(northwind, timesheets), form({ name: `Flood ${i}` }), ip)).statusCode, 201);
    }
    const refused = await send(anonymous(t.app), contactUrl(fabrikam, fieldops), form({ name: 'Flood 5' }), ip);
    assert.equal(refused.statusCode, 429);
    assert.match(String(refused.headers['content-type']), /problem\+json/);
    const retryAfter = Number(refused.headers['retry-after']);
    assert.ok(retryAfter > 590 && retryAfter <= 600, `Retry-After ${retryAfter}`);
    assert.match(refused.json().detail, /try again in 10 minutes/);
    // Another visitor is not affected.
    assert.equal((await send(anonymous(t.app), contactUrl(fabrikam, fieldops), form({ name: 'Someone else' }), '203.0.113.8')).statusCode, 201);
    // Once the first lead leaves the ten-minute window, one more fits.
    t.clock.advance(retryAfter * 1000);
    assert.equal((await send(anonymous(t.app), contactUrl(fabrikam, fieldops), form({ name: 'Flood 6' }), ip)).statusCode, 201);
    assert.equal((await send(anonymous(t.app), contactUrl(fabrikam, fieldops), form({ name: 'Flood 7' }), ip)).statusCode, 429);
  });

  test('a signed-in visitor is limited as a person, from any address', async () => {
    const user = await signInAs(t.app, await createUser(customer, { name: 'Hopping User' }));
    t.clock.advance(20 * 60_000);
    for (let i = 0; i < 5; i++) assert.equal((await send(user, contactUrl(fabrikam, fieldops), form({ name: `Hop ${i}` }))).statusCode, 201);
    assert.equal((await send(user, contactUrl(fabrikam, fieldops), form({ name: 'Hop 5' }))).statusCode, 429);
    // A session cookie makes it a write of that session: the CSRF token is required.
    const cookieOnly = await t.app.inject({
      method: 'POST',
      url: contactUrl(fabrikam, fieldops),
      payload: form(),
      headers: { cookie: (user.auth as { cookie: string }).cookie },
      remoteAddress: '198.51.100.1',
    });
    assert.equal(cookieOnly.statusCode, 403);
  });

  test('publishers filter, page, work and export their leads', async () => {
    t.clock.advance(60 * 60_000);
    const ids: string[] = [];
    for (const [i, company] of ['Adatum', 'Litware', 'Woodgrove'].entries()) {
      t.clock.advance(1000);
      const r = await send(anonymous(t.app), contactUrl(fabrikam, fieldops), form({ name: `Buyer ${i}`, company, email: `buyer${i}@${company.toLowerCase()}.example` }));
      ids.push(r.json().id);
    }
    const all = (await fabrikam.admin.get(`${leadsUrl}?search=buyer`)).json();
    assert.equal(all.total, 3);
    assert.deepEqual(
      all.items.map((l: { company: string }) => l.company),
      ['Woodgrove', 'Litware', 'Adatum'],
      'newest first',
    );
    const paged = (await fabrikam.admin.get(`${leadsUrl}?search=buyer&page=2&pageSize=2`)).json();
    assert.deepEqual(
      paged.items.map((l: { company: string }) => l.company),
      ['Adatum'],
    );
    assert.equal(paged.total, 3);
    assert.equal((await fabrikam.admin.get(`${leadsUrl}?search=LITWARE.example`)).json().total, 1, 'search covers email, case-insensitively');

    // A plain member of the publisher works leads too; the audit log records it.
    const patched = await fabrikamMember.patch(`${leadsUrl}/${ids[0]}`, { status: 'won' });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().status, 'won');
    await assertAudited(t.app, 'lead.status_changed', { tenantId: fabrikam.id, targetId: ids[0] });
    await fabrikam.admin.patch(`${leadsUrl}/${ids[1]}`, { status: 'contacted' });
    assert.deepEqual(
      (await fabrikam.admin.get(`${leadsUrl}?status=won`)).json().items.map((l: { company: string }) => l.company),
      ['Adatum'],
    );
    assert.equal((await fabrikam.admin.get(`${leadsUrl}?status=contacted&search=buyer`)).json().total, 1);
    assert.equal((await fabrikam.admin.get(`${leadsUrl}?offer=${fieldops.offerKey}&search=buyer`)).json().total, 3);
    assert.equal((await fabrikam.admin.get(`${leadsUrl}?offer=other-offer`)).json().total, 0);
    assert.equal((await fabrikam.admin.patch(`${leadsUrl}/${ids[0]}`, { status: 'maybe' })).statusCode, 400);
    assert.equal((await fabrikam.admin.get(`${leadsUrl}?status=maybe`)).statusCode, 400);
    assert.equal((await fabrikam.admin.get(`${leadsUrl}/not-a-guid`)).statusCode, 400);

    const note = await fabrikamMember.post(`${leadsUrl}/${ids[0]}/notes`, { text: 'Signed <i>today</i>' });
    assert.equal(note.statusCode, 201, note.body);
    await assertAudited(t.app, 'lead.note_added', { tenantId: fabrikam.id, targetId: ids[0] });
    assert.deepEqual(
      note.json().notes.map((n: { text: string; author: string }) => [n.text, n.author]),
      [['Signed <i>today</i>', 'Fabrikam Seller']],
    );
    const tooLong = await fabrikam.admin.post(`${leadsUrl}/${ids[0]}/notes`, { text: 'x'.repeat(2001) });
    assert.equal(tooLong.statusCode, 400);
    assert.equal(tooLong.json().errors[0].field, 'text');
    assert.equal((await fabrikam.admin.post(`${leadsUrl}/${ids[0]}/notes`, { text: '  ' })).statusCode, 400);
    const audit = (await fabrikam.admin.get(`/api/v1/tenants/${fabrikam.id}/audit?action=lead.status_changed`)).json();
    assert.ok(audit.items.some((e: { summary: string }) => e.summary.includes('new → won')));

    const csv = await fabrikam.admin.get(`${leadsUrl}.csv?search=buyer`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.body.replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(lines[0], 'Received,Offer ID,Offer,Name,Email,Company,Country,Phone,Message,Status,Delivery');
    assert.equal(lines.length, 4);
    assert.ok(lines[3]!.includes('Buyer 0') && lines[3]!.includes(',won,inbox'), lines[3]);
    // Formula injection is defused in the export.
    const injected = (await fabrikam.admin.get(`${leadsUrl}.csv?search=hyperlink`)).body;
    assert.ok(injected.includes(`"'=HYPERLINK(""http://evil"")"`), injected);
    assert.equal((await fabrikam.admin.get(`${leadsUrl}.csv?status=won`)).body.trim().split('\r\n').length, 2);
  });

  test('only members of a publisher tenant, signed in, may see leads', async () => {
    for (const [method, url] of [
      ['GET', leadsUrl],
      ['GET', `${leadsUrl}.csv`],
      ['GET', `${leadsUrl}/00000000-0000-4000-8000-000000000000`],
      ['PATCH', `${leadsUrl}/00000000-0000-4000-8000-000000000000`],
      ['POST', `${leadsUrl}/00000000-0000-4000-8000-000000000000/notes`],
    ] as const) {
      const payload = method === 'GET' ? {} : { payload: method === 'PATCH' ? { status: 'won' } : { text: 'x' } };
      assert.equal((await anonymous(t.app).request({ method, url, ...payload })).statusCode, 401, `${method} ${url}`);
      const customerResponse = await customer.admin.request({ method, url, ...payload });
      assert.equal(customerResponse.statusCode, 403, `${method} ${url}`);
      assert.match(customerResponse.json().detail, /publisher tenant/);
    }
  });
});
