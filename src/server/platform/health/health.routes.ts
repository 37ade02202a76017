import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicAccess } from '../../auth/access-rules.js';
import type { AppContext } from '../../context.js';
import { healthRepo } from './health.repo.js';

export async function registerHealthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    schema: {
      tags: ['system'],
      summary: 'Whether the server and its database answer',
      security: [],
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
    },
    config: { access: publicAccess },
    handler: async () => {
      await healthRepo.ping(ctx.db);
      return { status: 'ok' as const, database: ctx.databaseKind };
    },
  });
}
