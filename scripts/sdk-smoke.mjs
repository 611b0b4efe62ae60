#!/usr/bin/env node
// The SDK as a publisher gets it: `npm pack` in sdk/ (which builds it first), the tarball
// installed into an empty project beside express, fastify and tsx, then — against a real
// LicenseHub started from dist/ on a fresh data folder with the demo data — the ES module and
// CommonJS smoke tests (sdk/smoke/) and the example app (examples/sdk-express-app) running
// on the installed package. Run by .ci/run after `npm run build`. Exits non-zero on any failure.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const DEMO_PASSWORD = 'LicenseHub-demo-2026';
const work = mkdtempSync(join(tmpdir(), 'licensehub-sdk-smoke-'));
const step = (text) => process.stdout.write(`\n--- ${text}\n`);
const npm = (args, cwd) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const children = [];
try {
  step('npm pack in sdk/ (builds the ES module and CommonJS outputs first)');
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], join(root, 'sdk')))[0];
  const tarball = join(work, packed.filename);
  process.stdout.write(`${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes\n`);
  if (!packed.files.some((f) => f.path === 'dist/cjs/index.js') || !packed.files.some((f) => f.path === 'dist/esm/index.d.ts')) {
    throw new Error('the tarball lacks the CommonJS or ES module build');
  }

  step('install the tarball into an empty project');
  const project = join(work, 'project');
  cpSync(join(root, 'sdk', 'smoke'), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'sdk-smoke', private: true, version: '1.0.0' }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'express@5', 'fastify@5', 'tsx@4'], project);
  // The example app, as a publisher would copy it, on the installed package.
  cpSync(join(root, 'examples', 'sdk-express-app', 'src'), join(project, 'example', 'src'), { recursive: true });
  writeFileSync(join(project, 'example', 'package.json'), JSON.stringify({ type: 'module', private: true }));

  step('start LicenseHub (dist/) on a fresh data folder with the demo data');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  children.push(
    start(process.execPath, [join(root, 'dist', 'src', 'main.js')], root, {
      PORT: String(port),
      HOST: '127.0.0.1',
      LICENSEHUB_DATA_DIR: join(work, 'data'),
      LICENSEHUB_PUBLIC_URL: baseUrl,
      LICENSEHUB_ADMIN_PASSWORD: 'sdk-smoke-operator-1',
      LICENSEHUB_WEB_DIR: join(root, 'dist', 'web'),
      LOG_LEVEL: 'warn',
    }),
  );
  await until(`${baseUrl}/readyz`, 300_000);

  const publisher = await signIn(baseUrl, 'admin@fabrikam.example');
  const created = await publisher.send('POST', '/api/v1/auth/tokens', { name: 'SDK smoke test', scopes: ['runtime.check'] });
  const customer = await signIn(baseUrl, 'admin@contoso.example');
  const session = await customer.send('GET', '/api/v1/auth/session');
  const env = {
    LICENSEHUB_URL: baseUrl,
    LICENSEHUB_RUNTIME_KEY: created.token,
    TENANT_ID: session.tenant.id,
    // In the demo, Contoso's Alex holds Field Ops Gold and its Global admin does not.
    LICENSED_USER: 'alex.wilber@contoso.example',
    UNLICENSED_USER: 'admin@contoso.example',
    APP_MODULE: 'fab_fieldops_gold',
  };
  if (!env.TENANT_ID) throw new Error(`no tenant id in the session answer: ${JSON.stringify(session)}`);

  step('ES module smoke test');
  execFileSync(process.execPath, ['smoke.mjs'], { cwd: project, env: { ...process.env, ...env }, stdio: 'inherit' });
  step('CommonJS smoke test');
  execFileSync(process.execPath, ['smoke.cjs'], { cwd: project, env: { ...process.env, ...env }, stdio: 'inherit' });

  step('the example app on the installed package');
  const examplePort = await freePort();
  children.push(start(process.execPath, ['--import', 'tsx', 'src/server.ts'], join(project, 'example'), { ...env, PORT: String(examplePort) }));
  const exampleUrl = `http://127.0.0.1:${examplePort}`;
  await until(`${exampleUrl}/`, 60_000);
  const as = (user) => fetch(`${exampleUrl}/api/work-orders`, { headers: { 'x-tenant-id': env.TENANT_ID, 'x-user': user } });
  const allowed = await as(env.LICENSED_USER);
  const refused = await as(env.UNLICENSED_USER);
  if (allowed.status !== 200 || refused.status !== 403) throw new Error(`example app answered ${allowed.status} for the licensed user and ${refused.status} for the other`);
  process.stdout.write(`example app: ${allowed.status} for ${env.LICENSED_USER}, ${refused.status} (${(await refused.json()).code}) for ${env.UNLICENSED_USER}\n`);
  step('SDK smoke tests passed');
} finally {
  for (const child of children.reverse()) child.kill('SIGTERM');
  await Promise.all(children.map((child) => new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)))));
  rmSync(work, { recursive: true, force: true });
  for (const name of readdirSync(join(root, 'sdk'))) if (name.endsWith('.tgz')) rmSync(join(root, 'sdk', name));
}

function start(command, args, cwd, env) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (code && !signal) process.stderr.write(`${args.join(' ')} exited with ${code}\n`);
  });
  return child;
}

async function until(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function signIn(baseUrl, userPrincipalName) {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userPrincipalName, password: DEMO_PASSWORD }) });
  if (!response.ok) throw new Error(`sign-in as ${userPrincipalName}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await response.json();
  return {
    async send(method, path, body) {
      const answer = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
      return answer.json();
    },
  };
}

function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}
