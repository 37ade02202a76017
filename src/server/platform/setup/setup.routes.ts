import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicAccess } from '../../auth/access-rules.js';
import type { AppContext } from '../../context.js';
import { emailSchema, nameSchema, passwordSchema, standardErrors } from '../../http/common.schema.js';
import { SessionResponse } from '../sign-in/sign-in.schema.js';
import { presentSession } from '../sign-in/session.present.js';
import { startSession } from '../sign-in/start-session.js';
import { peopleRepo } from '../people/people.repo.js';
import { completeSetup } from './complete-setup.js';

const SetupBody = z.object({
  organizationName: nameSchema,
  organizationKind: z.enum(['district', 'network']),
  adminName: nameSchema,
  adminEmail: emailSchema,
  password: passwordSchema,
  loadDemo: z.boolean().default(false),
});

export async function registerSetupRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['setup'];

  app.get('/api/setup', {
    schema: { tags, summary: 'Whether this instance still needs its first-run setup', security: [], response: { 200: z.object({ needsSetup: z.boolean() }) } },
    config: { access: publicAccess },
    handler: async () => ({ needsSetup: (await peopleRepo.countUsers(ctx.db)) === 0 }),
  });

  app.post('/api/setup', {
    schema: { tags, summary: 'First run: create the organization and its first administrator', security: [], body: SetupBody, response: { 201: SessionResponse, ...standardErrors } },
    config: { access: publicAccess },
    handler: async (request, reply) => {
      const user = await completeSetup({ db: ctx.db, input: request.body });
      const { csrfToken } = await startSession({ db: ctx.db, config: ctx.config, reply, userId: user.id, userAgent: request.headers['user-agent'] });
      return reply.status(201).send(await presentSession(ctx.db, user, csrfToken));
    },
  });
}
