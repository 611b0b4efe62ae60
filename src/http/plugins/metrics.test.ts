import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../test/support/testApp.js';

/**
 * /metrics keeps to Prometheus's naming rules, the ones `promtool check
 * metrics` enforces (CI runs promtool itself on a live server): counters end
 * in _total and nothing else does, every family has HELP and TYPE, names are
 * snake_case under licensehub_.
 */
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => {
  await t?.close();
});

test('metric families follow the Prometheus naming rules', async () => {
  await anonymous(t.app).get('/healthz'); // at least one request series
  const response = await anonymous(t.app).get('/metrics');
  assert.equal(response.statusCode, 200);
  const types = new Map<string, string>();
  const helps = new Set<string>();
  for (const line of response.body.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    const help = /^# HELP (\S+) \S/.exec(line);
    if (help) helps.add(help[1]!);
  }
  assert.ok(types.size > 10, 'expected the process, Node and HTTP families');
  const problems: string[] = [];
  for (const [name, type] of types) {
    if (!/^licensehub_[a-z0-9_]+$/.test(name)) problems.push(`${name}: not snake_case under licensehub_`);
    if (type === 'counter' && !name.endsWith('_total')) problems.push(`${name}: a counter must end in _total`);
    if (type !== 'counter' && name.endsWith('_total')) problems.push(`${name}: only counters end in _total`);
    if (!helps.has(name)) problems.push(`${name}: no HELP`);
  }
  assert.deepEqual(problems, []);
  assert.equal(types.get('licensehub_http_request_duration_seconds'), 'histogram');
  assert.equal(types.get('licensehub_nodejs_active_handles'), 'gauge');
});
