import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../store/database.js';
import { createTestDatabase } from '../../../test/support/testDatabase.js';
import { databaseProblem } from './databaseProblems.js';

let database: DatabaseHandle;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

/** The error the database itself raises for a statement (PGlite or PostgreSQL, whichever the suite runs on). */
async function errorOf(statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await statement.execute(database.db);
  } catch (error) {
    return error;
  }
  throw new Error('the statement succeeded');
}

test("the database's refusals of bad data are 4xx problems, never 500", async () => {
  const cases: [ReturnType<typeof sql>, number, RegExp][] = [
    [sql`select ${'a\u0000b'}::text`, 400, /cannot be stored/],
    [sql`select 'not-a-guid'::uuid`, 400, /cannot be stored/],
    [sql`select 99999999999::integer`, 400, /cannot be stored/],
    [sql`insert into tenants (id, display_name, primary_domain, country) values (gen_random_uuid(), 'x', 'x.example', 'USA')`, 400, /too long/],
    [sql`insert into tenants (id, display_name, primary_domain, country) values (gen_random_uuid(), null, 'y.example', 'US')`, 400, /required value is missing/],
    [sql`insert into tenants (id, display_name, primary_domain, country, kind) values (gen_random_uuid(), 'x', 'z.example', 'US', 'alien')`, 400, /not allowed/],
    [sql`insert into users (id, tenant_id, user_principal_name, display_name) values (gen_random_uuid(), gen_random_uuid(), 'a@b.example', 'A')`, 409, /refers to/],
  ];
  for (const [statement, status, detail] of cases) {
    const problem = databaseProblem(await errorOf(statement));
    assert.ok(problem, `${statement.compile(database.db).sql} was not mapped`);
    assert.equal(problem.status, status, statement.compile(database.db).sql);
    assert.match(String(problem.detail), detail);
  }
});

test('a unique violation is a 409', async () => {
  await sql`insert into tenants (id, display_name, primary_domain, country) values (gen_random_uuid(), 'x', 'dup.example', 'US')`.execute(database.db);
  const problem = databaseProblem(await errorOf(sql`insert into tenants (id, display_name, primary_domain, country) values (gen_random_uuid(), 'x', 'DUP.example', 'US')`));
  assert.equal(problem?.status, 409);
});

test('errors that are not about the data stay 500s', async () => {
  assert.equal(databaseProblem(await errorOf(sql`select * from no_such_table`)), null);
  assert.equal(databaseProblem(new Error('boom')), null);
  assert.equal(databaseProblem(Object.assign(new Error('pipe'), { code: 'EPIPE' })), null);
});
