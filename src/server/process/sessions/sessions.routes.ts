import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { Permission } from '../../auth/policies.js';
import type { AppContext } from '../../context.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { attendanceHistory } from './attendance-history.js';
import { loadSessionRecord } from './load-session-record.js';
import { recordAttendance } from './record-attendance.js';
import { renderAgendaHtml, renderMinutesHtml } from './render-session-html.js';
import { AttendanceBody, AttendanceHistory, CycleParams, SessionParams, SessionRecord, SessionSummaries, UpdateRecordBody } from './sessions.schema.js';
import { sessionsRepo } from './sessions.repo.js';
import { presentSummary } from './sessions.present.js';
import { registerSessionTaskRoutes } from './session-tasks.routes.js';
import { updateSessionRecord } from './update-session-record.js';

const cycleAccess = (permission: Permission) => ownedRowAccess(permission, 'planning_cycles', 'cycleId');
const file = (description: string) => ({ 200: z.any().describe(description), ...standardErrors, 503: standardErrors[404] });

/**
 * What happens at a session of a planning cycle: place and time, agenda, attendance, minutes,
 * decisions and follow-up tasks, and the agenda and minutes as PDFs to hand out.
 */
export async function registerSessionRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const printer = sharedPdfPrinter(ctx, fastify);
  const tags = ['sessions'];
  const scope = (request: FastifyRequest, cycleId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, cycleId };
  };

  app.get('/api/cycles/:cycleId/sessions/:sessionId/record', {
    schema: { tags, summary: 'Everything about a session: place, agenda, attendance, minutes, decisions, tasks', params: SessionParams, response: { 200: SessionRecord, ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => (await loadSessionRecord({ db: ctx.db, organizationId: accessOf(request).organizationId, ...request.params })).presented,
  });

  app.patch('/api/cycles/:cycleId/sessions/:sessionId/record', {
    schema: {
      tags,
      summary: 'Change place, link, time, agenda, minutes or decisions',
      description: "`version` is the session's; a stale one is 409 conflict with the current record.",
      params: SessionParams,
      body: UpdateRecordBody,
      response: { 200: SessionRecord, ...standardErrors },
    },
    config: { access: cycleAccess('process.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
      return updateSessionRecord({ ...scope(request, request.params.cycleId), sessionId: request.params.sessionId, version, values: defined });
    },
  });

  app.put('/api/cycles/:cycleId/sessions/:sessionId/attendance', {
    schema: { tags, summary: 'Take attendance: present, absent or excused for members of the roster', params: SessionParams, body: AttendanceBody, response: { 200: SessionRecord, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request) => {
      const { cycleId, sessionId } = request.params;
      await recordAttendance({ ...scope(request, cycleId), sessionId, records: request.body.records });
      return (await loadSessionRecord({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId, sessionId })).presented;
    },
  });

  app.get('/api/cycles/:cycleId/session-summaries', {
    schema: { tags, summary: 'For each session of the cycle: place, time, minutes written, attendance, open tasks', params: CycleParams, response: { 200: SessionSummaries, ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      const rows = await sessionsRepo.listSummaries(ctx.db, accessOf(request).organizationId, request.params.cycleId);
      return { sessions: rows.map(presentSummary) };
    },
  });

  app.get('/api/cycles/:cycleId/attendance', {
    schema: { tags, summary: "The roster's attendance across the cycle's sessions", params: CycleParams, response: { 200: AttendanceHistory, ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => attendanceHistory({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId: request.params.cycleId }),
  });

  const printable = async (request: FastifyRequest, params: z.infer<typeof SessionParams>) => {
    const { organizationId, principal } = accessOf(request);
    const { session, presented } = await loadSessionRecord({ db: ctx.db, organizationId, ...params });
    return { districtName: session.district_name, cycleName: session.cycle_name, record: presented, locale: principal.user.locale };
  };

  app.get('/api/cycles/:cycleId/sessions/:sessionId/agenda.pdf', {
    schema: { tags, summary: 'The agenda as a PDF to hand out', params: SessionParams, response: file('The PDF') },
    config: { access: cycleAccess('process.read') },
    handler: async (request, reply) => {
      const print = await printable(request, request.params);
      const bytes = await printer.print(renderAgendaHtml(print), { footerText: `${print.record.session.name} · ${print.cycleName}` });
      return reply.type('application/pdf').header('content-disposition', attachmentHeader(`${print.record.session.name} agenda`, 'pdf')).send(bytes);
    },
  });

  app.get('/api/cycles/:cycleId/sessions/:sessionId/minutes.pdf', {
    schema: { tags, summary: 'The minutes as a PDF: attendance, minutes, decisions, follow-up tasks', params: SessionParams, response: file('The PDF') },
    config: { access: cycleAccess('process.read') },
    handler: async (request, reply) => {
      const print = await printable(request, request.params);
      const bytes = await printer.print(renderMinutesHtml(print), { footerText: `${print.record.session.name} · ${print.cycleName}` });
      return reply.type('application/pdf').header('content-disposition', attachmentHeader(`${print.record.session.name} minutes`, 'pdf')).send(bytes);
    },
  });

  await registerSessionTaskRoutes(fastify, ctx);
}
