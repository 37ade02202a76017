import type { FastifyInstance } from 'fastify';
import { publicAccess } from '../../auth/access-rules.js';
import { renderApiReference } from './render-api-reference.js';

/** The OpenAPI document, generated from the same zod schemas that validate requests, and a page to read it. */
export async function registerApiDocsRoutes(app: FastifyInstance) {
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: publicAccess } }, async () => app.swagger());
  let page: string | undefined;
  app.get('/api/docs', { schema: { hide: true }, config: { access: publicAccess } }, async (_request, reply) => {
    page ??= renderApiReference(app.swagger() as OpenApiDocument);
    return reply.type('text/html; charset=utf-8').send(page);
  });
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, OpenApiOperation>>;
}

export interface OpenApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown; description?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}
