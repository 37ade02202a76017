import { z } from 'zod';
import { planDocumentSchema } from '../../../core/plan/format/plan-format.schema.js';

export const planLifecycleSchema = z.enum(['draft', 'public_comment', 'adopted', 'amending', 'archived']);

export const PlanSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    lifecycle: planLifecycleSchema,
    period: z.unknown().nullable(),
    adoptedVersion: z.number().int().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanSummary' });

export const PlanElement = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    kind: z.enum(['goal', 'measure', 'strategy', 'action']),
    key: z.string(),
    position: z.number().int(),
    fields: z.record(z.string(), z.unknown()),
    childLists: z.array(z.enum(['measures', 'strategies', 'actions'])),
    version: z.number().int(),
  })
  .meta({ id: 'PlanElement' });

export const PlanDetail = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    title: z.string(),
    lifecycle: planLifecycleSchema,
    isEditable: z.boolean(),
    adoptedVersion: z.number().int().nullable(),
    version: z.number().int(),
    header: z.object({ format: z.literal('strategic-plan/v1'), organization: z.record(z.string(), z.unknown()), plan: z.record(z.string(), z.unknown()) }),
    elements: z.array(PlanElement),
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanDetail' });

/** The document as the body of an import: described for OpenAPI, checked whole by validatePlanDocument. */
export const PlanDocumentBody = planDocumentSchema.meta({ id: 'StrategicPlanV1', description: 'A strategic-plan/v1 document (see the plan interchange format).' });

const Summary = z.object({ key: z.string(), kind: z.enum(['goal', 'measure', 'strategy', 'action']), title: z.string() });
export const ReimportResult = z
  .object({
    applied: z.boolean(),
    added: z.array(Summary),
    removed: z.array(Summary),
    changed: z.array(Summary.extend({ changes: z.array(z.string()) })),
    header: z.array(z.string()),
  })
  .meta({ id: 'ReimportResult' });

export const DistrictParams = z.object({ districtId: z.uuid() });
export const PlanParams = z.object({ planId: z.uuid() });
