import fc from 'fast-check';

/**
 * fast-check arbitraries for request bodies, from the JSON Schema the OpenAPI document gives each
 * route. Mostly near-valid values (so requests get past the first check and reach the use-case),
 * mixed with what an attacker or a broken client sends: NUL and lone surrogates, huge numbers,
 * wrong types, extra keys, deep nesting. Sizes are bounded so a run stays fast.
 */
export type JsonSchema = Record<string, any>;

export const hostileStrings = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'lone \uDFFF low',
  '',
  '   ',
  'x'.repeat(20_001),
  '😀 𝄞 ünïcödé',
  '<script>alert(1)</script>',
  "'; drop table plans; --",
  '{{recipient_name}}',
  '2026-02-30',
  '99999-01-01',
  '00000000-0000-0000-0000-000000000000',
];
export const hostileNumbers = [0, -1, 0.5, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 2 ** 63, 1e-320, 123456789012345];

const nested = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { a: nested(depth - 1, leaf) });
const nestedArray = (depth: number): unknown => (depth === 0 ? [] : [nestedArray(depth - 1)]);

/** Any JSON value that no schema expects, including deep nesting and hostile keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom<unknown>(true, false, null, [], {}, [null], { '\u0000': 1 }, { '\uD800': 'x' }, { __proto__x: 1, constructor: { prototype: 1 } }),
  fc.constantFrom(nested(200, '\u0000'), nestedArray(300)),
  fc.jsonValue({ maxDepth: 2 }),
);

const maybeHostile = <T>(ctx: SchemaContext, valid: fc.Arbitrary<T>, hostile: readonly T[]): fc.Arbitrary<T> =>
  ctx.hostile ? fc.oneof({ weight: 5, arbitrary: valid }, { weight: 2, arbitrary: fc.constantFrom(...hostile) }) : valid;
const maybeHostileString = (valid: fc.Arbitrary<string>, ctx: SchemaContext) => maybeHostile(ctx, valid, hostileStrings);

export interface SchemaContext {
  /** Whether strings and numbers may be hostile here (set by the entry points). */
  hostile?: boolean;
  /** Resolves a $ref ("#/components/schemas/Plan") to its schema. */
  resolve(ref: string): JsonSchema | undefined;
  /** Real ids of the seeded district, for uuid fields. */
  ids: string[];
}

/**
 * A body for a route: mostly a valid-looking value with exactly one field (or key) made hostile,
 * so the bad part travels past the other checks to the use-case and the database; sometimes a
 * value that is hostile throughout. A body full of bad fields is refused on the first and proves little.
 */
export function bodyFor(schema: JsonSchema | undefined, ctx: SchemaContext): fc.Arbitrary<unknown> {
  const valid = validFor(schema, ctx);
  return fc.oneof(
    { weight: 1, arbitrary: valid },
    { weight: 4, arbitrary: fc.tuple(valid, fc.nat(), hostileValue, fc.boolean()).map(([value, at, bad, asKey]) => mutateOne(value, at, bad, asKey)) },
    { weight: 1, arbitrary: arbitraryFor(schema, ctx) },
  );
}

/** A value with hostile parts anywhere (each part has a one-in-seven chance of being one). */
export function arbitraryFor(schema: JsonSchema | undefined, ctx: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 6, arbitrary: nearValid(schema, { ...ctx, hostile: true }, depth) }, { weight: 1, arbitrary: hostileValue });
}

/** A value the schema would accept as far as JSON Schema can say (ids real, strings in bounds). */
export function validFor(schema: JsonSchema | undefined, ctx: SchemaContext): fc.Arbitrary<unknown> {
  return nearValid(schema, { ...ctx, hostile: false }, 0);
}

