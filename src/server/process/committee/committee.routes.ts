import path from 'node:path';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import { projectRoot } from '../../config.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { localizeTemplate } from '../../../core/process/localize-template.js';
import { checkRepresentation } from '../../../core/process/representation.js';
import type { Constituency } from '../../../core/process/constituencies.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { loadTemplates } from '../templates/load-templates.js';
import { committeeRepo } from './committee.repo.js';
import { presentMember } from './committee.present.js';
import { CommitteeMember, CycleParams, MemberFields, MemberParams, Representation, TargetsBody, UpdateMemberBody } from './committee.schema.js';
import { addCommitteeMember, removeCommitteeMember, setRepresentationTargets, updateCommitteeMember } from './manage-committee.js';

const cycleAccess = (permission: 'process.read' | 'process.edit') => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

/** The steering committee of a planning cycle and its representation check. */
export async function registerCommitteeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const templates = new Map(loadTemplates(path.join(projectRoot, 'templates')).map((t) => [t.id, t]));
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['steering committee'];
  const scope = (request: Parameters<typeof accessOf>[0], cycleId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, cycleId };
  };

  app.get('/api/cycles/:cycleId/committee', {
    schema: { tags, summary: 'The roster and how well it represents the community', params: CycleParams, response: { 200: z.object({ members: z.array(CommitteeMember), representation: Representation }), ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      const cycle = await committeeRepo.findCycle(ctx.db, organizationId, request.params.cycleId);
      if (!cycle) throw notFound('Cycle');
      const [members, targets] = await Promise.all([committeeRepo.listMembers(ctx.db, cycle.id), committeeRepo.listTargets(ctx.db, cycle.id)]);
      const template = templates.get(cycle.template_id);
      const rules = (template && localizeTemplate(template, readerLanguage(request)).representation) ?? { required: [], recommended: [], note: undefined };
      const typedTargets = targets.map((t) => ({ constituency: t.constituency as Constituency, minimum: t.minimum }));
      const presented = members.map(presentMember);
      const check = checkRepresentation({ required: rules.required, recommended: rules.recommended, targets: typedTargets }, presented);
      return {
        members: presented,
        representation: { required: rules.required, recommended: rules.recommended, note: rules.note ?? null, targets: typedTargets, ...check, counts: check.counts as Record<string, number> },
      };
    },
  });

  app.post('/api/cycles/:cycleId/committee', {
    schema: { tags, summary: 'Seat someone on the steering committee', params: CycleParams, body: MemberFields, response: { 201: CommitteeMember, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => reply.status(201).send(presentMember(await addCommitteeMember({ ...scope(request, request.params.cycleId), values: request.body }))),
  });

  app.patch('/api/cycles/:cycleId/committee/:committeeMemberId', {
    schema: { tags, summary: 'Change a committee member', params: MemberParams, body: UpdateMemberBody, response: { 200: CommitteeMember, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      return presentMember(await updateCommitteeMember({ ...scope(request, request.params.cycleId), memberId: request.params.committeeMemberId, version, values }));
    },
  });

  app.delete('/api/cycles/:cycleId/committee/:committeeMemberId', {
    schema: { tags, summary: 'Take someone off the committee', params: MemberParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => {
      await removeCommitteeMember({ ...scope(request, request.params.cycleId), memberId: request.params.committeeMemberId });
      return reply.status(204).send(null);
    },
  });

  app.put('/api/cycles/:cycleId/representation-targets', {
    schema: { tags, summary: "Set the district's own representation targets", params: CycleParams, body: TargetsBody, response: { 204: z.null(), ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => {
      await setRepresentationTargets({ ...scope(request, request.params.cycleId), targets: request.body.targets });
      return reply.status(204).send(null);
    },
  });
}
