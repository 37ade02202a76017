import { z } from 'zod';
import { storable, storableJson } from '../../platform/storable-text.js';

/**
 * The strategic-plan/v1 interchange format (../shared/spec/plan-format-v1.schema.json) as zod
 * schemas. Every object is strict (the JSON Schema says additionalProperties: false) and no
 * default is filled in, so what is imported is exactly what is exported.
 */
// Every string of the format is refused if the database could not store it (a NUL, a lone surrogate).
const text = storable(z.string().max(20000));
const shortText = storable(z.string().min(1).max(500));
const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, dots, dashes or underscores, starting with a letter or digit');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-06-30');
const person = shortText;
const extensions = z.record(storable(z.string()), storableJson);

export const periodSchema = z.strictObject({ label: shortText, ends_on: date.optional() });

export const valueSchema = z.strictObject({
  period: periodSchema,
  value: z.number().nullable(),
  raw: text.optional(),
  note: text.optional(),
  subgroup: shortText.optional(),
  n: z.number().int().min(0).optional(),
});

export const organizationKinds = ['district', 'school', 'charter', 'state_agency', 'regional_service_agency', 'consultancy', 'other'] as const;
export const organizationSchema = z.strictObject({
  name: shortText,
  kind: z.enum(organizationKinds),
  region: storable(z.string().max(64)).optional(),
  identifiers: z.record(storable(z.string()), storable(z.string().max(64))).optional(),
});

export const namedSchema = z.strictObject({ name: shortText, description: text.optional() });

export const measureUnits = ['percent', 'percentage_points', 'count', 'rate', 'ratio', 'score', 'rating', 'currency', 'days', 'index', 'text'] as const;
export const measureDirections = ['increase', 'decrease', 'at_least', 'at_most', 'maintain', 'range'] as const;
export const cadences = ['annual', 'semester', 'quarterly', 'monthly', 'weekly'] as const;

export const measureSchema = z.strictObject({
  key,
  name: text,
  description: text.optional(),
  unit: z.enum(measureUnits).optional(),
  direction: z.enum(measureDirections).optional(),
  range: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional(),
  kind: z.enum(['lagging', 'leading']).optional(),
  subgroup: shortText.optional(),
  cadence: z.enum(cadences).optional(),
  source: text.optional(),
  baseline: valueSchema.optional(),
  targets: z.array(valueSchema).optional(),
  actuals: z.array(valueSchema).optional(),
  owner: person.optional(),
  original_text: text.optional(),
  extensions: extensions.optional(),
  unit_label: shortText.optional(),
});

export const budgetLineSchema = z.strictObject({
  fiscal_year: shortText,
  amount: z.number().nullable().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code like USD').optional(),
  fund: shortText.optional(),
  fte: z.number().min(0).optional(),
  hours: z.number().min(0).optional(),
  note: text.optional(),
});

export const decisionRightSchema = z.strictObject({
  decision: text,
  responsible: z.array(person).optional(),
  accountable: person.optional(),
  consulted: z.array(person).optional(),
  informed: z.array(person).optional(),
});

export const actionStatuses = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'canceled'] as const;
export const milestoneSchema = z.strictObject({ title: text, due: date.optional(), done: z.boolean().optional() });

export const actionSchema = z.strictObject({
  key,
  title: text,
  description: text.optional(),
  owner: person.optional(),
  contributors: z.array(person).optional(),
  start: date.optional(),
  due: date.optional(),
  timeline: shortText.optional(),
  status: z.enum(actionStatuses).optional(),
  percent_complete: z.number().min(0).max(100).optional(),
  cost: text.optional(),
  evidence: text.optional(),
  milestones: z.array(milestoneSchema).optional(),
  extensions: extensions.optional(),
});

export const strategySchema = z.strictObject({
  key,
  title: text,
  description: text.optional(),
  owner: person.optional(),
  budget: z.array(budgetLineSchema).optional(),
  decision_rights: z.array(decisionRightSchema).optional(),
  measures: z.array(measureSchema).optional(),
  actions: z.array(actionSchema).optional(),
  extensions: extensions.optional(),
});

export const goalKinds = ['goal', 'interim_goal', 'guardrail'] as const;
export const goalSchema = z.strictObject({
  key,
  kind: z.enum(goalKinds).optional(),
  parent: key.optional(),
  title: shortText,
  description: text.optional(),
  measures: z.array(measureSchema).optional(),
  strategies: z.array(strategySchema).optional(),
  extensions: extensions.optional(),
  rationale: text.optional(),
});

export const communicationSchema = z.strictObject({
  audience: shortText,
  message: text.optional(),
  channel: shortText.optional(),
  cadence: shortText.optional(),
  owner: person.optional(),
});

export const sourceSchema = z.strictObject({ title: shortText, url: storable(z.string().max(2000)).optional() });

export const planStatuses = ['draft', 'public_comment', 'adopted', 'archived'] as const;
export const planSchema = z.strictObject({
  title: shortText,
  period: z.strictObject({ start: periodSchema, end: periodSchema }).optional(),
  status: z.enum(planStatuses).optional(),
  adopted: z.strictObject({ date, body: shortText.optional(), resolution: shortText.optional(), vote: shortText.optional() }).optional(),
  level_names: z
    .strictObject({ goal: shortText.optional(), measure: shortText.optional(), strategy: shortText.optional(), action: shortText.optional() })
    .optional(),
  mission: text.optional(),
  vision: text.optional(),
  values: z.array(namedSchema).optional(),
  portrait_of_graduate: z.array(namedSchema).optional(),
  theory_of_action: text.optional(),
  goals: z.array(goalSchema),
  communication_plan: z.array(communicationSchema).optional(),
  sources: z.array(sourceSchema).optional(),
  extensions: extensions.optional(),
});

export const planDocumentSchema = z.strictObject({
  format: z.literal('strategic-plan/v1'),
  organization: organizationSchema,
  plan: planSchema,
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type PlanBody = z.infer<typeof planSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type Action = z.infer<typeof actionSchema>;
export type MeasureValue = z.infer<typeof valueSchema>;
export type Period = z.infer<typeof periodSchema>;
export type BudgetLine = z.infer<typeof budgetLineSchema>;
export type DecisionRight = z.infer<typeof decisionRightSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Communication = z.infer<typeof communicationSchema>;
export type Named = z.infer<typeof namedSchema>;
