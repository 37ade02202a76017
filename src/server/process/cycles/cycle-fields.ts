import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { toDayNumber } from '../../../core/process/calendar-dates.js';
import { sessionAudiences, sessionFormats } from '../../../core/process/process-template.schema.js';

/**
 * The editable parts of a cycle, as the API names them, and the columns they are kept in. One
 * table of fields per kind keeps adding, changing, moving and removing phases, steps, sessions
 * and deliverables on one code path.
 */
export const itemKinds = ['phase', 'step', 'session', 'deliverable'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const itemTable = { phase: 'cycle_phases', step: 'cycle_steps', session: 'cycle_sessions', deliverable: 'cycle_deliverables' } as const;
export type ItemTable = (typeof itemTable)[ItemKind];

/** A real calendar day written as 2026-01-05. */
export const calendarDate = z.string().refine((value) => {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}, { message: 'must be a date like 2026-01-05', params: { issue: 'invalid_date' } });

const text = storable(z.string().trim().min(1).max(2000));
const shortText = storable(z.string().trim().min(1).max(200));
const productArea = z.string().regex(/^(plan|process|engagement|evidence)\.[a-z_]+$/, 'must name a product area like "plan.measures"');
const documentUrl = z.httpUrl({ error: 'must be an http or https address' }).max(2000);

const phaseFields = {
  name: shortText,
  guidingQuestion: z.string().trim().max(2000),
  purpose: z.string().trim().max(2000),
  outcomes: z.array(text).max(50),
  startDate: calendarDate,
  endDate: calendarDate,
};
const stepFields = { text, linksTo: productArea.nullable(), isDone: z.boolean() };
const sessionFields = {
  name: shortText,
  format: z.enum(sessionFormats),
  audience: z.enum(sessionAudiences).nullable(),
  date: calendarDate,
  // An int4 column: a larger number would reach PostgreSQL and answer 500 (22003).
  lengthMinutes: z.number().int().positive().max(2_147_483_647).nullable(),
  details: z.strictObject({ purpose: text.optional(), agenda: z.array(text).max(50).optional(), outcomes: z.array(text).max(50).optional() }),
};
const deliverableFields = {
  name: shortText,
  letter: z.string().regex(/^[A-Z]{1,2}$/, 'must be one or two capital letters').nullable(),
  description: z.string().trim().max(2000),
  doneWhen: z.array(text).max(50),
  dueDate: calendarDate,
  linksTo: productArea.nullable(),
  ownerId: z.uuid().nullable(),
  reviewerId: z.uuid().nullable(),
  documentUrl: documentUrl.nullable(),
  documentText: z.string().max(20_000).nullable(),
};

/** What a new item needs; the phase of a step, session or deliverable is `phaseId`. */
export const newItemSchemas = {
  phase: z.strictObject({ ...phaseFields, guidingQuestion: phaseFields.guidingQuestion.optional(), purpose: phaseFields.purpose.optional(), outcomes: phaseFields.outcomes.optional() }),
  step: z.strictObject({ phaseId: z.uuid(), text, linksTo: stepFields.linksTo.optional() }),
  session: z.strictObject({
    phaseId: z.uuid(),
    name: sessionFields.name,
    format: sessionFields.format,
    date: sessionFields.date,
    audience: sessionFields.audience.optional(),
    lengthMinutes: sessionFields.lengthMinutes.optional(),
    details: sessionFields.details.optional(),
  }),
  deliverable: z.strictObject({
    phaseId: z.uuid(),
    name: deliverableFields.name,
    dueDate: deliverableFields.dueDate,
    letter: deliverableFields.letter.optional(),
    description: deliverableFields.description.optional(),
    doneWhen: deliverableFields.doneWhen.optional(),
    linksTo: deliverableFields.linksTo.optional(),
    ownerId: deliverableFields.ownerId.optional(),
    reviewerId: deliverableFields.reviewerId.optional(),
  }),
};

/** What a change may carry: any editable field; `version` is the row's version the caller saw. */
export const itemChangeSchemas = {
  phase: z.strictObject(phaseFields).partial(),
  step: z.strictObject(stepFields).partial(),
  session: z.strictObject(sessionFields).partial(),
  deliverable: z.strictObject(deliverableFields).partial(),
};

/** Fields a contributor may change on a deliverable they own; the rest is the planners'. */
export const ownerEditableFields = new Set(['documentUrl', 'documentText']);

const columnOf: Record<string, string> = {
  name: 'name',
  guidingQuestion: 'guiding_question',
  purpose: 'purpose',
  outcomes: 'outcomes',
  startDate: 'start_date',
  endDate: 'end_date',
  text: 'text',
  linksTo: 'links_to',
  isDone: 'is_done',
  format: 'format',
  audience: 'audience',
  date: 'session_date',
  lengthMinutes: 'length_minutes',
  details: 'details',
  letter: 'letter',
  description: 'description',
  doneWhen: 'done_when',
  dueDate: 'due_date',
  ownerId: 'owner_id',
  reviewerId: 'reviewer_id',
  documentUrl: 'document_url',
  documentText: 'document_text',
  phaseId: 'phase_id',
};
const jsonColumns = new Set(['outcomes', 'details', 'done_when']);

/** The column an API field is kept in. */
export function columnFor(field: string): string {
  const column = columnOf[field];
  if (!column) throw new Error(`no column for field ${field}`);
  return column;
}

/** API fields to column values, jsonb as JSON text; undefined fields are left out. */
export function toColumns(fields: Record<string, unknown>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const column = columnFor(field);
    columns[column] = jsonColumns.has(column) && value !== null ? JSON.stringify(value) : value;
  }
  return columns;
}
