import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { OrganizationParams, roleSchema, standardErrors } from '../../http/common.schema.js';
import { listDemoLogins } from './list-demo-logins.js';

const DemoLogin = z.object({ name: z.string(), email: z.string(), title: z.string(), role: roleSchema, password: z.string() }).meta({ id: 'DemoLogin' });

export async function registerDemoRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/organizations/:organizationId/demo-logins', {
    schema: {
      tags: ['demo'],
      summary: "The demo district's people and the demo password to sign in as them",
      description: 'Only in a district loaded as the demo, only its own people whose password is still the demo one; empty anywhere else. For its administrators.',
      params: OrganizationParams,
      response: { 200: z.object({ logins: z.array(DemoLogin) }), ...standardErrors },
    },
    config: { access: organizationAccess('members.manage') },
    handler: async (request) => ({ logins: await listDemoLogins({ db: ctx.db, organizationId: accessOf(request).organizationId }) }),
  });
}
