import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { protocolLibrary } from '../../../core/engagement/focus-groups/protocol-library.js';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { presentProtocol } from './focus-groups.present.js';
import { createProtocol, removeProtocol, saveProtocol } from './manage-protocols.js';
import { protocolsRepo } from './protocols.repo.js';
import { DistrictParams, DistrictProtocol, NewProtocolBody, ProtocolList, ProtocolParams, SaveProtocolBody } from './protocols.schema.js';
import { z } from 'zod';

/** Focus-group protocols: the shipped library (read-only) and the district's own copies. */
export async function registerProtocolRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['focus groups'];
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId };
  };

  app.get('/api/districts/:districtId/focus-group-protocols', {
    schema: { tags, summary: "The protocol library and the district's own protocols", params: DistrictParams, response: { 200: ProtocolList, ...standardErrors } },
    config: { access: organizationAccess('engagement.read', 'districtId') },
    handler: async (request) => ({ library: protocolLibrary.map((entry) => ({ ...entry, frameworks: [...entry.frameworks] })), protocols: (await protocolsRepo.list(ctx.db, accessOf(request).organizationId)).map(presentProtocol) }),
  });

  app.post('/api/districts/:districtId/focus-group-protocols', {
    schema: {
      tags,
      summary: 'Make a protocol of the district: copy one of the library or of its own, or send a whole protocol',
      description: 'Exactly one of `library_key`, `protocol_id` or `protocol`.',
      params: DistrictParams,
      body: NewProtocolBody,
      response: { 201: DistrictProtocol, ...standardErrors },
    },
    config: { access: organizationAccess('engagement.edit', 'districtId') },
    handler: async (request, reply) => reply.status(201).send(await createProtocol({ ...scope(request), source: request.body })),
  });

  app.put('/api/districts/:districtId/focus-group-protocols/:protocolId', {
    schema: { tags, summary: 'Save an edited protocol', description: '`version` is the one read; a stale one is 409 with the current protocol.', params: ProtocolParams, body: SaveProtocolBody, response: { 200: DistrictProtocol, ...standardErrors } },
    config: { access: organizationAccess('engagement.edit', 'districtId') },
    handler: async (request) => saveProtocol({ ...scope(request), protocolId: request.params.protocolId, version: request.body.version, protocol: request.body.protocol }),
  });

  app.delete('/api/districts/:districtId/focus-group-protocols/:protocolId', {
    schema: { tags, summary: 'Remove a protocol (focus groups that ran it keep their copy)', params: ProtocolParams, response: { 200: z.object({ removed: z.uuid() }), ...standardErrors } },
    config: { access: organizationAccess('engagement.edit', 'districtId') },
    handler: async (request) => removeProtocol({ ...scope(request), protocolId: request.params.protocolId }),
  });
}
