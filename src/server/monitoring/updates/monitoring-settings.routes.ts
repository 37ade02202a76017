import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { monitoringSettingsRepo } from './monitoring-settings.repo.js';
import { saveMonitoringPerson } from './save-monitoring-person.js';
import { loadMonitoringSettings, saveMonitoringSettings } from './save-monitoring-settings.js';
import { presentPerson } from './monitoring-settings.present.js';
import { DistrictParams, MonitoringPeople, MonitoringPerson, MonitoringPersonBody, MonitoringSettings, MonitoringSettingsBody, PersonParams } from './updates.schema.js';

/** The district's reporting calendar and reminder schedule, and who escalates to whom. */
export async function registerMonitoringSettingsRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];

  app.get('/api/districts/:districtId/monitoring/settings', {
    schema: { tags, summary: "The district's reporting calendar, due dates and reminder schedule (the defaults, version 0, until saved)", params: DistrictParams, response: { 200: MonitoringSettings, ...standardErrors } },
    config: { access: organizationAccess('monitoring.read', 'districtId') },
    handler: async (request) => loadMonitoringSettings(ctx.db, accessOf(request).organizationId),
  });

  app.put('/api/districts/:districtId/monitoring/settings', {
    schema: {
      tags,
      summary: "Save the district's monitoring settings",
      description: 'Send the version you started from (0 when never saved); 409 conflict with the current settings when someone saved since.',
      params: DistrictParams,
      body: MonitoringSettingsBody,
      response: { 200: MonitoringSettings, ...standardErrors },
    },
    config: { access: organizationAccess('monitoring.manage', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      const { version, ...values } = request.body;
      return saveMonitoringSettings({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, version, values });
    },
  });

  app.get('/api/districts/:districtId/monitoring/people', {
    schema: {
      tags,
      summary: "The district's active members with their supervisor and daily-digest choice",
      description: 'Emails only for those who manage monitoring (and each reader\'s own); null for the others.',
      params: DistrictParams,
      response: { 200: MonitoringPeople, ...standardErrors },
    },
    config: { access: organizationAccess('monitoring.read', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      const canManage = access.permissions.has('monitoring.manage');
      const readerId = access.principal.user.id;
      const rows = await monitoringSettingsRepo.listPeople(ctx.db, access.organizationId);
      return { people: rows.map((row) => presentPerson(row, canManage || row.user_id === readerId)) };
    },
  });

  app.put('/api/districts/:districtId/monitoring/people/:userId', {
    schema: {
      tags,
      summary: "Set a person's supervisor and daily-digest choice",
      description: 'Planners and administrators set anyone; every member may set their own wantsDailyDigest.',
      params: PersonParams,
      body: MonitoringPersonBody,
      response: { 200: MonitoringPerson, ...standardErrors },
    },
    // Everyone reaches the route to choose their own digest; the use-case keeps the rest to managers.
    config: { access: organizationAccess('monitoring.read', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      return saveMonitoringPerson({
        db: ctx.db,
        actor: actorFrom(access.principal),
        organizationId: access.organizationId,
        userId: request.params.userId,
        canManage: access.permissions.has('monitoring.manage'),
        values: request.body,
      });
    },
  });
}
