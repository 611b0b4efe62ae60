import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { Webhook } from 'standardwebhooks';
import { buildApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { createTenant } from '../src/commands/operator/createTenant.js';
import { createWebhookEndpoint } from '../src/commands/webhooks/createWebhookEndpoint.js';
import { loadConfig } from '../src/config.js';
import { runWebhookDispatch } from '../src/jobs/webhookDispatch.js';
import { postToWebhook } from '../src/jobs/webhookRequest.js';
import { grantTenantScope } from '../src/policies/tenantScope.js';
import { insertLicenseEvents, takeRevision } from '../src/store/changeFeed.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { inTransaction } from '../src/store/transaction.js';
import { REPO_ROOT } from './childProcess.js';
import { log } from './progressLog.js';

/**
 * `npm run bench -- --webhooks`: webhook deliveries per second to a local
 * receiver. One publisher with BENCH_WEBHOOK_EVENTS events (default 3,000,
 * one per revision) in a fresh embedded database (BENCH_DATABASE_URL: on
 * PostgreSQL), one endpoint for all of them; the dispatcher runs until every
 * event is delivered, signed (Standard Webhooks), one in flight per endpoint,
 * in order. The baseline, in the same run: the same bodies POSTed one after
 * another by the same HTTP sender (a new connection each, as deliveries do)
 * without the feed, the queue or the signature. The receiver checks every
 * delivery's order and a sample of signatures with `standardwebhooks`.
 */

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 3000);
const ENDPOINTS = Number(process.env.BENCH_WEBHOOK_ENDPOINTS ?? 1);

