import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Registry } from 'prom-client';
import { CheckTelemetry, decisionIndex } from './checkTelemetry.js';

test('one check in N is logged at the next flush, with what was asked and the decision; every check is counted', async () => {
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    }),
  );
  const telemetry = new CheckTelemetry(log, 3);
  const registry = new Registry();
  telemetry.register(registry);
  const licensed = decisionIndex('LICENSED');
  for (let i = 0; i < 7; i++) {
    const body = Buffer.from(JSON.stringify({ tenantId: 't-1', user: `user${i}@contoso.example`, appModule: 'fieldops' }));
    if (telemetry.count(licensed)) telemetry.sample(licensed, body, 'token-1');
  }
  assert.equal(lines.length, 0, 'nothing is logged on the check’s own path');
  telemetry.stop(); // flushes
  const checks = lines.filter((l) => l.msg === 'license check').map((l) => l.check as Record<string, unknown>);
  assert.deepEqual(
    checks.map((c) => [c.user, c.code, c.tenantId, c.appModule, c.runtimeKeyId, c.sampledOneIn]),
    [
      ['user2@contoso.example', 'LICENSED', 't-1', 'fieldops', 'token-1', 3],
      ['user5@contoso.example', 'LICENSED', 't-1', 'fieldops', 'token-1', 3],
    ],
  );
  assert.match(await registry.metrics(), /licensehub_check_decisions_total\{code="LICENSED"\} 7/);
});
