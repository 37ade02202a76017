import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;
type Json = Record<string, unknown>;

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Finishes /api/openapi.json so generators and linters take it as it is:
 * - every schema registered with `.meta({ id })` lands in components.schemas (the provider's
 *   transformObject), so each `$ref` resolves;
 * - components nothing refers to are left out (the provider emits an input and an output variant
 *   of each; a route uses one);
 * - every operation has a stable operationId made of its method and path;
 * - `anyOf` with an empty schema (zod's unknown or JSON, nullable) becomes the empty schema it means.
 */
export const openApiTransformObject: TransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as Json & { paths?: Record<string, Json>; components?: Json & { schemas?: Record<string, unknown> } };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method] as Json | undefined;
      if (operation && !operation.operationId) operation.operationId = operationIdOf(method, path);
    }
  }
  const schemas = document.components?.schemas;
  if (schemas) document.components!.schemas = usedSchemas(document, schemas);
  return simplifyEmptyAnyOf(document) as ReturnType<TransformObject>;
};

/** `get /api/plans/{planId}/actuals.csv` → `getPlansByPlanIdActualsCsv`. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const parameter = /^\{(\w+)\}$/.exec(segment);
      return parameter ? ['by', parameter[1]!] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return method + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

/** The schemas reachable from the paths (and from the schemas they reach), in their original order. */
function usedSchemas(document: Json, schemas: Record<string, unknown>): Record<string, unknown> {
  const prefix = '#/components/schemas/';
  const used = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(prefix)) {
        const name = decodeURIComponent(value.slice(prefix.length));
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(document.paths);
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
}

function isEmptySchema(value: unknown) {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

function simplifyEmptyAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplifyEmptyAnyOf);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = simplifyEmptyAnyOf(value);
  if (Array.isArray(out.anyOf) && out.anyOf.some(isEmptySchema)) delete out.anyOf;
  return out;
}
