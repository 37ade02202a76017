import type { FastifyInstance } from 'fastify';
import { publicAccess } from '../../auth/access-rules.js';
import { renderApiReference, type OpenApiDocument } from './render-api-reference.js';

// The reference page is one HTML file with its own <style> and no script.
const DOCS_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The OpenAPI document, generated from the same zod schemas that validate requests, and a page to read it. */
export async function registerApiDocsRoutes(app: FastifyInstance) {
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: publicAccess } }, async () => app.swagger());
  let page: string | undefined;
  app.get('/api/docs', { schema: { hide: true }, config: { access: publicAccess, securityHeaders: { contentSecurityPolicy: false } } }, async (_request, reply) => {
    page ??= renderApiReference(app.swagger() as OpenApiDocument);
    return reply.type('text/html; charset=utf-8').header('content-security-policy', DOCS_POLICY).send(page);
  });
}
