import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/support/testApp.js';
import { POLICIES, type Action } from '../../policies/index.js';

/** The OpenAPI document is the contract the web app, the CLI and integrators are generated from: every operation must say all of it. */
let t: TestApp;
type Json = Record<string, any>;
let document: Json;
const operations: { method: string; path: string; op: Json }[] = [];

before(async () => {
  t = await createTestApp();
  document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) operations.push({ method, path, op });
  }
});
after(() => t.close());

test('every route under /api is an operation of the document', () => {
  const documented = new Set(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`));
  const routes = t.app.routeCatalog.filter((r) => r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
  assert.ok(routes.length > 100);
  assert.deepEqual(routes.filter((r) => !documented.has(r)), []);
});

test('every operation has a unique camelCase operationId, tags and a summary', () => {
  const seen = new Map<string, string>();
  for (const { method, path, op } of operations) {
    const where = `${method.toUpperCase()} ${path}`;
    assert.match(op.operationId ?? '', /^[a-z][A-Za-z0-9]+$/, `${where}: operationId`);
    assert.equal(seen.get(op.operationId), undefined, `${where}: operationId ${op.operationId} is also ${seen.get(op.operationId)}`);
    seen.set(op.operationId, where);
    assert.ok(Array.isArray(op.tags) && op.tags.length > 0, `${where}: tags`);
    assert.ok(typeof op.summary === 'string' && op.summary.length > 3, `${where}: summary`);
  }
});

test('security and scopes come from the route access the server enforces', () => {
  const byRoute = new Map(t.app.routeCatalog.map((r) => [`${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`, r.access]));
  for (const { method, path, op } of operations) {
    const where = `${method.toUpperCase()} ${path}`;
    const access = byRoute.get(where);
    assert.ok(access, `${where}: no declared access`);
    assert.ok(Array.isArray(op.security), `${where}: security`);
    if (access === 'public') {
      assert.deepEqual(op.security, [], `${where}: public routes are unsecured`);
      continue;
    }
    assert.ok(op.security.length > 0, `${where}: secured`);
    assert.match(op.description ?? '', /\*\*Access:\*\*/, `${where}: access in the description`);
    if (access in POLICIES) {
      const policy = POLICIES[access as Action];
      assert.deepEqual(op['x-required-scopes'], [policy.scope], `${where}: x-required-scopes`);
      assert.equal(op['x-required-action'], access);
      assert.deepEqual(op.security[0], { apiToken: [policy.scope] });
      assert.ok(op.description.includes(policy.scope), `${where}: the scope in the description`);
      assert.ok(op.responses['403'], `${where}: 403`);
    }
    assert.ok(op.responses['401'], `${where}: 401`);
  }
  const signIn = operations.find((o) => o.op.operationId === 'signIn')!;
  assert.deepEqual(signIn.op.security, []);
  const registerDeal = operations.find((o) => o.op.operationId === 'registerDeal')!;
  assert.deepEqual(registerDeal.op['x-required-scopes'], ['partner.write']);
});

// Refusals that list what was wrong inside what was sent, typed per operation.
const REFUSALS: Record<string, Record<string, { schema: string; item: string }>> = {
  importUsers: { '400': { schema: 'CsvFileRefusal', item: 'CsvProblem' } },
  assignLicensesFromCsv: { '400': { schema: 'CsvFileRefusal', item: 'CsvProblem' } },
  uploadPackage: { '422': { schema: 'PackageRefusal', item: 'PackageProblem' } },
  publishOffer: { '422': { schema: 'PublishRefusal', item: 'PublishProblem' } },
};

test("errors are application/problem+json with the named Problem schema (Graph errors as Graph's application/json)", () => {
  assert.equal(document.components.schemas.Problem.type, 'object');
  assert.ok(document.components.schemas.Problem.properties.errors);
  assert.ok(document.components.schemas.GraphError);
  for (const { method, path, op } of operations) {
    const where = `${method.toUpperCase()} ${path}`;
    const errors = Object.entries<Json>(op.responses).filter(([status]) => /^[45]/.test(status));
    assert.ok(errors.some(([status]) => status.startsWith('4')), `${where}: a 4xx answer`);
    for (const [status, response] of errors) {
      const named = REFUSALS[op.operationId]?.[status]?.schema ?? 'Problem';
      const expected = path.startsWith('/api/graph')
        ? { 'application/json': { schema: { $ref: '#/components/schemas/GraphError' } } }
        : { 'application/problem+json': { schema: { $ref: `#/components/schemas/${named}` } } };
      assert.deepEqual(response.content, expected, `${where} ${status}`);
    }
    if (op.parameters?.length || op.requestBody) assert.ok(op.responses['400'], `${where}: 400 for bad input`);
  }
});

