import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { startServer, type StartedServer } from '../server.js';
import { createEmptyPostgresDatabase } from '../../test/support/serverProcess.js';
import { runServerCli } from './main.js';

/**
 * licensehub-server's operator commands, run in-process on a real database:
 * against a live server on an embedded folder (through its control socket),
 * and straight against the database when no server runs or on PostgreSQL.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const folder = mkdtempSync(join(tmpdir(), 'licensehub-server-cli-'));
const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(folder, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runServerCli(args, {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    cwd: folder,
    env: { ...process.env, ...env },
  });
  return { code, stdout, stderr };
}

async function start(env: Record<string, string>): Promise<StartedServer> {
  const config = loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1', LICENSEHUB_DEMO: '0', LICENSEHUB_ADMIN_PASSWORD: 'operator-password-1', LICENSEHUB_WEB_DIR: '/nonexistent' });
  const server = await startServer(config, { logger: false });
  cleanups.push(() => server.stop());
  return server;
}

async function signInStatus(server: StartedServer, userPrincipalName: string, password: string) {
  return (await server.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName, password } })).statusCode;
}

const jwksKids = async (server: StartedServer) =>
  ((await server.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json() as { keys: { kid: string }[] }).keys.map((k) => k.kid);

test('every command has --help', async () => {
  for (const command of ['start', 'migrate', 'backup', 'restore', 'create-operator', 'rotate-signing-key']) {
    const result = await cli([command, '--help']);
    assert.equal(result.code, 0, command);
    assert.match(result.stdout, new RegExp(`^Usage: licensehub-server ${command}`), command);
  }
  const unknown = await cli(['frobnicate']);
  assert.notEqual(unknown.code, 0);
  assert.match(unknown.stderr, /unknown command 'frobnicate'/);
});

describe('on an embedded data folder', { skip: serverUrl ? 'runs without TEST_DATABASE_URL' : false }, () => {
  const dataDir = join(folder, 'data');
  const env = { LICENSEHUB_DATA_DIR: dataDir, DATABASE_URL: '' };

  test('a folder without a database is refused, not created', async () => {
    const result = await cli(['rotate-signing-key', '--data-dir', join(folder, 'nothing-here')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no LicenseHub database in .*nothing-here/);
  });

  test('beside a running server: create-operator and rotate-signing-key go through its control socket, migrate refuses', async () => {
    const server = await start(env);
    const created = await cli(['create-operator', '-u', 'ops@licensehub.local', '--name', 'Second Operator'], { ...env, LICENSEHUB_OPERATOR_PASSWORD: 'correct-horse-battery-42' });
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Operator ops@licensehub.local created/);
    assert.doesNotMatch(created.stdout, /Password \(generated/);
    assert.equal(await signInStatus(server, 'ops@licensehub.local', 'correct-horse-battery-42'), 200);

    const again = await cli(['create-operator', '-u', 'ops@licensehub.local'], env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/);
    const outsider = await cli(['create-operator', '-u', 'ops@contoso.example'], env);
    assert.equal(outsider.code, 1);
    assert.match(outsider.stderr, /must end with @licensehub.local/);

    const rotated = await cli(['rotate-signing-key'], env);
    assert.equal(rotated.code, 0, rotated.stderr);
    const kid = /New signing key ([0-9a-f-]+), made by the running server/.exec(rotated.stdout)?.[1];
    assert.ok(kid, rotated.stdout);
    assert.ok((await jwksKids(server)).includes(kid));

    const migrate = await cli(['migrate'], env);
    assert.equal(migrate.code, 1);
    assert.match(migrate.stderr, /runs on .*; stop it first/);
    await server.stop();
  });

  test('with no server running they open the folder themselves; a generated password is printed once', async () => {
    const created = await cli(['create-operator', '-u', 'third@licensehub.local'], env);
    assert.equal(created.code, 0, created.stderr);
    const password = /Password \(generated, shown only now\): (\S+)/.exec(created.stdout)?.[1];
    assert.ok(password);
    const migrate = await cli(['migrate'], env);
    assert.equal(migrate.code, 0, migrate.stderr);
    assert.match(migrate.stdout, /is up to date/);
    const rotated = await cli(['rotate-signing-key'], env);
    assert.equal(rotated.code, 0, rotated.stderr);
    const kid = /New signing key ([0-9a-f-]+)\./.exec(rotated.stdout)?.[1];
    assert.ok(kid);

    const server = await start(env);
    assert.equal(await signInStatus(server, 'third@licensehub.local', password), 200);
    assert.ok((await jwksKids(server)).includes(kid));
    await server.stop();
  });
});

describe('on PostgreSQL', { skip: serverUrl ? false : 'needs TEST_DATABASE_URL' }, () => {
  test('migrate, then create-operator before the first start is refused, after it works', async () => {
    const database = await createEmptyPostgresDatabase(serverUrl!);
    cleanups.push(() => database.drop());
    const env = { DATABASE_URL: database.url };
    const migrate = await cli(['migrate'], env);
    assert.equal(migrate.code, 0, migrate.stderr);
    assert.match(migrate.stdout, /Applied \d+ migration\(s\)/);
    assert.match((await cli(['migrate'], env)).stdout, /is up to date/);

    const early = await cli(['create-operator', '-u', 'ops@licensehub.local'], env);
    assert.equal(early.code, 1);
    assert.match(early.stderr, /no operator tenant yet/);

    const server = await start(env);
    const created = await cli(['create-operator', '-u', 'ops@licensehub.local'], { ...env, LICENSEHUB_OPERATOR_PASSWORD: 'correct-horse-battery-42' });
    assert.equal(created.code, 0, created.stderr);
    assert.equal(await signInStatus(server, 'ops@licensehub.local', 'correct-horse-battery-42'), 200);
    const rotated = await cli(['rotate-signing-key', '--database-url', database.url]);
    assert.equal(rotated.code, 0, rotated.stderr);
    await server.stop();
  });
});
