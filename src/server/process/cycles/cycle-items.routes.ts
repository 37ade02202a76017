import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { Permission } from '../../auth/policies.js';
import type { AppContext } from '../../context.js';
import { standardErrors, versionSchema } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { addCycleItem } from './add-cycle-item.js';
import { itemChangeSchemas, newItemSchemas, type ItemKind } from './cycle-fields.js';
import { CycleDeliverable, CyclePhase, CycleSession, CycleStep } from './cycles.schema.js';
import { presentItem } from './cycles.present.js';
import { moveCycleItem } from './move-cycle-item.js';
import { removeCycleItem } from './remove-cycle-item.js';
import { updateCycleItem } from './update-cycle-item.js';

/** `/api/cycles/:cycleId/...` routes find their district from the cycle row. */
export const cycleAccess = (permission: Permission) => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

const kinds = [
  { kind: 'phase', plural: 'phases', param: 'phaseId', response: CyclePhase },
  { kind: 'step', plural: 'steps', param: 'stepId', response: CycleStep },
  { kind: 'session', plural: 'sessions', param: 'sessionId', response: CycleSession },
  { kind: 'deliverable', plural: 'deliverables', param: 'deliverableId', response: CycleDeliverable },
] as const;

/**
 * Planners adapt their cycle: add, change, move and remove phases, steps, sessions and
 * deliverables. The four kinds share one shape of route and one use-case per verb.
 */
export async function registerCycleItemRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['planning cycles'];
  const who = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, canEditCycle: access.permissions.has('process.edit') };
  };

  for (const { kind, plural, param, response } of kinds) {
    const ItemParams = z.object({ cycleId: z.uuid(), [param]: z.uuid() });
    const itemOf = (request: FastifyRequest) => {
      const params = request.params as Record<string, string>;
      return { cycleId: params.cycleId!, kind: kind as ItemKind, itemId: params[param]! };
    };

    app.post(`/api/cycles/:cycleId/${plural}`, {
      schema: {
        tags,
        summary: `Add a ${kind} to the cycle`,
        params: z.object({ cycleId: z.uuid() }),
        body: newItemSchemas[kind].extend({ position: z.number().int().min(0).optional() }),
        response: { 201: response, ...standardErrors },
      },
      config: { access: cycleAccess('process.edit') },
      handler: async (request, reply) => {
        const { position, ...fields } = request.body as Record<string, unknown> & { position?: number };
        const { canEditCycle: _, ...context } = who(request);
        const item = await addCycleItem({ ...context, cycleId: request.params.cycleId, kind, fields, position });
        return reply.status(201).send(presentItem(kind, item));
      },
    });

    app.patch(`/api/cycles/:cycleId/${plural}/:${param}`, {
      schema: {
        tags,
        summary: kind === 'deliverable' ? 'Change a deliverable (its owner may change its document)' : `Change a ${kind}: rename it, move its dates`,
        params: ItemParams,
        description:
          kind === 'phase'
            ? "With shiftFollowing, the phase's sessions and deliverables move as far as its start moved, and every later phase with its contents as far as its end moved, in one transaction."
            : undefined,
        body: z.strictObject({ version: versionSchema, changes: itemChangeSchemas[kind], ...(kind === 'phase' ? { shiftFollowing: z.boolean().optional() } : {}) }),
        response: { 200: response, ...standardErrors },
      },
      // Contributors reach a deliverable's route; the use-case lets them through only on their own.
      config: { access: cycleAccess(kind === 'deliverable' ? 'process.contribute' : 'process.edit') },
      handler: async (request) => {
        const body = request.body as { version: number; changes: Record<string, unknown>; shiftFollowing?: boolean };
        return presentItem(kind, await updateCycleItem({ ...who(request), ...itemOf(request), version: body.version, changes: body.changes, shiftFollowing: body.shiftFollowing }));
      },
    });

    app.post(`/api/cycles/:cycleId/${plural}/:${param}/move`, {
      schema: {
        tags,
        summary: kind === 'phase' ? 'Reorder a phase' : `Move a ${kind} to a position in its phase or another`,
        params: ItemParams,
        body: z.object({ version: versionSchema, position: z.number().int().min(0), ...(kind === 'phase' ? {} : { phaseId: z.uuid().optional() }) }),
        response: { 200: z.object({ items: z.array(response) }), ...standardErrors },
      },
      config: { access: cycleAccess('process.edit') },
      handler: async (request) => {
        const body = request.body as { version: number; position: number; phaseId?: string };
        const { canEditCycle: _, ...context } = who(request);
        const changed = await moveCycleItem({ ...context, ...itemOf(request), ...body });
        return { items: changed.map((row) => presentItem(kind, row)) };
      },
    });

    app.delete(`/api/cycles/:cycleId/${plural}/:${param}`, {
      schema: {
        tags,
        summary: kind === 'phase' ? 'Remove a phase with its steps, sessions and deliverables' : `Remove a ${kind}`,
        params: ItemParams,
        response: { 200: z.object({ removed: z.uuid(), removedWithIt: z.object({ steps: z.number(), sessions: z.number(), deliverables: z.number() }).nullable() }), ...standardErrors },
      },
      config: { access: cycleAccess('process.edit') },
      handler: async (request) => {
        const { canEditCycle: _, ...context } = who(request);
        return removeCycleItem({ ...context, ...itemOf(request) });
      },
    });
  }
}
