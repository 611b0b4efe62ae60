import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, GraphError, PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { Agent } from 'undici';
import { createTestApp, type TestApp } from '../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, signInAs, type TenantFixture } from '../../../test/support/factories.js';
import { connect, createPublishedOffer, createPublisher, registerDeal } from '../../../test/support/licensingFactories.js';

/**
 * The official Microsoft Graph JavaScript client (@microsoft/microsoft-graph-client
 * 3.0.7) against LicenseHub's Graph-compatible API, as an admin's script would
 * use it. The client sends its bearer token only to https:// hosts listed in
 * `customHosts`, so LicenseHub sits behind a TLS proxy here, as in production,
 * with a certificate made for the test.
 */
describe('the official Microsoft Graph client', () => {
  let t: TestApp;
  let tls: HttpsServer;
  let certDir: string;
  let client: Client;
  let appPort = 0;
  let gold: { id: string; appModule: string };
  let silver: { id: string };
  let customer: TenantFixture;
  let offerId: string;
  const licensed: { id: string; userPrincipalName: string }[] = [];

  before(async () => {
    certDir = mkdtempSync(join(tmpdir(), 'licensehub-graph-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
    const cert = readFileSync(join(certDir, 'cert.pem'));
    // The TLS proxy in front, forwarding to LicenseHub's plain HTTP port.
    tls = createHttpsServer({ key: readFileSync(join(certDir, 'key.pem')), cert }, (req, res) => {
      const upstream = httpRequest({ host: '127.0.0.1', port: appPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    const publicUrl = `https://localhost:${(tls.address() as AddressInfo).port}`;

    t = await createTestApp({ env: { LICENSEHUB_PUBLIC_URL: publicUrl } });
    const publisher = await createPublisher(t.app);
    const offer = await createPublishedOffer(t.app, publisher, { plans: ['gold', 'silver'] });
    customer = await createTenant(t.app);
    offerId = offer.id;
    await connect(publisher, customer);
    [gold, silver] = [offer.plans[0]!, offer.plans[1]!];
    const deal = await registerDeal(publisher, customer, offer, [
      { plan: offer.plans[0]!, quantity: 3 },
      { plan: offer.plans[1]!, quantity: 2 },
    ]);
    // Silver's licenses are removed from the deal: the product is gone (Graph: Deleted).
    const removed = await publisher.admin.delete(`/api/v1/tenants/${publisher.id}/partner/deals/${deal.id}/licenses/${offer.plans[1]!.id}`);
    assert.equal(removed.statusCode, 200, removed.body);
    for (let i = 0; i < 5; i++) licensed.push(await createUser(customer, { name: `Graph User ${i}` }));
    const token = await customer.admin.post('/api/v1/auth/tokens', { name: 'graph script', scopes: ['licenses.read', 'licenses.write'] });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    appPort = Number(new URL(address).port);

    client = Client.init({
      authProvider: (done) => done(null, token.json().token),
      baseUrl: `${publicUrl}/api/graph/`,
      defaultVersion: 'v1.0',
      customHosts: new Set(['localhost']),
      // Trust the test's certificate (fetchOptions reach the global fetch the client uses).
      fetchOptions: { dispatcher: new Agent({ connect: { ca: cert } }) } as RequestInit,
    });
  });
  after(async () => {
    await t?.close();
    await new Promise((resolve) => tls?.close(resolve));
    rmSync(certDir, { recursive: true, force: true });
  });

  test('subscribedSkus lists the products, a removed one as Deleted', async () => {
    const skus = (await client.api('/subscribedSkus').get()) as { value: { skuId: string; capabilityStatus: string; prepaidUnits: { enabled: number } }[] };
    const bySku = new Map(skus.value.map((s) => [s.skuId, s]));
    assert.equal(bySku.get(gold.id)?.capabilityStatus, 'Enabled');
    assert.equal(bySku.get(gold.id)?.prepaidUnits.enabled, 3);
    assert.equal(bySku.get(silver.id)?.capabilityStatus, 'Deleted');
  });

  test('assignLicense, then $filter on assignedLicenses with $select, $top and @odata.nextLink paging through PageIterator', async () => {
    for (const user of licensed.slice(0, 3)) {
      await client.api(`/users/${user.userPrincipalName}/assignLicense`).post({ addLicenses: [{ skuId: gold.id, disabledPlans: [] }], removeLicenses: [] });
    }
    const first = (await client
      .api('/users')
      .filter(`assignedLicenses/any(x:x/skuId eq ${gold.id})`)
      .select(['id', 'userPrincipalName', 'assignedLicenses'])
      .top(2)
      .get()) as PageCollection;
    assert.equal(first.value.length, 2);
    assert.ok(first['@odata.nextLink']?.startsWith('https://localhost:'), 'the next page is on the public https URL');
    assert.deepEqual(Object.keys(first.value[0]).sort(), ['assignedLicenses', 'id', 'userPrincipalName']);
    const seen: string[] = [];
    await new PageIterator(client, first, (user: { userPrincipalName: string }) => {
      seen.push(user.userPrincipalName);
      return true;
    }).iterate();
    assert.deepEqual(seen.sort(), licensed.slice(0, 3).map((u) => u.userPrincipalName).sort());

    const counted = (await client.api('/users').header('ConsistencyLevel', 'eventual').count(true).filter('accountEnabled eq true').top(1).get()) as PageCollection & { '@odata.count': number };
    assert.equal(counted['@odata.count'], 6, 'five users and the admin');
    const byName = (await client.api('/users').filter(`userPrincipalName eq '${licensed[4]!.userPrincipalName}'`).get()) as PageCollection;
    assert.deepEqual(byName.value.map((u: { id: string }) => u.id), [licensed[4]!.id]);
  });

  test('a member beyond the seat count: not in assignedLicenses, CountViolation in licenseAssignmentStates', async () => {
    const group = await createGroup(customer, 'Graph Overflow');
    const members = [licensed[3]!, licensed[4]!];
    for (const member of members) {
      const added = await customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: member.id });
      assert.equal(added.statusCode, 204, added.body);
      t.clock.advance(1000);
    }
    await client.api(`/groups/${group.id}/assignLicense`).post({ addLicenses: [{ skuId: gold.id, disabledPlans: [] }], removeLicenses: [] });
    // Three seats, three direct holders: both members are beyond the count.
    const member = (await client.api(`/users/${members[1]!.id}`).select(['assignedLicenses', 'licenseAssignmentStates']).get()) as {
      assignedLicenses: unknown[];
      licenseAssignmentStates: { skuId: string; error: string; assignedByGroup: string }[];
    };
    assert.deepEqual(member.assignedLicenses, []);
    assert.deepEqual(member.licenseAssignmentStates.map((s) => [s.skuId, s.assignedByGroup, s.error]), [[gold.id, group.id, 'CountViolation']]);
    const errors = (await client.api(`/groups/${group.id}/membersWithLicenseErrors`).get()) as PageCollection;
    assert.equal(errors.value.length, 2);
  });

  test("errors reach the client as Graph's: code, message, request id and date", async () => {
    const unknownSku = '00000000-0000-4000-8000-000000000009';
    await assert.rejects(
      client.api(`/users/${licensed[0]!.id}/assignLicense`).post({ addLicenses: [{ skuId: unknownSku, disabledPlans: [] }], removeLicenses: [] }),
      (error: unknown) => {
        assert.ok(error instanceof GraphError);
        assert.equal(error.statusCode, 400);
        assert.equal(error.code, 'Request_BadRequest');
        assert.match(error.message, /does not correspond to a valid company license/);
        assert.match(error.requestId ?? '', /^[0-9a-f-]{36}$/);
        assert.ok(error.date instanceof Date && !Number.isNaN(error.date.getTime()));
        return true;
      },
    );
    await assert.rejects(client.api('/users/nobody@nowhere.example').get(), (error: unknown) => error instanceof GraphError && error.statusCode === 404 && error.code === 'Request_ResourceNotFound');
    await assert.rejects(client.api('/users').filter("startswith(displayName,'A')").get(), (error: unknown) => error instanceof GraphError && error.statusCode === 400 && error.code === 'Request_UnsupportedQuery');
    await assert.rejects(client.api('/users').count(true).get(), (error: unknown) => error instanceof GraphError && error.statusCode === 400 && /ConsistencyLevel/.test(error.message));
  });

  test('beta cloudLicensing: allotments with their waitingMembers in waiting order, an allotment\'s waiting members with assignedTo, a user\'s', async () => {
    const base = `/api/v1/tenants/${customer.id}/licenses/${gold.id}`;
    await t.app.entitlements.apply([{ kind: 'catalog' }]); // the offer's app modules were written straight into the database
    const environments = (await customer.admin.get(`/api/v1/tenants/${customer.id}/environments`)).json().items;
    const installed = await customer.admin.post(`/api/v1/tenants/${customer.id}/environments/${environments[0].id}/apps`, { offerId: offerId });
    assert.equal(installed.statusCode, 201, installed.body);
    const policy = await customer.admin.put(`${base}/policy`, { autoClaim: 'anyone', waitingRoom: 'manual', reclaimAfterDays: null, reclaimNoticeDays: 7, exclusionGroupId: null });
    assert.equal(policy.statusCode, 200, policy.body);
    // Every seat taken (a group member beyond the count waits for one too), then two people open the app: they wait, Wes first.
    const free = (await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses`)).json().items.find((p: { planId: string }) => p.planId === gold.id).available as number;
    if (free > 0) {
      const fillers = [];
      for (let i = 0; i < free; i++) fillers.push(await createUser(customer));
      assert.equal((await customer.admin.post(`${base}/assign`, { userIds: fillers.map((u) => u.id) })).statusCode, 200);
    }
    const [wes, zoe] = [await createUser(customer, { name: 'Wes Waiting' }), await createUser(customer, { name: 'Zoe Waiting' })];
    for (const user of [wes, zoe]) {
      const launched = await (await signInAs(t.app, user)).get(`/api/v1/tenants/${customer.id}/launch/${gold.appModule}`);
      assert.equal(launched.json().seat?.outcome, 'waiting', launched.body);
    }

    type Allotment = { '@odata.type': string; id: string; skuId?: string; skuPartNumber?: string; allottedUnits: number; consumedUnits: number; waitingMembers?: { '@odata.type': string; id: string; waitingSinceDateTime: string }[] };
    const allotments = (await client.api('/admin/cloudLicensing/allotments').version('beta').select('id,allottedUnits,consumedUnits,assignableTo').expand('waitingMembers($select=id,waitingSinceDateTime)').get()) as { value: Allotment[] };
    const goldAllotment = allotments.value.find((a) => a.id === gold.id)!;
    assert.equal(goldAllotment['@odata.type'], '#microsoft.graph.cloudLicensing.allotment');
    assert.equal(goldAllotment.allottedUnits, 3);
    assert.equal(goldAllotment.consumedUnits, 3);
    assert.equal(goldAllotment.skuPartNumber, undefined, '$select kept only what was asked');
    assert.deepEqual(goldAllotment.waitingMembers!.map((m) => m.id), [`${gold.id}_${wes.id}`, `${gold.id}_${zoe.id}`]);
    assert.equal(goldAllotment.waitingMembers![0]!['@odata.type'], '#microsoft.graph.cloudLicensing.waitingMember');
    assert.ok(Date.parse(goldAllotment.waitingMembers![0]!.waitingSinceDateTime) <= Date.parse(goldAllotment.waitingMembers![1]!.waitingSinceDateTime));
    assert.deepEqual(allotments.value.find((a) => a.id === silver.id)?.waitingMembers, []);

    const one = (await client.api(`/admin/cloudLicensing/allotments/${gold.id}`).version('beta').get()) as Allotment & { services: { planName: string }[] };
    assert.equal(one.skuPartNumber, (await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses`)).json().items.find((p: { planId: string }) => p.planId === gold.id).serviceId);
    assert.deepEqual(one.services.map((s) => s.planName), [gold.appModule]);
    assert.equal(one.waitingMembers, undefined, 'relationships only when expanded');

    const members = (await client.api(`/admin/cloudLicensing/allotments/${gold.id}/waitingMembers`).version('beta').expand('assignedTo($select=id,displayName)').get()) as { value: { id: string; assignedTo: { id: string; displayName: string; userPrincipalName?: string } }[] };
    assert.deepEqual(members.value.map((m) => [m.assignedTo.id, m.assignedTo.displayName]), [[wes.id, 'Wes Waiting'], [zoe.id, 'Zoe Waiting']]);
    const mine = (await client.api(`/users/${zoe.userPrincipalName}/cloudLicensing/waitingMembers`).version('beta').expand('allotment').get()) as { value: { id: string; allotment: Allotment }[] };
    assert.deepEqual(mine.value.map((m) => [m.id, m.allotment.skuId]), [[`${gold.id}_${zoe.id}`, gold.id]]);
    assert.deepEqual(((await client.api(`/users/${licensed[0]!.id}/cloudLicensing/waitingMembers`).version('beta').get()) as { value: unknown[] }).value, []);

    // The admin takes Wes out of the room: Zoe is first.
    assert.equal((await customer.admin.delete(`${base}/waiting/${wes.id}`)).statusCode, 204);
    const after = (await client.api(`/admin/cloudLicensing/allotments/${gold.id}/waitingMembers`).version('beta').get()) as { value: { id: string }[] };
    assert.deepEqual(after.value.map((m) => m.id), [`${gold.id}_${zoe.id}`]);

    await assert.rejects(client.api('/admin/cloudLicensing/allotments/00000000-0000-4000-8000-000000000009').version('beta').get(), (error: unknown) => error instanceof GraphError && error.statusCode === 404 && error.code === 'Request_ResourceNotFound');
    await assert.rejects(client.api('/admin/cloudLicensing/allotments').version('beta').expand('assignments').get(), (error: unknown) => error instanceof GraphError && error.statusCode === 400 && /expand/.test(error.message));
    await assert.rejects(client.api('/admin/cloudLicensing/allotments').version('beta').expand('waitingMembers($select=position)').get(), (error: unknown) => error instanceof GraphError && error.statusCode === 400);
    const stranger = await createTenant(t.app);
    const theirs = await stranger.admin.post('/api/v1/auth/tokens', { name: 'other', scopes: ['licenses.read'] });
    const other = await t.app.inject({ method: 'GET', url: `/api/graph/beta/admin/cloudLicensing/allotments/${gold.id}/waitingMembers`, headers: { authorization: `Bearer ${theirs.json().token}` } });
    assert.equal(other.statusCode, 404, 'another tenant: not found');
    const anonymousCall = await t.app.inject({ method: 'GET', url: '/api/graph/beta/admin/cloudLicensing/allotments' });
    assert.equal(anonymousCall.statusCode, 401);
    assert.equal(anonymousCall.json().error.code, 'InvalidAuthenticationToken');
  });
});
