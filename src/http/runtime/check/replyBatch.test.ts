import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { AnswerMemory } from './answerMemory.js';
import { ReplyBatch } from './replyBatch.js';

/** A real http server answering through a ReplyBatch: what goes out, and when. */
describe('ReplyBatch', () => {
  let server: Server;
  let url: string;
  const written: number[] = [];
  const batch = new ReplyBatch((started) => written.push(started));
  const memory = new AnswerMemory(100);
  let heldBack = 0;

  before(async () => {
    memory.useGeneration(0);
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      const answer = memory.get('k', Buffer.from(path)) ?? memory.rememberAnswer('k', Buffer.from(path), Buffer.from(JSON.stringify({ path })), 0);
      batch.send(res, answer, Number(path.slice(1)) || 0);
      // Nothing is written during the turn that read the request.
      if (res.headersSent) heldBack = -Infinity;
      else heldBack++;
      if (path === '/gone') res.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('every answer goes out, to its own request, after the turn that read it', async () => {
    const paths = Array.from({ length: 20 }, (_, i) => `/${i + 1}`);
    const answers = await Promise.all(paths.map(async (path) => (await fetch(url + path)).json()));
    assert.deepEqual(answers, paths.map((path) => ({ path })));
    assert.equal(heldBack, 20, 'no request was answered inside its own handler');
    assert.deepEqual([...written].sort((a, b) => a - b), paths.map((_, i) => i + 1), 'each written answer is reported once, with its start');
  });

  test('a response destroyed before the batch goes out is skipped, and the rest still go', async () => {
    written.length = 0;
    const [gone, kept] = await Promise.allSettled([fetch(`${url}/gone`), fetch(`${url}/7`).then((r) => r.json())]);
    assert.equal(gone.status, 'rejected', 'the destroyed one never answers');
    assert.deepEqual(kept.status === 'fulfilled' && kept.value, { path: '/7' });
    assert.deepEqual(written, [7]);
  });
});
