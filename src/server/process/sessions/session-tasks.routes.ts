import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { Permission } from '../../auth/policies.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { listMyTasks } from './list-my-tasks.js';
import { addSessionTask, removeSessionTask, updateSessionTask } from './manage-session-tasks.js';
import { DistrictParams, MyTasks, NewTaskBody, SessionParams, SessionTask, TaskParams, UpdateTaskBody } from './sessions.schema.js';

const cycleAccess = (permission: Permission) => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

/** Follow-up tasks of a session, and the owners' own list of what they owe the district. */
export async function registerSessionTaskRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['sessions'];
  const scope = (request: FastifyRequest, params: { cycleId: string; sessionId: string }) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, cycleId: params.cycleId, sessionId: params.sessionId };
  };

  app.post('/api/cycles/:cycleId/sessions/:sessionId/tasks', {
    schema: { tags, summary: 'Add a follow-up task with its owner and due date', params: SessionParams, body: NewTaskBody, response: { 201: SessionTask, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => reply.status(201).send(await addSessionTask({ ...scope(request, request.params), values: request.body })),
  });

  app.patch('/api/cycles/:cycleId/sessions/:sessionId/tasks/:taskId', {
    schema: {
      tags,
      summary: 'Change a follow-up task (its owner may mark it done or open again)',
      params: TaskParams,
      body: UpdateTaskBody,
      response: { 200: SessionTask, ...standardErrors },
    },
    // Contributors reach the route; the use-case lets them change the status of their own task only.
    config: { access: cycleAccess('process.contribute') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      const canEditCycle = accessOf(request).permissions.has('process.edit');
      return updateSessionTask({ ...scope(request, request.params), taskId: request.params.taskId, version, values, canEditCycle });
    },
  });

  app.delete('/api/cycles/:cycleId/sessions/:sessionId/tasks/:taskId', {
    schema: { tags, summary: 'Remove a follow-up task', params: TaskParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => {
      await removeSessionTask({ ...scope(request, request.params), taskId: request.params.taskId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/districts/:districtId/my-tasks', {
    schema: {
      tags,
      summary: "The caller's own follow-up tasks and unfinished deliverables in the district",
      description: 'Only what the signed-in person owns; sorted by due date, overdue flagged against the server\'s date (UTC).',
      params: DistrictParams,
      response: { 200: MyTasks, ...standardErrors },
    },
    config: { access: organizationAccess('process.read', 'districtId') },
    handler: async (request) => {
      const { organizationId, principal } = accessOf(request);
      return listMyTasks({ db: ctx.db, organizationId, userId: principal.user.id });
    },
  });
}
