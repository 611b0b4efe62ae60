import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';

interface ImportAnswer {
  dryRun: boolean;
  created: { line: number; id: string | null; userPrincipalName: string }[];
  rejected: { line: number; userPrincipalName: string | null; errors: string[] }[];
}

/**
 * A dry run must fail exactly where the real run would: every file below is
 * sent as a dry run and then for real, and the two answers must list the same
 * rows, the real one with the users it created and never a 500.
 */
describe('user import: the dry run runs the checks of the real run', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  let existing: { userPrincipalName: string };

  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
    existing = await createUser(tenant);
  });
  after(() => t.close());

  const send = (csv: string | Buffer, dryRun: boolean) =>
    tenant.admin.request({ method: 'POST', url: `/api/v1/tenants/${tenant.id}/users/import?dryRun=${dryRun}`, headers: { 'content-type': 'text/csv' }, payload: csv });

  const files = (): [string, string | Buffer][] => {
    const d = tenant.domain;
    const upper = existing.userPrincipalName.toUpperCase().replace(d.toUpperCase(), d);
    return [
      ['a name repeated in the file', `UPN,Name\nrep1@${d},A\nrep1@${d},B\n`],
      ['names differing only in case', `UPN,Name\ncase1@${d},A\nCASE1@${d},B\nCase2@${d},C\n`],
      ['a row that is an existing user, in another case', `UPN,Name\n${upper},Again\nfresh1@${d},Fresh\n`],
      ["the tenant's admin", `UPN,Name\nADMIN@${d},Admin again\nfresh2@${d},Fresh\n`],
      ['a NUL byte in a display name', `UPN,Name\nnul1@${d},Ana\u0000Lyst\nnul2@${d},Fine\n`],
      ['a NUL byte in a user principal name and a country', `UPN,Name,Country\nnul\u00003@${d},A,US\nnul4@${d},B,U\u0000\n`],
      ['over-long values', `UPN,Name\n${'l'.repeat(120)}@${d},A\nlong2@${d},${'n'.repeat(257)}\nlong3@${d},${'n'.repeat(256)}\n`],
      ['control characters and a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`UPN,Name\nctl1@${d},"Tab\there"\nctl2@${d},"Bell\u0007"\n`)])],
      ['another domain', `UPN,Name\nx@other.example,X\nok9@${d},Ok\n`],
    ];
  };

  test('every file: the dry run and the real run answer the same rows', async () => {
    for (const [what, csv] of files()) {
      const dry = await send(csv, true);
      assert.equal(dry.statusCode, 200, `${what}: dry run answered ${dry.statusCode} ${dry.body}`);
      const real = await send(csv, false);
      assert.equal(real.statusCode, 200, `${what}: real run answered ${real.statusCode} ${real.body}`);
      const [dryAnswer, realAnswer] = [dry.json<ImportAnswer>(), real.json<ImportAnswer>()];
      assert.deepEqual(realAnswer.rejected, dryAnswer.rejected, what);
      assert.deepEqual(
        realAnswer.created.map((c) => [c.line, c.userPrincipalName]),
        dryAnswer.created.map((c) => [c.line, c.userPrincipalName]),
        what,
      );
      assert.ok(realAnswer.created.every((c) => c.id !== null));
      // Sent again, every created row is now an existing user, in the dry run as in the real run.
      const again = (await send(csv, true)).json<ImportAnswer>();
      assert.equal(again.created.length, 0, `${what}: ${JSON.stringify(again.created)}`);
    }
  });

  test('a NUL byte is refused at its row, naming the field', async () => {
    const answer = (await send(`UPN,Name\nnul5@${tenant.domain},Ana\u0000Lyst\n`, true)).json<ImportAnswer>();
    assert.deepEqual(answer.rejected, [{ line: 2, userPrincipalName: `nul5@${tenant.domain}`, errors: ['Display name must not contain the NUL character (\\u0000)'] }]);
  });

  test('the same file imported twice at the same moment creates its users once, and neither answer is a 500', async () => {
    for (let round = 0; round < 5; round++) {
      const csv = `UPN,Name\nrace${round}a@${tenant.domain},A\nrace${round}b@${tenant.domain},B\n`;
      const answers = await Promise.all([send(csv, false), send(csv, false)]);
      for (const answer of answers) assert.ok([200, 409].includes(answer.statusCode), `answered ${answer.statusCode} ${answer.body}`);
      const created = answers.filter((a) => a.statusCode === 200).flatMap((a) => a.json<ImportAnswer>().created);
      assert.deepEqual(created.map((c) => c.userPrincipalName).sort(), [`race${round}a@${tenant.domain}`, `race${round}b@${tenant.domain}`]);
      const conflict = answers.find((a) => a.statusCode === 409);
      if (conflict) assert.match(conflict.json().detail, /created by someone else at the same moment; run the import again/);
    }
  });
});
