import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { normsRepo } from './norms.repo.js';
import { presentNormsSummary, presentNormsVersion } from './norms.present.js';
import { CycleParams, NormsBody, NormsDocument, NormsVersion, VersionParams } from './norms.schema.js';
import { saveNorms } from './save-norms.js';

const cycleAccess = (permission: 'process.read' | 'process.edit') => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

/** The steering committee's norms and decision protocol: one document per cycle, every save a version. */
export async function registerNormsRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['norms'];

  const loadCycle = async (organizationId: string, cycleId: string) => {
    if (!(await normsRepo.findCycle(ctx.db, organizationId, cycleId))) throw notFound('Cycle');
  };

  app.get('/api/cycles/:cycleId/norms', {
    schema: { tags, summary: 'The current norms and decision protocol, and every saved version', params: CycleParams, response: { 200: NormsDocument, ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      await loadCycle(accessOf(request).organizationId, request.params.cycleId);
      const versions = await normsRepo.listVersions(ctx.db, request.params.cycleId);
      return { current: versions[0] ? presentNormsVersion(versions[0]) : null, versions: versions.map(presentNormsSummary) };
    },
  });

  app.get('/api/cycles/:cycleId/norms/versions/:number', {
    schema: { tags, summary: 'One saved version of the norms', params: VersionParams, response: { 200: NormsVersion, ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      await loadCycle(accessOf(request).organizationId, request.params.cycleId);
      const version = await normsRepo.findVersion(ctx.db, request.params.cycleId, request.params.number);
      if (!version) throw notFound('Norms version');
      return presentNormsVersion(version);
    },
  });

  app.put('/api/cycles/:cycleId/norms', {
    schema: { tags, summary: 'Save the norms and decision protocol as a new version', params: CycleParams, body: NormsBody, response: { 200: NormsVersion, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request) => {
      const access = accessOf(request);
      const { basedOn, ...values } = request.body;
      const saved = await saveNorms({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, cycleId: request.params.cycleId, basedOn, values });
      return presentNormsVersion(saved);
    },
  });
}
