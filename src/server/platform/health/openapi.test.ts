import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { importAdoptedPlan } from '../../testing/monitoring-test-kit.js';

/**
 * /api/openapi.json is what client generators and API users read: it must resolve, validate, lint
 * clean, and say what the routes really accept and answer.
 */
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
type Operation = { operationId?: string; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, { content?: Record<string, { schema: unknown }> }> };

const redoclyConfigPath = fileURLToPath(new URL('../../../../redocly.yaml', import.meta.url));
const methods = ['get', 'put', 'post', 'delete', 'patch'];

let t: TestApp;
let source: string;
let doc: Doc;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  source = res.body;
  doc = JSON.parse(source) as Doc;
});
afterAll(() => t.close());

const operations = () => Object.entries(doc.paths).flatMap(([path, item]) => methods.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method]! })));

describe('the OpenAPI document', () => {
  it('has every $ref resolve to a schema it holds', () => {
    const refs = [...new Set([...source.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!))];
    expect(refs.length).toBeGreaterThan(50);
    const missing = refs.filter((ref) => !ref.startsWith('#/components/schemas/') || !(decodeURIComponent(ref.slice('#/components/schemas/'.length)) in doc.components.schemas));
    expect(missing).toEqual([]);
  });

  it('validates and dereferences with swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    const dereferenced = (await SwaggerParser.dereference(structuredClone(doc) as never)) as unknown as Doc;
    expect(JSON.stringify(dereferenced.paths['/api/plans/{planId}/actuals']!.post!.requestBody)).not.toContain('$ref');
  });

  it('lints clean with the recommended Redocly rules and the committed exceptions', async () => {
    const config = await loadConfig({ configPath: redoclyConfigPath });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`)).toEqual([]);
  });

  it('gives each operation a unique operationId and documents a 4XX everywhere but the two status reads', () => {
    const all = operations();
    expect(new Set(all.map((o) => o.operation.operationId)).size).toBe(all.length);
    const without4xx = all.filter((o) => !Object.keys(o.operation.responses).some((code) => code.startsWith('4'))).map((o) => `${o.method} ${o.path}`);
    expect(without4xx.sort()).toEqual(['get /api/health', 'get /api/setup']);
  });

  it('documents the bulk actuals as the array of rows the route takes', async () => {
    const dereferenced = (await SwaggerParser.dereference(structuredClone(doc) as never)) as unknown as Doc;
    const schema = dereferenced.paths['/api/plans/{planId}/actuals']!.post!.requestBody!.content['application/json']!.schema as { type: string; items: { type: string; required: string[] } };
    expect(schema.type).toBe('array');
    expect(schema.items).toMatchObject({ type: 'object', required: ['measure_key', 'period', 'value'] });
  });
});

describe('real requests and answers against the document', () => {
  // Each route's schemas are compiled by reference into the document, so shared components
  // (and any recursive ones) are checked exactly as written.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  let added = false;
  const pointer = (...parts: string[]) => parts.map((p) => encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');
  const validatorFor = (path: string, method: string, ...at: string[]) => {
    if (!added) {
      ajv.addSchema({ $id: 'openapi.json', paths: doc.paths, components: doc.components });
      added = true;
    }
    const operation = doc.paths[path]?.[method];
    expect(operation, `${method} ${path} is documented`).toBeTruthy();
    let node: unknown = operation;
    for (const part of at) node = (node as Record<string, unknown>)[part];
    expect(node, `${method} ${path} ${at.join(' ')}`).toBeTruthy();
    // Referenced inside the document, so its "#/components/..." refs resolve there.
    return ajv.compile({ $ref: `openapi.json#/${pointer('paths', path, method, ...at)}` });
  };
  const requestValidator = (path: string, method: string) => validatorFor(path, method, 'requestBody', 'content', 'application/json', 'schema');
  const responseValidator = (path: string, method: string, status: number) => validatorFor(path, method, 'responses', String(status), 'content', 'application/json', 'schema');

  function expectValid(validate: ReturnType<typeof validatorFor>, value: unknown, what: string) {
    const ok = validate(value);
    expect(ok, `${what}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }

  let districtId: string;
  let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
  let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
  let planId: string;
  beforeAll(async () => {
    districtId = (await t.factories.organization({ name: 'Cedar Falls Schools' })).id;
    planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
    planId = await importAdoptedPlan(t, districtId, planner);
  });

  it('POST /api/plans/{planId}/actuals: the array the document describes is taken, an object is refused by both', async () => {
    const path = '/api/plans/{planId}/actuals';
    const rows = [{ measure_key: 'G1.M1', period: '2020-21', value: 44, n: 120 }];
    expectValid(requestValidator(path, 'post'), rows, 'request');
    const res = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/actuals`, headers: planner.auth, payload: rows });
    expect(res.statusCode, res.body).toBe(200);
    expectValid(responseValidator(path, 'post', 200), json(res), '200 answer');

    const single = rows[0]!;
    expect(requestValidator(path, 'post')(single)).toBe(false);
    const refused = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/actuals`, headers: planner.auth, payload: single });
    expect(refused.statusCode).toBe(400);
    expectValid(responseValidator(path, 'post', 400), json(refused), '400 answer');
  });

  it('GET and PUT /api/districts/{districtId}/monitoring/settings', async () => {
    const path = '/api/districts/{districtId}/monitoring/settings';
    const read = await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/monitoring/settings`, headers: viewer.auth });
    expectValid(responseValidator(path, 'get', 200), json(read), 'GET answer');
    const body = { ...json<Record<string, unknown>>(read), measureDueDays: 20 };
    expectValid(requestValidator(path, 'put'), body, 'request');
    const saved = await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/monitoring/settings`, headers: planner.auth, payload: body });
    expect(saved.statusCode, saved.body).toBe(200);
    expectValid(responseValidator(path, 'put', 200), json(saved), 'PUT answer');
    const extra = { ...body, version: 1, colour: 'blue' };
    expect(requestValidator(path, 'put')(extra)).toBe(false);
    expect((await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/monitoring/settings`, headers: planner.auth, payload: extra })).statusCode).toBe(400);
  });

  it('GET /api/districts/{districtId}/monitoring/people, for a manager and for a viewer', async () => {
    const validate = responseValidator('/api/districts/{districtId}/monitoring/people', 'get', 200);
    for (const person of [planner, viewer]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/monitoring/people`, headers: person.auth });
      expectValid(validate, json(res), 'answer');
    }
  });

  it('POST and PATCH a Data Wise tracker', async () => {
    const started = { strategyKey: 'G1.S1', title: 'Tutoring data', team: 'Coaches' };
    expectValid(requestValidator('/api/plans/{planId}/data-wise', 'post'), started, 'request');
    const res = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/data-wise`, headers: planner.auth, payload: started });
    expect(res.statusCode, res.body).toBe(201);
    expectValid(responseValidator('/api/plans/{planId}/data-wise', 'post', 201), json(res), '201 answer');
    const step = { version: 1, status: 'in_progress', notes: 'Norms' };
    expectValid(requestValidator('/api/plans/{planId}/data-wise/{trackerId}/steps/{number}', 'patch'), step, 'step request');
    const changed = await t.app.inject({ method: 'PATCH', url: `/api/plans/${planId}/data-wise/${json<{ id: string }>(res).id}/steps/1`, headers: planner.auth, payload: step });
    expectValid(responseValidator('/api/plans/{planId}/data-wise/{trackerId}/steps/{number}', 'patch', 200), json(changed), 'step answer');
  });

  it('GET /api/auth/session and GET /api/plans/{planId}/scorecard', async () => {
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: planner.auth });
    expectValid(responseValidator('/api/auth/session', 'get', 200), json(session), 'session');
    const scorecard = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard`, headers: viewer.auth });
    expect(scorecard.statusCode, scorecard.body).toBe(200);
    expectValid(responseValidator('/api/plans/{planId}/scorecard', 'get', 200), json(scorecard), 'scorecard');
  });
});
