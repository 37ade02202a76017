import path from 'node:path';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import { projectRoot } from '../../config.js';
import type { AppContext } from '../../context.js';
import { invalidInput, notFound } from '../../errors.js';
import { standardErrors, versionSchema } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { localizeTemplate } from '../../../core/process/localize-template.js';
import { loadTemplates } from '../templates/load-templates.js';
import { changeCycle } from './change-cycle.js';
import { closePhase } from './close-phase.js';
import { cycleAccess, registerCycleItemRoutes } from './cycle-items.routes.js';
import { cyclesRepo } from './cycles.repo.js';
import { presentCycleDetail, presentCycleSummary, presentPhase, presentReadinessItem } from './cycles.present.js';
import { ChangeCycleBody, CycleDetail, CycleParams, CyclePhase, CycleSummary, DistrictParams, ReadinessItem, StartCycleBody } from './cycles.schema.js';
import { decideReadinessItem } from './decide-readiness-item.js';
import { registerDeliverableRoutes } from './deliverables.routes.js';
import { reopenPhase } from './reopen-phase.js';
import { startCycle } from './start-cycle.js';

/**
 * The planning-cycle routes over the templates of `directory`: start a cycle, read it whole,
 * rename it, decide readiness, close and reopen phases, plus the item and deliverable routes. The
 * templates are read and checked when the app is built, as the template routes do.
 */
export function cycleRoutes(directory: string) {
  return async function registerRoutes(fastify: FastifyInstance, ctx: AppContext) {
    const templates = new Map(loadTemplates(directory).map((template) => [template.id, template]));
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['planning cycles'];
    const who = (request: Parameters<typeof accessOf>[0]) => {
      const access = accessOf(request);
      return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId };
    };
    // The framework's options are read from the template each time, so they follow the reader's language.
    const detailOf = async (request: Parameters<typeof readerLanguage>[0], organizationId: string, cycleId: string) => {
      const cycle = await cyclesRepo.findCycle(ctx.db, organizationId, cycleId);
      if (!cycle) throw notFound('Cycle');
      const template = templates.get(cycle.template_id);
      return presentCycleDetail(await cyclesRepo.readContents(ctx.db, cycle), template && localizeTemplate(template, readerLanguage(request)));
    };

    app.get('/api/districts/:districtId/cycles', {
      schema: { tags, summary: "A district's planning cycles", params: DistrictParams, response: { 200: z.object({ cycles: z.array(CycleSummary) }), ...standardErrors } },
      config: { access: organizationAccess('process.read', 'districtId') },
      handler: async (request) => ({ cycles: (await cyclesRepo.listForOrganization(ctx.db, accessOf(request).organizationId)).map(presentCycleSummary) }),
    });

    app.post('/api/districts/:districtId/cycles', {
      schema: {
        tags,
        summary: 'Start a planning cycle from a process template',
        description:
          "Copies the template's phases, steps, sessions, deliverables and readiness checklist into the cycle, dated from startDate. sessionChoices holds a session as one of its alternatives; optionalPaths takes the template's optional paths (they may also be chosen later). The texts are copied in the language of the Accept-Language header where the template carries it ('es'), otherwise in English.",
        params: DistrictParams,
        body: StartCycleBody,
        response: { 201: CycleDetail, ...standardErrors },
      },
      config: { access: organizationAccess('process.edit', 'districtId') },
      handler: async (request, reply) => {
        const template = templates.get(request.body.templateId);
        if (!template) throw invalidInput('/templateId', 'is not a process template', { code: 'invalid_choice' });
        const context = who(request);
        const { name, startDate, sessionChoices, optionalPaths } = request.body;
        // The cycle's copy is the district's own text from now on, written in the language of who starts it.
        const language = readerLanguage(request);
        const cycle = await startCycle({ ...context, template: localizeTemplate(template, language), language, name, startDate, sessionChoices, optionalPaths });
        return reply.status(201).send(await detailOf(request, context.organizationId, cycle.id));
      },
    });

    app.get('/api/cycles/:cycleId', {
      schema: { tags, summary: 'A cycle for its timeline and checklist: phases, steps, sessions, deliverables, readiness, current phase', params: CycleParams, response: { 200: CycleDetail, ...standardErrors } },
      config: { access: cycleAccess('process.read') },
      handler: async (request) => detailOf(request, accessOf(request).organizationId, request.params.cycleId),
    });

    app.patch('/api/cycles/:cycleId', {
      schema: {
        tags,
        summary: "Rename a cycle, link it to the plan it produces, or choose the template's optional paths",
        params: CycleParams,
        body: ChangeCycleBody,
        response: { 200: CycleDetail, ...standardErrors },
      },
      config: { access: cycleAccess('process.edit') },
      handler: async (request) => {
        const context = who(request);
        await changeCycle({ ...context, cycleId: request.params.cycleId, ...request.body, templateOf: (id) => templates.get(id) });
        return detailOf(request, context.organizationId, request.params.cycleId);
      },
    });

    app.patch('/api/cycles/:cycleId/readiness/:readinessItemId', {
      schema: {
        tags,
        summary: 'Check a readiness item, waive it with a reason, or open it again',
        params: z.object({ cycleId: z.uuid(), readinessItemId: z.uuid() }),
        body: z.object({ version: versionSchema, state: z.enum(['open', 'checked', 'waived']), reason: z.string().max(2000).optional() }),
        response: { 200: ReadinessItem, ...standardErrors },
      },
      config: { access: cycleAccess('process.edit') },
      handler: async (request) => presentReadinessItem(await decideReadinessItem({ ...who(request), cycleId: request.params.cycleId, itemId: request.params.readinessItemId, ...request.body })),
    });

    app.post('/api/cycles/:cycleId/phases/:phaseId/close', {
      schema: {
        tags,
        summary: 'Close a phase (the first needs readiness; each needs its deliverables complete)',
        description: 'A refusal is 409 with openItems (readiness) or openDeliverables listed.',
        params: z.object({ cycleId: z.uuid(), phaseId: z.uuid() }),
        body: z.object({ version: versionSchema }),
        response: { 200: CyclePhase, ...standardErrors },
      },
      config: { access: cycleAccess('process.edit') },
      handler: async (request) => presentPhase(await closePhase({ ...who(request), ...request.params, version: request.body.version })),
    });

    app.post('/api/cycles/:cycleId/phases/:phaseId/reopen', {
      schema: { tags, summary: 'Open a closed phase again', params: z.object({ cycleId: z.uuid(), phaseId: z.uuid() }), body: z.object({ version: versionSchema }), response: { 200: CyclePhase, ...standardErrors } },
      config: { access: cycleAccess('process.edit') },
      handler: async (request) => presentPhase(await reopenPhase({ ...who(request), ...request.params, version: request.body.version })),
    });

    await registerCycleItemRoutes(fastify, ctx);
    await registerDeliverableRoutes(fastify, ctx);
  };
}

// tsc does not copy the JSON files into dist/, so both src/ and dist/ read them from the repository.
export const registerCycleRoutes = cycleRoutes(path.join(projectRoot, 'templates'));
