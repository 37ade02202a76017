import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { todayUtc } from './element-periods.js';
import { registerEvidenceRoutes } from './evidence.routes.js';
import { listOwedUpdates } from './list-owed-updates.js';
import { loadElementUpdates } from './load-element-updates.js';
import { registerMonitoringSettingsRoutes } from './monitoring-settings.routes.js';
import { postElementUpdate } from './post-element-update.js';
import { updatesRepo } from './updates.repo.js';
import { presentMyUpdateItem } from './updates.present.js';
import { DistrictParams, ElementParams, ElementUpdates, MyUpdates, PlanParams, Update, UpdateBody } from './updates.schema.js';

/**
 * Living the plan: the updates owners post per reporting period
 * (with corrections and evidence), and each person's list of what is due. Also registers the
 * district's monitoring settings and the evidence files.
 */
export async function registerUpdateRoutes(fastify: FastifyInstance, ctx: AppContext) {
  await registerMonitoringSettingsRoutes(fastify, ctx);
  await registerEvidenceRoutes(fastify, ctx);
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];

  app.get('/api/plans/:planId/elements/:elementKey/updates', {
    schema: {
      tags,
      summary: "A measure's or action's reporting periods and every revision of its updates",
      params: ElementParams,
      response: { 200: ElementUpdates, ...standardErrors },
    },
    config: { access: planAccess('monitoring.read') },
    handler: async (request) => {
      const access = accessOf(request);
      return loadElementUpdates({
        db: ctx.db,
        organizationId: access.organizationId,
        ...request.params,
        userId: access.principal.user.id,
        canUpdate: access.permissions.has('monitoring.update'),
        canManage: access.permissions.has('monitoring.manage'),
      });
    },
  });

  app.post('/api/plans/:planId/elements/:elementKey/updates', {
    schema: {
      tags,
      summary: 'Post the update of a measure or action for one reporting period',
      description: 'A second post for the same period is a correction: the next revision, with correctionNote; earlier revisions stay. Contributors post for the elements they own.',
      params: ElementParams,
      body: UpdateBody,
      response: { 201: Update, ...standardErrors },
    },
    config: { access: planAccess('monitoring.update') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const update = await postElementUpdate({
        db: ctx.db,
        actor: actorFrom(access.principal),
        organizationId: access.organizationId,
        ...request.params,
        input: request.body,
        source: 'app',
        mayUpdateAnyElement: access.permissions.has('monitoring.manage'),
      });
      return reply.status(201).send(update);
    },
  });

  app.get('/api/districts/:districtId/my-updates', {
    schema: {
      tags,
      summary: "What the caller owes: due and overdue updates across the district's adopted plans, and the latest done",
      description: "Judged against the server's date (UTC); overdue first, then due soonest, then done.",
      params: DistrictParams,
      response: { 200: MyUpdates, ...standardErrors },
    },
    config: { access: organizationAccess('monitoring.read', 'districtId') },
    handler: async (request) => {
      const { organizationId, principal } = accessOf(request);
      const today = todayUtc();
      const owed = await listOwedUpdates({ db: ctx.db, organizationId, today, userId: principal.user.id });
      return { today, items: owed.map(presentMyUpdateItem) };
    },
  });
}
