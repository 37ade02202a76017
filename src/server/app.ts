import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import { serializerCompiler, validatorCompiler, jsonSchemaTransform } from 'fastify-type-provider-zod';
import { installCheckpoint } from './auth/checkpoint.js';
import { installErrorHandler } from './http/error-handler.js';
import { registerWebApp } from './http/web-app.js';
import type { AppContext } from './context.js';
import { domains } from './domains.js';

export interface BuildAppOptions {
  logger?: boolean | object;
  /** Serve the built web application from config.webDir. */
  serveWeb?: boolean;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: ctx.config.publicUrl.startsWith('https://'),
    // Request ids appear in logs so an operator can find the request behind a user's report.
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(cookie);
  // A large plan is hundreds of kilobytes of JSON; gzip or brotli makes it a tenth of that on the wire.
  await app.register(compress, { threshold: 2048 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waymark API',
        version: '1',
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
    },
    transform: jsonSchemaTransform,
  });
  installCheckpoint(app, ctx.db, ctx.config.sessionSecret);
  for (const domain of domains) for (const registerRoutes of domain.routes) await registerRoutes(app, ctx);
  await registerWebApp(app, options.serveWeb ? ctx.config.webDir : null);
  await app.ready();
  return app;
}
