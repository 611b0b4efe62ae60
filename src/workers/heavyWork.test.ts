import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, crc32 } from 'node:zlib';
import { DomainError } from '../domain/problems.js';
import { DEFAULT_ZIP_LIMITS } from '../domain/packages/index.js';
import { createTestApp, type TestApp } from '../../test/support/testApp.js';
import { addPlans, buildPackage, createApprovedPublisher, createOffer, uploadPackage, type PublisherFixture } from '../../test/support/partnerFactories.js';
import { HeavyWork } from './heavyWork.js';
import type { PackageUploadInput } from './tasks.js';

const MiB = 1024 * 1024;

/**
 * A package whose check takes a while on a worker: 45 MiB of text in 45
 * deflated files (about 4:1, like real XML), built from one compressed MiB so
 * the fixture is quick to make.
 */
function slowPackage(): Uint8Array {
  const words = ['<field', 'name="customer"', 'type="text"', 'required="true"/>', '<form>', '</form>', 'lookup', 'account', 'contact', 'opportunity'];
  let seed = 7;
  const text = Buffer.alloc(MiB);
  let at = 0;
  while (at < MiB) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    at += text.write(`${words[seed % words.length]}${seed % 97} `, at);
  }
  const data = deflateRawSync(text);
  const crc = crc32(text);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < 45; i++) {
    const name = Buffer.from(`components/part${i}.xml`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(MiB, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(MiB, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(record, name);
    offset += 30 + name.length + data.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(45, 8);
  end.writeUInt16LE(45, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

const slowInput = (): PackageUploadInput => ({ archive: slowPackage(), archiveName: 'big.zip', context: {}, limits: DEFAULT_ZIP_LIMITS });
const request = (tenantId: string) => ({ tenantId, what: 'the package', remedy: 'make it smaller' });

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DomainError, String(error));
    return error;
  }
  throw new Error('the task was not refused');
}

describe('the worker pool and its budgets', () => {
  test('a task runs on a worker thread and answers plain data', async () => {
    const work = new HeavyWork({ threads: 1, perTenant: 2, queue: 4, taskTimeoutMs: 30_000 });
    try {
      const result = await work.run('checkPackageUpload', slowInput(), request('t1'));
      // The package has no solution.json or license.json: the check ran to the end and reported it.
      assert.deepEqual(result.validation.problems.map((p) => p.code), ['package.missing_file', 'package.missing_file']);
      assert.match(result.sha256, /^[0-9a-f]{64}$/);
      const plan = await work.run('planUserImport', { csv: Buffer.from('UPN,Name\na@contoso.example,A\n'), tenantDomain: 'contoso.example' }, request('t1'));
      assert.ok(plan.ok && plan.candidates.length === 1);
    } finally {
      await work.close();
    }
  });

  test('a tenant over its share is a 429 with Retry-After; a full queue is a 503; both free up', async () => {
    const work = new HeavyWork({ threads: 1, perTenant: 1, queue: 0, taskTimeoutMs: 30_000 });
    try {
      const first = work.run('checkPackageUpload', slowInput(), request('busy-tenant'));
      const again = await refusal(work.run('checkPackageUpload', slowInput(), request('busy-tenant')));
      assert.equal(again.status, 429);
      assert.match(again.detail, /already has one large file being processed, the most it may have at once; try again in \d+ seconds?/);
      assert.match(again.headers['retry-after']!, /^\d+$/);
      const other = await refusal(work.run('checkPackageUpload', slowInput(), request('other-tenant')));
      assert.equal(other.status, 503);
      assert.match(other.detail, /server is busy .* try again in \d+ seconds/);
      assert.ok(other.headers['retry-after']);
      await first;
      assert.deepEqual(work.load, { running: 0, waiting: 0 });
      await work.run('planUserImport', { csv: Buffer.from('UPN,Name\na@contoso.example,A\n'), tenantDomain: 'contoso.example' }, request('busy-tenant'));
    } finally {
      await work.close();
    }
  });

  test('tasks past the thread count wait their turn, within the queue', async () => {
    const work = new HeavyWork({ threads: 1, perTenant: 3, queue: 2, taskTimeoutMs: 30_000 });
    try {
      const runs = [work.run('checkPackageUpload', slowInput(), request('a')), work.run('checkPackageUpload', slowInput(), request('b')), work.run('checkPackageUpload', slowInput(), request('c'))];
      assert.deepEqual(work.load, { running: 1, waiting: 2 });
      const results = await Promise.all(runs);
      assert.equal(results.length, 3);
    } finally {
      await work.close();
    }
  });

  test("a thread's start-up does not count against the first task's time", async () => {
    // Starting a thread under tsx takes about a second (more on a busy machine); the task itself a few milliseconds.
    const work = new HeavyWork({ threads: 1, perTenant: 1, queue: 0, taskTimeoutMs: 300 });
    try {
      const started = performance.now();
      const plan = await work.run('planUserImport', { csv: Buffer.from('UPN,Name\na@contoso.example,A\n'), tenantDomain: 'contoso.example' }, request('t1'));
      assert.ok(plan.ok);
      assert.ok(performance.now() - started > 0);
    } finally {
      await work.close();
    }
  });

  test('a task over its time is stopped and answered with a 422 saying what to do', async () => {
    const work = new HeavyWork({ threads: 1, perTenant: 1, queue: 0, taskTimeoutMs: 25 });
    try {
      const started = performance.now();
      const error = await refusal(work.run('checkPackageUpload', slowInput(), request('t1')));
      assert.equal(error.status, 422);
      assert.equal(error.extra.limit, 'processingTime');
      assert.match(error.detail, /^Processing the package took more than 0\.025 seconds, the most one request may use; make it smaller$/);
      // Stopped, not left to run: the bound covers starting the thread, which runs at a lower priority and,
      // on a busy 2-core machine under tsx, takes seconds.
      assert.ok(performance.now() - started < 20_000);
      // The tenant's share and the thread are given back.
      assert.deepEqual(work.load, { running: 0, waiting: 0 });
    } finally {
      await work.close();
    }
  });
});

describe('budgets over HTTP', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let other: PublisherFixture;

  before(async () => {
    t = await createTestApp({ env: { LICENSEHUB_HEAVY_TASKS_PER_TENANT: '1', LICENSEHUB_PACKAGE_MAX_ENTRIES: '3' } });
    publisher = await createApprovedPublisher(t.app);
    other = await createApprovedPublisher(t.app);
    for (const p of [publisher, other]) {
      await createOffer(p, { offerKey: 'budget-offer' });
      await addPlans(p, 'budget-offer', ['gold']);
    }
  });
  after(() => t.close());

  test("a publisher with a large file in progress gets a 429 with Retry-After; another publisher's upload goes through", async () => {
    const held = t.app.heavyWork.run('checkPackageUpload', slowInput(), request(publisher.id));
    const refused = await uploadPackage(publisher, 'budget-offer', buildPackage({ publisherId: publisher.publisherId, offerKey: 'budget-offer', plans: ['gold'] }));
    assert.equal(refused.statusCode, 429, refused.body);
    assert.match(String(refused.headers['content-type']), /application\/problem\+json/);
    assert.match(String(refused.headers['retry-after']), /^\d+$/);
    assert.match(refused.json().detail, /Your organization already has one large file being processed/);
    const accepted = await uploadPackage(other, 'budget-offer', buildPackage({ publisherId: other.publisherId, offerKey: 'budget-offer', plans: ['gold'] }));
    assert.equal(accepted.statusCode, 201, accepted.body);
    await held;
    const later = await uploadPackage(publisher, 'budget-offer', buildPackage({ publisherId: publisher.publisherId, offerKey: 'budget-offer', plans: ['gold'] }));
    assert.equal(later.statusCode, 201, later.body);
  });

  test('the configured entry limit applies to uploads', async () => {
    const zip = buildPackage({ publisherId: other.publisherId, offerKey: 'budget-offer', plans: ['gold'], version: '2.0.0.0' });
    const { zipSync } = await import('fflate');
    const { readZipArchive } = await import('../domain/packages/zipReader.js');
    const files = Object.fromEntries((await readZipArchive(zip)).files);
    const withExtras = zipSync({ ...files, 'components/a.xml': new Uint8Array(1), 'components/b.xml': new Uint8Array(1) });
    const response = await uploadPackage(other, 'budget-offer', withExtras);
    assert.equal(response.statusCode, 422, response.body);
    assert.deepEqual(response.json().problems.map((p: { code: string; message: string }) => [p.code, p.message]), [
      ['archive.too_many_entries', 'The archive has 4 entries; a package may have at most 3'],
    ]);
  });
});