/** Replaces the at-th place of the value (a leaf, or an object's key when asKey) with the hostile value. */
export function mutateOne(value: unknown, at: number, bad: unknown, asKey: boolean): unknown {
  const places: Array<{ parent: any; key: string | number }> = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      places.push({ parent: node, key: Array.isArray(node) ? Number(key) : key });
      walk(child);
    }
  };
  const copy = structuredClone(value);
  walk(copy);
  if (!places.length) return bad;
  const { parent, key } = places[at % places.length]!;
  if (asKey && !Array.isArray(parent)) {
    // A hostile key beside the real ones, e.g. a NUL in an extensions key or an unknown field.
    parent[typeof bad === 'string' ? bad : `${String(key)}\u0000`] = parent[key];
  } else {
    parent[key] = bad;
  }
  return copy;
}

/** A part of a value: hostile one time in seven when hostility is on, else near-valid. */
function childOf(schema: JsonSchema | undefined, ctx: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  return ctx.hostile ? fc.oneof({ weight: 6, arbitrary: nearValid(schema, ctx, depth) }, { weight: 1, arbitrary: hostileValue }) : nearValid(schema, ctx, depth);
}

function nearValid(input: JsonSchema | undefined, ctx: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  const schema = input?.$ref ? ctx.resolve(input.$ref) : input;
  if (!schema || depth > 8) return fc.jsonValue({ maxDepth: 1 });
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => childOf(s, ctx, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length) return nearValid(schema.allOf[0], ctx, depth + 1);
  if (Array.isArray(schema.type)) return fc.oneof(...(schema.type as string[]).map((type) => nearValid({ ...schema, type }, ctx, depth)));
  switch (schema.type) {
    case 'object':
      return objectOf(schema, ctx, depth);
    case 'array': {
      const minLength = Math.min(schema.minItems ?? 0, 3);
      return fc.array(childOf(schema.items, ctx, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) });
    }
    case 'string':
      return stringOf(schema, ctx);
    case 'integer':
      return maybeHostile(ctx, fc.integer({ min: schema.minimum ?? (schema.exclusiveMinimum ?? -1001) + 1, max: schema.maximum ?? (schema.exclusiveMaximum ?? 1001) - 1 }), hostileNumbers);
    case 'number':
      return maybeHostile(ctx, fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true }), hostileNumbers);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return schema.properties ? objectOf(schema, ctx, depth) : fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(schema: JsonSchema, ctx: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const model = Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, childOf(child, ctx, depth + 1)]));
  const requiredKeys = ((schema.required ?? []) as string[]).filter((name) => name in properties);
  const record = fc.record(model, { requiredKeys });
  const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  const extraKeys = fc.dictionary(maybeHostileString(fc.string({ maxLength: 8 }), ctx), additional ? childOf(additional, ctx, depth + 1) : hostileValue, { maxKeys: 2 });
  if (!ctx.hostile) return additional ? fc.tuple(record, extraKeys).map(([value, extra]) => ({ ...extra, ...value })) : record;
  return fc.tuple(record, fc.nat(4), extraKeys).map(([value, roll, extra]) => (roll === 0 || additional ? { ...extra, ...value } : value));
}

function stringOf(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid());
  if (schema.format === 'email') return maybeHostileString(fc.constantFrom('fuzz@example.org', 'FUZZ+1@Example.org'), ctx);
  // A calendar date written as a pattern (\d{4}-\d{2}-\d{2}): random digits are rarely a real date.
  const datePattern = typeof schema.pattern === 'string' && schema.pattern.includes('\\d{4}-\\d{2}-\\d{2}');
  if (schema.format === 'date' || schema.format === 'date-time' || datePattern) {
    const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true });
    return maybeHostileString(date.map((d) => (schema.format === 'date-time' ? d.toISOString() : d.toISOString().slice(0, 10))), ctx);
  }
  if (typeof schema.pattern === 'string') {
    try {
      return maybeHostileString(fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 200)), ctx);
    } catch {
      // A pattern fast-check cannot generate from: plain strings still try the route.
    }
  }
  const minLength = Math.min(schema.minLength ?? 0, 50);
  const plain = fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 40, 40)) });
  // A valid string must also survive a trim() and a min(1): start it with a letter.
  return maybeHostileString(minLength > 0 ? plain.map((text) => `a${text}`.slice(0, Math.max(minLength, schema.maxLength ?? 41))) : plain, ctx);
}
