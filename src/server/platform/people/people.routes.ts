import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { nameSchema, roleSchema, standardErrors, versionSchema, OrganizationParams } from '../../http/common.schema.js';
import { actorFrom } from '../audit/actor.js';
import { assignCoachDistricts } from './assign-coach-districts.js';
import { changeMember, removeMember } from './change-member.js';
import { peopleRepo } from './people.repo.js';
import { presentMember } from './people.present.js';

const Member = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: roleSchema,
    isActive: z.boolean(),
    version: z.number().int(),
    joinedAt: z.string(),
    districtIds: z.array(z.uuid()).optional(),
    /** What a coach does for the districts assigned ("Lead coach"); the districts see it. */
    responsibility: z.string().nullable().optional(),
  })
  .meta({ id: 'Member' });
const MemberParams = z.object({ organizationId: z.uuid(), userId: z.uuid() });
const ChangeMemberBody = z
  .object({ role: roleSchema.optional(), isActive: z.boolean().optional(), version: versionSchema })
  .refine((b) => b.role !== undefined || b.isActive !== undefined, { message: 'give a role or isActive', path: ['role'], params: { issue: 'nothing_to_change' } });

export async function registerPeopleRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];

  app.get('/api/organizations/:organizationId/members', {
    schema: { tags, summary: 'Everyone in the organization, with their role', params: OrganizationParams, response: { 200: z.object({ members: z.array(Member) }), ...standardErrors } },
    config: { access: organizationAccess('members.read') },
    handler: async (request) => {
      const { organizationId, organizationKind } = accessOf(request);
      const members = await peopleRepo.listMembers(ctx.db, organizationId);
      const assignments = organizationKind === 'network' ? await peopleRepo.listCoachDistricts(ctx.db, organizationId) : [];
      return {
        members: members.map((m) => {
          const own = assignments.filter((a) => a.user_id === m.user_id);
          return presentMember(m, own.map((a) => a.district_id), own[0]?.responsibility ?? null);
        }),
      };
    },
  });

  app.patch('/api/organizations/:organizationId/members/:userId', {
    schema: { tags, summary: "Change someone's role, or deactivate or reactivate them", params: MemberParams, body: ChangeMemberBody, response: { 200: Member, ...standardErrors } },
    config: { access: organizationAccess('members.manage') },
    handler: async (request) => {
      const access = accessOf(request);
      const member = await changeMember({
        db: ctx.db,
        actor: actorFrom(access.principal),
        organizationId: access.organizationId,
        organizationKind: access.organizationKind,
        userId: request.params.userId,
        ...request.body,
      });
      return presentMember(member);
    },
  });

  app.delete('/api/organizations/:organizationId/members/:userId', {
    schema: { tags, summary: 'Remove someone from the organization', params: MemberParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: organizationAccess('members.manage') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      await removeMember({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, organizationKind: access.organizationKind, userId: request.params.userId });
      return reply.status(204).send(null);
    },
  });

  app.put('/api/organizations/:organizationId/members/:userId/districts', {
    schema: { tags, summary: "Set the districts a network's coach reads and reviews", params: MemberParams, body: z.object({ districtIds: z.array(z.uuid()).max(500), responsibility: nameSchema.nullable().optional() }), response: { 200: Member, ...standardErrors } },
    config: { access: organizationAccess('members.manage') },
    handler: async (request) => {
      const access = accessOf(request);
      // Named by the path field it is about, like every other 400 (the fuzz suite found it unnamed).
      if (access.organizationKind !== 'network') {
        throw new AppError('invalid_input', 'Only a network assigns coaches to districts', [{ path: 'params/organizationId', message: 'must be a network', code: 'invalid' }]);
      }
      const { member, districtIds, responsibility } = await assignCoachDistricts({ db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId, userId: request.params.userId, ...request.body });
      return presentMember(member, districtIds, responsibility);
    },
  });

}
