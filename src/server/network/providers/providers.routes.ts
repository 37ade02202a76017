import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { emailSchema, nameSchema, standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { NetworkParams, optionalText } from '../cohorts/cohorts.schema.js';
import { addProvider } from './add-provider.js';
import { providersRepo, type ProviderRow } from './providers.repo.js';

const Provider = z
  .object({ id: z.uuid(), name: z.string(), services: z.string(), districtCount: z.number().int().meta({ description: "How many of the network's districts it is matched to" }), addedAt: z.string() })
  .meta({ id: 'Provider' });

const NewProviderBody = z.strictObject({
  name: nameSchema,
  services: optionalText(2000).optional().meta({ description: 'What the provider offers (facilitation, data, community engagement)' }),
  leadEmail: emailSchema.meta({ description: "Invited as the provider's administrator" }),
});

const presentProvider = (row: ProviderRow) => ({ id: row.provider_id, name: row.name, services: row.services, districtCount: Number(row.district_count ?? 0), addedAt: new Date(row.created_at).toISOString() });

/** The technical-assistance providers a network has vetted. */
export async function registerProviderRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network providers'];

  app.get('/api/networks/:networkId/providers', {
    schema: { tags, summary: "The network's vetted providers, with how many districts each is matched to", params: NetworkParams, response: { 200: z.object({ providers: z.array(Provider) }), ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request) => ({ providers: (await providersRepo.list(ctx.db, accessOf(request).organizationId)).map(presentProvider) }),
  });

  app.post('/api/networks/:networkId/providers', {
    schema: {
      tags,
      summary: 'Add a provider: a new organisation with its own people, its lead invited as its administrator',
      description: 'The lead adds the provider’s coaches; the network matches the provider to districts of its cohorts.',
      params: NetworkParams,
      body: NewProviderBody,
      response: { 201: Provider, ...standardErrors },
    },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const provider = await addProvider({ ctx, actor: actorFrom(access.principal), inviterName: access.principal.user.name, networkId: access.organizationId, values: request.body });
      return reply.status(201).send(presentProvider(provider));
    },
  });
}
