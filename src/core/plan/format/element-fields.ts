import { z } from 'zod';
import { actionSchema, goalSchema, measureSchema, planSchema, strategySchema } from './plan-format.schema.js';
import type { ElementKind } from './plan-tree.js';

/**
 * What an element of each kind may hold as its own fields in the editor: the format's object
 * without its key and child lists. Validating edits with these keeps every stored plan exportable.
 */
export const elementFieldsSchemas = {
  goal: goalSchema.omit({ key: true, measures: true, strategies: true }),
  measure: measureSchema.omit({ key: true }),
  strategy: strategySchema.omit({ key: true, measures: true, actions: true }),
  action: actionSchema.omit({ key: true }),
} satisfies Record<ElementKind, z.ZodType>;

/** Which kinds may hang off which: goals at the top, measures under goals and strategies, ... */
export const allowedParentKinds: Record<ElementKind, ReadonlyArray<ElementKind | null>> = {
  goal: [null],
  measure: ['goal', 'strategy'],
  strategy: ['goal'],
  action: ['strategy'],
};

/** Plan-level fields as the editor changes them (everything but the goals). */
export const planDetailsSchema = planSchema.omit({ goals: true });
