import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import { serializerCompiler, validatorCompiler, jsonSchemaTransform } from 'fastify-type-provider-zod';
import { installCheckpoint } from './auth/checkpoint.js';
import { installStorableTextGuard } from './http/storable-text-guard.js';
import { installErrorHandler } from './http/error-handler.js';
import { openApiTransformObject } from './http/openapi-document.js';
import { registerWebApp } from './http/web-app.js';
import { installSecurityHeaders } from './http/security-headers.js';
import type { AppContext } from './context.js';
import { domains } from './domains.js';

export interface BuildAppOptions {
  logger?: boolean | object;
  /** Serve the built web application from config.webDir. */
  serveWeb?: boolean;
}

/**
 * Fastify takes addresses and ranges as they are, but treats a bare hop count as "trust nobody" (it
 * cannot check the peer). A hop count here is the operator's word that the server is reachable
 * only through that many proxies, so the nearest that many hops are believed.
 */
function trustProxyOption(trust: AppContext['config']['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Only the proxies the operator named (TRUST_PROXY) may say who the client is; see config.ts.
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    // Request ids appear in logs so an operator can find the request behind a user's report.
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(cookie);
  // CSP, frame-ancestors, nosniff, Referrer-Policy and (over https) HSTS on every response.
  installSecurityHeaders(app, ctx.config.publicUrl);
  // A large plan is hundreds of kilobytes of JSON; gzip or brotli makes it a tenth of that on the wire.
  await app.register(compress, { threshold: 2048 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waymark API',
        version: '1',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
        description:
          'Every route of the Waymark web application. Authenticate with the session cookie (writes also need the ' +
          'X-CSRF-Token header from GET /api/auth/session) or with "Authorization: Bearer <token>".',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'waymark_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
      // Paths start with /api on whatever host serves the document.
      servers: [{ url: '/' }],
    },
    transform: jsonSchemaTransform,
    // Emits every schema registered with .meta({ id }) into components.schemas, so each $ref resolves.
    transformObject: openApiTransformObject,
  });
  installCheckpoint(app, ctx.db, ctx.config.sessionSecret);
  installStorableTextGuard(app);
  // The process domain reads other domains' work areas through the context, not by importing them.
  // Set on the context itself (not a copy): the routes share the one context the caller holds.
  ctx.workAreas = domains.flatMap((domain) => domain.workAreas ?? []);
  for (const domain of domains) for (const registerRoutes of domain.routes) await registerRoutes(app, ctx);
  await registerWebApp(app, options.serveWeb ? ctx.config.webDir : null);
  await app.ready();
  return app;
}