test('refusals that list problems are Problems with a typed `problems` array', () => {
  const problem = document.components.schemas.Problem;
  for (const [operationId, byStatus] of Object.entries(REFUSALS)) {
    for (const [status, { schema, item }] of Object.entries(byStatus)) {
      const refusal = document.components.schemas[schema];
      assert.ok(refusal, `${operationId} ${status}: ${schema} is in the document`);
      assert.deepEqual(refusal.required, problem.required, `${schema} requires what a Problem requires`);
      for (const name of Object.keys(problem.properties)) assert.deepEqual(refusal.properties[name], problem.properties[name], `${schema}.${name}`);
      assert.deepEqual(refusal.properties.problems.items, { $ref: `#/components/schemas/${item}` }, `${schema}.problems`);
      assert.ok(document.components.schemas[item].required.includes('message'), `${item} has a message`);
    }
  }
});

test('file bodies and answers are declared with their media types', () => {
  const find = (id: string) => operations.find((o) => o.op.operationId === id)!.op;
  assert.ok(find('uploadPackage').requestBody.content['multipart/form-data'].schema.properties.file);
  assert.ok(find('uploadPackage').requestBody.content['application/zip']);
  assert.ok(find('importUsers').requestBody.content['text/csv']);
  assert.ok(find('assignLicensesFromCsv').requestBody.content['text/csv']);
  assert.ok(find('setOfferLogo').requestBody.content['image/png']);
  assert.ok(find('downloadPackage').responses['200'].content['application/zip']);
  assert.ok(find('exportLeads').responses['200'].content['text/csv']);
});

test('formats: GUIDs are uuid, dates date or date-time, addresses email or uri', () => {
  const text = JSON.stringify(document);
  const getDeal = operations.find((o) => o.op.operationId === 'getDeal')!.op;
  assert.equal(getDeal.parameters.find((p: Json) => p.name === 'dealId').schema.format, 'uuid');
  for (const format of ['"format":"date"', '"format":"date-time"', '"format":"email"', '"format":"uri"']) assert.ok(text.includes(format), format);
});

test('the examples of the main operations are valid requests and answers', async () => {
  const { EXAMPLES } = await import('../common/components.js');
  const { createUserBody } = await import('../admin/users/schema.js');
  const { assignBody } = await import('../admin/licenses/schema.js');
  const { registerDealBody } = await import('../partner/deals/schema.js');
  const { checkRequest, checkResult } = await import('../runtime/check/schema.js');
  const { signInBody } = await import('../auth/schema.js');
  const { createOfferBody } = await import('../partner/offers/schema.js');
  const schemas = { CreateUser: createUserBody, AssignLicenses: assignBody, RegisterDeal: registerDealBody, LicenseCheck: checkRequest, LicenseCheckResult: checkResult, SignIn: signInBody, CreateOffer: createOfferBody };
  for (const [id, schema] of Object.entries(schemas)) {
    for (const example of EXAMPLES[id] ?? []) {
      const parsed = schema.safeParse(example);
      assert.ok(parsed.success, `${id}: ${parsed.error?.message}`);
    }
  }
  const registerDeal = operations.find((o) => o.op.operationId === 'registerDeal')!.op;
  assert.deepEqual(registerDeal.requestBody.content['application/json'].schema, { $ref: '#/components/schemas/RegisterDealInput' });
  assert.ok(document.components.schemas.RegisterDealInput.examples.length > 0);
});
