import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';
import { seedDistrict, type SeededDistrict } from '../testing/seeded-district.js';
import { arbitraryFor, bodyFor, hostileValue, type JsonSchema, type SchemaContext } from '../testing/json-schema-arbitrary.js';
import { changedTables, dataFingerprint } from '../testing/data-fingerprint.js';

/**
 * Random bodies to every write route of the OpenAPI document, as a district administrator (also an
 * operator) with real ids, so they reach the use-cases: no answer is a 5xx, every 400 names its
 * field, and a refused request stores nothing. Fixed seed and a few bodies per route keep it
 * repeatable and well under a minute; a failure prints the route and body to replay.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const BODIES_PER_ROUTE = Number(process.env.FUZZ_BODIES ?? 5);
// Routes that end the caller's own sign-in would blind the rest of the run; the sign-in suites cover them.
const SKIPPED = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-out-everywhere']);
const SIGN_IN_ROUTES = new Set(['POST /api/auth/sign-in']);
// Rows a refused request may rightly write: a token's last use, sign-in attempt counters.
const IGNORED_TABLES = new Set(['api_tokens', 'sessions', 'sign_in_attempts', 'kysely_migration', 'kysely_migration_lock']);

interface Operation {
  method: string;
  path: string;
  body?: JsonSchema;
  query: Array<{ name: string; required: boolean; schema: JsonSchema }>;
}

interface Finding {
  route: string;
  body: string;
  problem: string;
}

let t: TestApp;
let seeded: SeededDistrict;
let operations: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedDistrict(t);
  const document = json(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
  operations = writeOperations(document).filter((op) => !SKIPPED.has(`${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`));
  const ids = Object.values(seeded.params).filter((value) => /^[0-9a-f-]{36}$/.test(value));
  context = { ids, resolve: (ref) => refTarget(document, ref) };
}, 120_000);
afterAll(() => t?.close());

let context: SchemaContext;

function writeOperations(document: any): Operation[] {
  const found: Operation[] = [];
  for (const [path, item] of Object.entries<any>(document.paths ?? {})) {
    for (const method of ['post', 'put', 'patch', 'delete']) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])] as any[];
      found.push({
        method: method.toUpperCase(),
        path,
        body: operation.requestBody?.content?.['application/json']?.schema,
        query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: Boolean(p.required), schema: p.schema ?? {} })),
      });
    }
  }
  // Deletions last, so the records other routes name are still there when those routes are tried.
  return found.sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
}

function refTarget(document: any, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#/')) return undefined;
  return ref.slice(2).split('/').reduce<any>((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

function urlOf(op: Operation, query: Record<string, unknown>): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(seeded.params[name] ?? '00000000-0000-4000-8000-000000000000'));
  const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  return search.size ? `${path}?${search}` : path;
}

function requestsFor(op: Operation, seed: number): Array<{ url: string; payload: unknown }> {
  const queryModel = Object.fromEntries(op.query.map((q) => [q.name, arbitraryFor(q.schema, context)]));
  const query = fc.record(queryModel, { requiredKeys: op.query.filter((q) => q.required).map((q) => q.name) });
  const body = op.body ? bodyFor(op.body, context) : hostileValue;
  return fc.sample(fc.tuple(query, body), { seed, numRuns: BODIES_PER_ROUTE }).map(([q, payload]) => ({ url: urlOf(op, q), payload }));
}

// The documented whole-body refusals: the body parser's (not JSON, a forbidden "__proto__" or
// "constructor.prototype" key, a wrong content type) and the upload routes' (not the file they take).
const WHOLE_BODY_MESSAGES = [/^Body is not valid JSON/, /^Unsupported Media Type/, /^Send the \w+ as the body/];
const WHOLE_FILE_ISSUES = new Set(['unsupported_file_type', 'file_too_large', 'file_required', 'unreadable_workbook']);

/** A 400 either names its fields or is one of the documented whole-body refusals. */
function unnamedRefusal(body: any): string | null {
  const details = body?.error?.details;
  if (!Array.isArray(details)) return 'the error has no details array';
  if (details.length === 0) {
    return WHOLE_BODY_MESSAGES.some((pattern) => pattern.test(body.error.message)) ? null : `400 ${body.error.code} names no field: ${body.error.message}`;
  }
  // "" is the JSON pointer of a whole uploaded file or plan document (a number sent as the document).
  const wholeFile = (detail: any) => detail.path === '' && (WHOLE_FILE_ISSUES.has(detail.code) || body.error.code === 'invalid_plan');
  const unnamed = details.find((detail: any) => typeof detail.path !== 'string' || (detail.path === '' && !wholeFile(detail)));
  return unnamed ? `a detail has no path: ${JSON.stringify(unnamed)}` : null;
}

const seedOf = (key: string) => [...key].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, SEED);

describe('fuzzing every write route', () => {
  it('has a fingerprint that sees a stored change (else "stores nothing" would prove nothing)', async () => {
    const before = await dataFingerprint(t.ctx.db, IGNORED_TABLES);
    const res = await t.app.inject({ method: 'POST', url: `/api/districts/${seeded.districtId}/plans`, headers: seeded.admin.auth, payload: { title: 'Fingerprint check' } });
    expect(res.statusCode).toBe(201);
    expect(changedTables(before, await dataFingerprint(t.ctx.db, IGNORED_TABLES))).toContain('plans');
  });


  it('answers every random body without a 5xx, names the field of every 400, stores nothing when refusing', async () => {
    const findings: Finding[] = [];
    const statuses = new Map<number, number>();
    const unauthenticated = new Set<string>();
    let before = await dataFingerprint(t.ctx.db, IGNORED_TABLES);
    for (const op of operations) {
      const route = `${op.method} ${op.path}`;
      for (const { url, payload } of requestsFor(op, seedOf(route))) {
        const res = await t.app.inject({ method: op.method as 'POST', url, headers: seeded.admin.auth, payload: payload as object });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode === 401) unauthenticated.add(route);
        if (process.env.FUZZ_DEBUG) console.log(res.statusCode, route, res.statusCode === 400 ? res.body.slice(0, 160) : '');
        const report = (problem: string) => findings.push({ route: `${op.method} ${url}`, body: JSON.stringify(payload)?.slice(0, 300) ?? 'undefined', problem });
        if (res.statusCode >= 500) report(`answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
        if (res.statusCode === 400) {
          const problem = unnamedRefusal(json(res));
          if (problem) report(problem);
        }
        const after = await dataFingerprint(t.ctx.db, IGNORED_TABLES);
        if (res.statusCode >= 400) {
          const changed = changedTables(before, after);
          if (changed.length) report(`refused with ${res.statusCode} yet changed ${changed.join(', ')}`);
        }
        before = after;
      }
    }
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    // The run proves something only if it got past the door: the caller stayed signed in throughout
    // (a wrong password to the public sign-in route is a 401 about that password, not about the caller).
    expect([...unauthenticated].filter((route) => !SIGN_IN_ROUTES.has(route))).toEqual([]);
    expect(statuses.get(201) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(0);
    expect(operations.length).toBeGreaterThan(60);
  }, 120_000);
});
