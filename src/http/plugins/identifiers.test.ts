import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../test/support/testApp.js';

/**
 * One identifier per resource (README → Identifiers): every resource answers with its GUID `id`, readable
 * keys have their own names (`offerKey`, `planKey`, `slug`), and a field or parameter named `offerId` or
 * `planId` always holds a GUID. Checked over the whole OpenAPI document, requests and answers alike, so a
 * new route cannot bring the old mix back.
 */
let t: TestApp;
type Json = Record<string, any>;
let document: Json;

before(async () => {
  t = await createTestApp();
  document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
});
after(() => t.close());

const deref = (schema: Json): Json => {
  let s = schema;
  while (s && typeof s.$ref === 'string') s = document.components.schemas[s.$ref.replace('#/components/schemas/', '')];
  return s;
};

/** Every object schema in the document (components, bodies, answers), each once, with where it was found and whether it is a request body. */
function objectSchemas(): { where: string; schema: Json; request: boolean }[] {
  const found: { where: string; schema: Json; request: boolean }[] = [];
  const seen = new Set<Json>();
  const walk = (node: unknown, where: string, request: boolean) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`, request));
    const schema = deref(node as Json);
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    if (schema.properties) found.push({ where, schema, request });
    for (const [key, value] of Object.entries(schema)) if (key !== 'properties') walk(value, `${where}.${key}`, request);
    for (const [name, value] of Object.entries<Json>(schema.properties ?? {})) walk(value, `${where}.${name}`, request);
  };
  // Components named *Input are request bodies (fastify-type-provider-zod names them so).
  for (const [name, schema] of Object.entries<Json>(document.components.schemas)) walk(schema, name, name.endsWith('Input'));
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      walk(op.requestBody, `${method.toUpperCase()} ${path} body`, true);
      walk(op.responses, `${method.toUpperCase()} ${path}`, false);
    }
  }
  return found;
}

const formatOf = (schema: Json): string | undefined => {
  const s = deref(schema);
  return s?.format ?? (s?.anyOf ?? s?.oneOf)?.map(deref).find((x: Json) => x?.format)?.format;
};

test('a field named offerId or planId holds a GUID (format uuid) everywhere in the document', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const { where, schema } of objectSchemas()) {
    for (const name of ['offerId', 'planId']) {
      if (!schema.properties[name]) continue;
      checked++;
      if (formatOf(schema.properties[name]) !== 'uuid') wrong.push(`${where}.${name}`);
    }
  }
  assert.ok(checked > 10, `found ${checked} offerId/planId fields`);
  assert.deepEqual(wrong, []);
});

test('a readable key sits beside the GUID of the same resource', () => {
  const wrong: string[] = [];
  for (const { where, schema, request } of objectSchemas()) {
    if (request) continue; // a body may name a resource by its key alone
    const p = schema.properties;
    if (p.offerKey && formatOf(p.id ?? {}) !== 'uuid' && formatOf(p.offerId ?? {}) !== 'uuid') wrong.push(`${where}: offerKey without id/offerId`);
    if (p.planKey && formatOf(p.id ?? {}) !== 'uuid' && formatOf(p.planId ?? {}) !== 'uuid') wrong.push(`${where}: planKey without id/planId`);
    if (p.slug && formatOf(p.id ?? {}) !== 'uuid') wrong.push(`${where}: slug without id`);
  }
  assert.deepEqual(wrong, []);
});

test('every answer field named id is a GUID', () => {
  const wrong: string[] = [];
  for (const { where, schema, request } of objectSchemas()) {
    if (request || !schema.properties.id) continue;
    // Not resources: the fixed vocabulary of marketplace categories, the audit log's sequence numbers and CloudEvents' own ids.
    if (/[Cc]ategor|\.categories|AuditEvent|audit|CloudEvent|events/.test(where)) continue;
    if (formatOf(schema.properties.id) !== 'uuid') wrong.push(`${where}.id`);
  }
  assert.deepEqual(wrong, []);
});

test('offers, plans, deals, leads, listings and products answer with their GUID', () => {
  const schemas = document.components.schemas as Json;
  for (const name of ['Offer', 'Plan', 'Deal', 'LeadSummary', 'Lead', 'Listing', 'OfferCard']) {
    assert.ok(schemas[name], `component ${name}`);
    assert.equal(formatOf(schemas[name].properties.id ?? {}), 'uuid', `${name}.id`);
  }
  assert.equal(formatOf(schemas.Product.properties.planId), 'uuid', 'Product.planId: the product is the plan');
  assert.ok(schemas.Offer.properties.offerKey && !schemas.Offer.properties.offerId, 'Offer: offerKey, no offerId');
  assert.ok(schemas.Plan.properties.planKey && !schemas.Plan.properties.planId, 'Plan: planKey, no planId');
});

test('a path or query parameter named offerId or planId takes the GUID; partner offer and plan routes also document the key', () => {
  const wrong: string[] = [];
  let keyed = 0;
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      for (const param of (op.parameters ?? []) as Json[]) {
        if (param.name !== 'offerId' && param.name !== 'planId') continue;
        const where = `${method.toUpperCase()} ${path} ${param.in} ${param.name}`;
        const schema = deref(param.schema);
        if (schema.format === 'uuid') continue;
        // The documented exception: the partner offer and plan routes accept the GUID or the readable key.
        const pattern = new RegExp(schema.pattern ?? '^$');
        const guidAccepted = pattern.test('0f8fad5b-d9cb-469f-a165-70867728950e');
        const described = /GUID/.test(param.description ?? schema.description ?? '') && /Key/.test(param.description ?? schema.description ?? '');
        if (path.startsWith('/api/v1/tenants/{tenantId}/partner/') && guidAccepted && described) keyed++;
        else wrong.push(where);
      }
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(keyed > 10, `${keyed} partner parameters take the GUID or the key`);
});
