import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { signIn } from './support/serverProcess.js';

const ROOT = resolve(import.meta.dirname, '..');
const PASSWORD = 'operator-password-1';

const newest = (path: string): number => {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs) : stat.mtimeMs;
};

/**
 * The server as `npm start` runs it: dist/ built by tsc, no tsx anywhere, so the worker threads load
 * dist/src/workers/tasks.js and the command thread dist/src/workers/commandWorker.js (the import's
 * CSV is parsed on the first, its users written by the second, on the embedded database it borrows).
 */
test('the built server (dist/) runs heavy work on its worker threads and commands on its command thread', { timeout: 600_000 }, async () => {
  const tasks = join(ROOT, 'dist/src/workers/tasks.js');
  // CI builds before testing; on a fresh clone, or after a change to src/, this builds the server (tsc: half a minute, minutes on a busy machine).
  if (!existsSync(tasks) || statSync(tasks).mtimeMs < newest(join(ROOT, 'src'))) execFileSync('npm', ['run', 'build:server'], { cwd: ROOT, stdio: 'ignore' });

  const dataDir = await mkdtemp(join(tmpdir(), 'licensehub-dist-'));
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', LICENSEHUB_DATA_DIR: dataDir, LICENSEHUB_DEMO: '0', LICENSEHUB_ADMIN_PASSWORD: PASSWORD, LICENSEHUB_WEB_DIR: '/nonexistent', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolveUrl, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match) resolveUrl(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
    });
    // The operator signs in with MFA (enrolling an authenticator on this fresh folder).
    const { cookie, csrf: csrfToken } = await signIn(url, 'admin@licensehub.local', PASSWORD);
    const session = (await (await fetch(`${url}/api/v1/auth/session`, { headers: { cookie } })).json()) as { tenant: { id: string; primaryDomain: string } };
    const csv = `User principal name,Display name\nworker.proof@${session.tenant.primaryDomain},Worker Proof\nbad name,No\n`;
    const response = await fetch(`${url}/api/v1/tenants/${session.tenant.id}/users/import?dryRun=true`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv' }, body: csv });
    const body = (await response.json()) as { created: { userPrincipalName: string }[]; rejected: { line: number }[] };
    assert.equal(response.status, 200, JSON.stringify(body));
    assert.deepEqual(body.created.map((c) => c.userPrincipalName), [`worker.proof@${session.tenant.primaryDomain}`]);
    assert.deepEqual(body.rejected.map((r) => r.line), [3]);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    await rm(dataDir, { recursive: true, force: true });
  }
});
