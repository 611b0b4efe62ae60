#!/usr/bin/env node
// CI: promtool checks the metrics of a running server, the alert rules (and their unit
// tests), and every query of the Grafana dashboard (as recording rules, the only way
// promtool parses PromQL). Usage: node scripts/check-monitoring.mjs <server base URL>
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.argv[2];
if (!base) throw new Error('usage: check-monitoring.mjs <server base URL>');
const promtool = (args, input) => execFileSync('promtool', args, { input, stdio: [input === undefined ? 'ignore' : 'pipe', 'inherit', 'inherit'] });

const metrics = await (await fetch(`${base}/metrics`)).text();
promtool(['check', 'metrics'], metrics);
process.stdout.write('metrics: promtool check metrics passed\n');

promtool(['check', 'rules', 'monitoring/alerts.yml']);
promtool(['test', 'rules', 'monitoring/alerts.test.yml']);

const dashboard = JSON.parse(readFileSync('monitoring/grafana-dashboard.json', 'utf8'));
const exprs = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
const rules = exprs.map((expr, i) => `      - record: dashboard:query_${i}\n        expr: ${JSON.stringify(expr.replaceAll('$__rate_interval', '5m').replaceAll('$instance', '.*'))}`);
const folder = mkdtempSync(join(tmpdir(), 'licensehub-dashboard-'));
try {
  writeFileSync(join(folder, 'dashboard-queries.yml'), `groups:\n  - name: dashboard\n    rules:\n${rules.join('\n')}\n`);
  promtool(['check', 'rules', join(folder, 'dashboard-queries.yml')]);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
// Every metric a dashboard query or alert names is one the server exposes, or one still to come
// from the lead's hot-path metrics (names agreed in issue 12).
const exposed = new Set([...metrics.matchAll(/^# TYPE (\S+) (\S+)$/gm)].flatMap(([, name, type]) => (type === 'histogram' ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name])));
const expected = new Set(['up', 'licensehub_check_decisions_total', 'licensehub_entitlement_index_age_seconds', 'licensehub_entitlement_index_last_sync_timestamp_seconds']);
const named = [...exprs, readFileSync('monitoring/alerts.yml', 'utf8')].flatMap((text) => [...text.matchAll(/\b(licensehub_[a-z0-9_]+|up)\b/g)].map((m) => m[1]));
const unknown = [...new Set(named)].filter((name) => !exposed.has(name) && !expected.has(name));
if (unknown.length) throw new Error(`monitoring names metrics the server does not expose: ${unknown.join(', ')}`);
process.stdout.write(`dashboard: ${exprs.length} queries parse; alerts and dashboard name only exposed metrics\n`);
