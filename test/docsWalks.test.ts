import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn, startServerProcess, waitReady, type ServerProcess } from './support/serverProcess.js';

/**
 * The docs' curl walks, run against a real server with the demo data, so the
 * docs cannot rot: every fenced `sh` block of a page runs, in order, in one
 * bash (`set -euo pipefail`), with curl and jq, in an empty folder. The walks
 * check what they show with `jq -e`, so a changed answer fails here.
 *
 * What a reader does in the browser first — the operator's sign-in with an
 * authenticator app, and making an API token there — the test does with the
 * same API and hands over as OPERATOR_TOKEN.
 */
const PAGES = ['docs/admin-center.md', 'docs/deals.md', 'docs/operator.md'];

export function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

function runBash(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-euo', 'pipefail', '-c', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the docs walks run against a real server', { timeout: 900_000 }, () => {
  let server: ServerProcess;
  let dataDir: string;
  let operatorToken: string;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'licensehub-docs-'));
    server = await startServerProcess({ LICENSEHUB_DATA_DIR: dataDir, LICENSEHUB_DEMO: '1', LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '0' });
    await waitReady(server, 600_000);
    const operator = await signIn(server.base);
    const created = await fetch(`${server.base}/api/v1/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: operator.cookie, 'x-csrf-token': operator.csrf },
      body: JSON.stringify({ name: 'docs walk', scopes: ['operator'], expiresInDays: 1 }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    operatorToken = ((await created.json()) as { token: string }).token;
  });
  after(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('every page has a walk', () => {
    for (const page of PAGES) assert.ok(shellBlocks(readFileSync(page, 'utf8')).length >= 3, `${page} has its curl walk`);
  });

  for (const page of PAGES) {
    test(`${page}: its walk runs`, async () => {
      const blocks = shellBlocks(readFileSync(page, 'utf8'));
      const cwd = mkdtempSync(join(tmpdir(), 'licensehub-walk-'));
      try {
        writeFileSync(join(cwd, 'walk.sh'), blocks.join('\n'));
        const { code, output } = await runBash(blocks.map((b, i) => `echo "--- block ${i + 1}" >&2\n${b}`).join('\n'), { LH: server.base, OPERATOR_TOKEN: operatorToken }, cwd);
        assert.equal(code, 0, `${page}: the walk failed (exit ${code}); its output:\n${output.slice(-4000)}`);
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    });
  }
});
