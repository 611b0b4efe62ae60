#!/usr/bin/env node
// CI: the release tarball as an operator installs it. Given the prefix it was installed into
// (`npm install -g --prefix <prefix> licensehub-<version>.tgz`), starts `licensehub-server start`
// on a fresh data folder with the demo, then checks /readyz, a page of the web app and one of its
// hashed scripts, the publisher CLI against the server, a backup of the running server, and a
// clean stop; with --check-monitoring, promtool checks its /metrics and the monitoring files
// (scripts/check-monitoring.mjs). Usage: node scripts/smoke-release.mjs <prefix> <work folder> [--check-monitoring]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const [prefix, work, option] = process.argv.slice(2);
if (!prefix || !work) throw new Error('usage: smoke-release.mjs <prefix> <work folder>');
mkdirSync(work, { recursive: true });
const bin = (name) => join(prefix, 'bin', name);
const env = { ...process.env, HOME: work, LICENSEHUB_DATA_DIR: join(work, 'data'), LOG_LEVEL: 'warn', DATABASE_URL: '' };
const step = (text) => process.stdout.write(`smoke: ${text}\n`);
const fail = (text) => {
  throw new Error(`smoke: ${text}`);
};

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin('licensehub-server'), ['start', '--port', String(port), '--host', '127.0.0.1'], { cwd: work, env, stdio: ['ignore', 'pipe', 'inherit'] });
let printed = '';
server.stdout.on('data', (chunk) => (printed += chunk));
const exited = new Promise((resolve) => server.once('exit', (code) => resolve(code)));

try {
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) fail(`the server exited with ${server.exitCode}`);
    if (Date.now() - started > 180_000) fail('not ready within 180 s');
    const ready = await fetch(`${base}/readyz`).catch(() => null);
    if (ready?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  step(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(await (await fetch(`${base}/readyz`)).json())}`);
  if (!/LicenseHub is running at/.test(printed)) fail(`no welcome printed:\n${printed}`);

  const page = await fetch(`${base}/marketplace`);
  const html = await page.text();
  if (page.status !== 200 || !html.includes('<div id="root">')) fail(`/marketplace answered ${page.status}`);
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? fail('no script in the page');
  const asset = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'br' } });
  await asset.arrayBuffer();
  if (asset.status !== 200 || !/immutable/.test(asset.headers.get('cache-control') ?? '')) fail(`${script}: ${asset.status} ${asset.headers.get('cache-control')}`);
  if ((await fetch(`${base}/assets/index-gone.js`)).status !== 404) fail('a missing asset is not a 404');
  step(`web app: /marketplace and ${script} (${asset.headers.get('content-encoding') ?? 'identity'}, ${asset.headers.get('cache-control')})`);

  // The publisher CLI, signed in with an API token of the demo publisher.
  const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: 'admin@fabrikam.example', password: 'LicenseHub-demo-2026' }),
  });
  if (signIn.status !== 200) fail(`demo sign-in answered ${signIn.status}`);
  const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('lh_session=')).split(';')[0];
  const { csrfToken } = await signIn.json();
  const created = await fetch(`${base}/api/v1/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'smoke', scopes: ['partner.read'] }),
  });
  if (created.status !== 201) fail(`token creation answered ${created.status}`);
  const { token } = await created.json();
  const cli = (args) => execFileSync(bin('licensehub'), args, { env, cwd: work, encoding: 'utf8' });
  step(cli(['login', '--server', base, '--token', token]).split('\n')[0]);
  const offers = cli(['offers', 'list']);
  if (!/fieldops/i.test(offers)) fail(`licensehub offers list printed:\n${offers}`);
  step(`licensehub offers list: ${offers.trim().split('\n').length} lines`);

  const backupFile = join(work, 'backup.tar.gz');
  step(execFileSync(bin('licensehub-server'), ['backup', '--output', backupFile], { env, cwd: work, encoding: 'utf8' }).trim());
  if (!existsSync(backupFile) || (statSync(backupFile).mode & 0o077) !== 0) fail('the backup is missing or readable by others');

  if (option === '--check-monitoring') execFileSync(process.execPath, ['scripts/check-monitoring.mjs', base], { stdio: 'inherit' });
} finally {
  server.kill('SIGTERM');
}
const code = await exited;
if (code !== 0) fail(`the server exited with ${code} after SIGTERM`);
step('stopped cleanly on SIGTERM');
