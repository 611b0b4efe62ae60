import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { ManualClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../store/database.js';
import { createTestDatabase } from '../../../test/support/testDatabase.js';

/**
 * The built web app as browsers get it: hashed files precompressed and cached
 * for a year, index.html revalidated every time, deep links answered with the
 * SPA, and a file that is not there (an old tab asking for last version's
 * chunk) a 404 rather than HTML.
 */
describe('web app files', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'licensehub-web-'));
  const script = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;
  let app: FastifyInstance;
  let database: DatabaseHandle;

  before(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>LicenseHub</title><div id="root"></div>');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webDir, 'assets', 'index-AbC123.js'), script);
    writeFileSync(join(webDir, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
    writeFileSync(join(webDir, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
    database = await createTestDatabase();
    const config = loadConfig({ LICENSEHUB_DEMO: '0', LICENSEHUB_WEB_DIR: webDir, LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '0' });
    app = await buildApp({ config, clock: new ManualClock(new Date('2026-11-24T12:00:00Z')), database, logger: false });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await database?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  test('a hashed file: brotli or gzip as accepted, cached for a year as immutable', async () => {
    const brotli = await get('/assets/index-AbC123.js', 'gzip, deflate, br');
    assert.equal(brotli.statusCode, 200);
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotli.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(brotli.headers.vary), /accept-encoding/i);
    assert.match(String(brotli.headers['content-type']), /javascript/);
    assert.equal(brotliDecompressSync(brotli.rawPayload).toString(), script);

    const gzip = await get('/assets/index-AbC123.js', 'gzip');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.rawPayload).toString(), script);

    const plain = await get('/assets/index-AbC123.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, script);
    assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  test('index.html and deep links: the SPA, revalidated on every visit', async () => {
    for (const url of ['/', '/index.html', '/admin/users', '/partner/offers/fieldops', '/admin/users/alex.wilber@contoso.example', '/marketplace/fabrikam.map']) {
      const response = await get(url);
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.headers['cache-control'], 'no-cache', url);
      assert.match(response.body, /<div id="root">/, url);
    }
  });

  test('a file that is not there is a 404, not the SPA', async () => {
    for (const url of ['/assets/index-Old999.js', '/assets/index-Old999.css', '/assets/', '/assets/fonts/x.woff2', '/robots.txt', '/favicon.ico', '/index-Old999.js']) {
      const response = await get(url, 'br');
      assert.equal(response.statusCode, 404, url);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/, url);
      assert.doesNotMatch(response.body, /<div id="root">/, url);
    }
  });

  test('other files are cached for an hour; compressed copies are not addressable on their own', async () => {
    const icon = await get('/favicon.svg');
    assert.equal(icon.statusCode, 200);
    assert.equal(icon.headers['cache-control'], 'public, max-age=3600');
    assert.equal((await get('/assets/index-AbC123.js.br')).statusCode, 404);
  });
});
