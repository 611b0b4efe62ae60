import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './main.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/solution-gold-silver-bronze/', import.meta.url));

async function cli(cwd: string, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: { write: (t) => void (stdout += t) }, stderr: { write: (t) => void (stderr += t) } });
  return { code, stdout, stderr };
}

test('the example license.json is exactly what add-license makes of the example CSVs', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'licensehub-example-'));
  try {
    await cp(EXAMPLE, copy, { recursive: true });
    await rm(join(copy, 'license.json'));
    const result = await cli(copy, ['solution', 'add-license', '--plan-definitions', 'plans.csv', '--plan-mapping', 'mapping.csv']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(await readFile(join(copy, 'license.json'), 'utf8'), await readFile(join(EXAMPLE, 'license.json'), 'utf8'));
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});

test('the example has Russian doll plans and a free app module, and passes the freemium check', async () => {
  const license = JSON.parse(await readFile(join(EXAMPLE, 'license.json'), 'utf8')) as { mappings: { serviceId: string; appModule: string }[] };
  const appsOf = (plan: string) => license.mappings.filter((m) => m.serviceId === `fabrikam.fieldops.${plan}`).map((m) => m.appModule);
  assert.deepEqual(appsOf('gold'), ['fab_fieldops_gold', 'fab_fieldops_silver', 'fab_fieldops_bronze']);
  assert.deepEqual(appsOf('silver'), ['fab_fieldops_silver', 'fab_fieldops_bronze']);
  assert.deepEqual(appsOf('bronze'), ['fab_fieldops_bronze']);
  assert.ok(!license.mappings.some((m) => m.appModule === 'fab_fieldops_viewer'));

  const offerPlans = ['gold', 'silver', 'bronze'].map((plan) => `fabrikam.fieldops.${plan}`).join(',');
  const result = await cli(EXAMPLE, ['solution', 'check', '.', '--freemium', '--publisher', 'fabrikam', '--offer-plans', offerPlans]);
  assert.equal(result.code, 0, result.stdout);
  assert.match(result.stdout, /valid \(0 errors, 0 warnings\)/);
});