async function startReceiver() {
  let count = 0;
  let last = -1n;
  let outOfOrder = 0;
  const sample: { body: string; headers: Record<string, string> }[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      count++;
      const body = Buffer.concat(chunks).toString('utf8');
      if (request.headers['webhook-id']?.toString().startsWith('test_') !== true) {
        const revision = BigInt(JSON.parse(body).revision as string);
        if (ENDPOINTS === 1 && revision < last) outOfOrder++;
        last = revision;
      }
      if (count % 100 === 1) {
        sample.push({
          body,
          headers: {
            'webhook-id': String(request.headers['webhook-id']),
            'webhook-timestamp': String(request.headers['webhook-timestamp']),
            'webhook-signature': String(request.headers['webhook-signature']),
          },
        });
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    stats: () => ({ count, outOfOrder, sample }),
    reset: () => {
      count = 0;
      last = -1n;
      outOfOrder = 0;
      sample.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  const postgresUrl = process.env.BENCH_DATABASE_URL;
  const database = await openDatabase(postgresUrl ? { kind: 'postgres', url: postgresUrl } : { kind: 'embedded', dataDir: null });
  await migrateToLatest(database.db);
  const config = {
    ...loadConfig({
      LICENSEHUB_DEMO: '0',
      LICENSEHUB_WEB_DIR: '/nonexistent',
      LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '0',
      LICENSEHUB_SECRET_KEY: randomBytes(32).toString('base64'),
      LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS: '1',
      LICENSEHUB_WEBHOOK_DISPATCH_INTERVAL_SECONDS: '0',
    }),
  };
  const app = await buildApp({ config, clock: systemClock, database, logger: false });
  await app.ready();
  const receiver = await startReceiver();
  try {
    const now = new Date();
    const publisherId = randomUUID();
    const domain = `bench${randomBytes(3).toString('hex')}.example`;
    await inTransaction(database.db, (tx) =>
      createTenant(
        { tx, actor: 'system', now, changes: [], events: [] },
        {
          id: publisherId,
          displayName: 'Bench Publisher',
          primaryDomain: domain,
          country: 'US',
          isPublisher: true,
          admin: { userPrincipalName: `admin@${domain}`, displayName: 'Bench Admin', password: 'bench-webhooks-password-1' },
        },
      ),
    );
    const scope = grantTenantScope(publisherId);
    const secrets: string[] = [];
    for (let i = 0; i < ENDPOINTS; i++) {
      const created = await inTransaction(database.db, (tx) =>
        createWebhookEndpoint({ tx, actor: 'system', now, changes: [], events: [] }, { scope, url: receiver.url, eventTypes: ['seat.granted'], description: `bench ${i}`, offerId: null, box: app.secretBox, privateNetworks: true, createdBy: null }),
      );
      secrets.push(created.secret);
    }
    log(`writing ${EVENTS.toLocaleString('en-US')} events, one revision each`);
    const tenantId = randomUUID();
    for (let i = 0; i < EVENTS; i++) {
      await inTransaction(database.db, async (tx) => {
        const revision = await takeRevision(tx);
        await insertLicenseEvents(tx, revision, now, [
          { type: 'seat.granted', subject: `tenants/${tenantId}/products/p`, tenantId, publisherTenantId: publisherId, data: { tenantId, planId: 'p', plan: 'bench.gold', userIds: [randomUUID()], reason: 'assigned' } },
        ]);
      });
    }
    const bodies = (await database.db.selectFrom('license_events').select(['id', 'revision', 'data']).orderBy('revision').execute()).map((e) => JSON.stringify({ ...e, revision: String(e.revision) }));

    log('baseline: the same bodies POSTed one after another by the same sender');
    receiver.reset();
    let started = performance.now();
    for (const body of bodies) {
      await postToWebhook(receiver.url, { headers: { 'content-type': 'application/json' }, body, timeoutMs: 10_000, privateNetworks: true });
    }
    const baselineSeconds = (performance.now() - started) / 1000;

    log(`dispatcher: ${ENDPOINTS} endpoint(s), ${(EVENTS * ENDPOINTS).toLocaleString('en-US')} deliveries`);
    receiver.reset();
    started = performance.now();
    let runs = 0;
    while (receiver.stats().count < EVENTS * ENDPOINTS) {
      await runWebhookDispatch(app);
      if (++runs > 10_000) throw new Error('the dispatcher stopped making progress');
    }
    const dispatchSeconds = (performance.now() - started) / 1000;
    const { count, outOfOrder, sample } = receiver.stats();
    const verified = sample.filter((s) => {
      for (const secret of secrets) {
        try {
          new Webhook(secret).verify(s.body, s.headers);
          return true;
        } catch {
          /* another endpoint's secret */
        }
      }
      return false;
    }).length;
    const results = {
      date: new Date().toISOString(),
      database: postgresUrl ? 'postgres' : 'embedded',
      cpus: cpus().length,
      loadAverage: loadavg()[0] ?? 0,
      events: EVENTS,
      endpoints: ENDPOINTS,
      baseline: { requests: bodies.length, seconds: baselineSeconds, perSecond: bodies.length / baselineSeconds },
      dispatcher: { deliveries: count, seconds: dispatchSeconds, perSecond: count / dispatchSeconds, runs, outOfOrder, signaturesChecked: sample.length, signaturesVerified: verified },
    };
    const row = (name: string, n: number, s: number) => `${name.padEnd(44)} ${n.toLocaleString('en-US').padStart(8)} ${s.toFixed(2).padStart(8)} s ${Math.round(n / s).toLocaleString('en-US').padStart(8)} /s`;
    process.stdout.write(`\nWebhook deliveries to a local receiver (${results.database}, ${results.cpus} CPUs, load ${results.loadAverage.toFixed(2)})\n\n`);
    process.stdout.write(`${row('baseline: bare POSTs, same sender', bodies.length, baselineSeconds)}\n`);
    process.stdout.write(`${row('dispatcher: feed → queue → signed delivery', count, dispatchSeconds)}  (${((count / dispatchSeconds / (bodies.length / baselineSeconds)) * 100).toFixed(0)}% of baseline)\n`);
    process.stdout.write(`\nout of order: ${outOfOrder}; signatures verified with standardwebhooks: ${verified}/${sample.length}\n`);
    writeFileSync(join(REPO_ROOT, 'bench', 'results-webhooks.json'), `${JSON.stringify(results, null, 2)}\n`);
    log('results written to bench/results-webhooks.json');
    if (outOfOrder || verified !== sample.length) throw new Error('deliveries out of order or with bad signatures');
  } finally {
    await receiver.close();
    await app.close();
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`\nThe webhook benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
