import { z } from 'zod';
import { constituencies } from './constituencies.js';

/**
 * The process-template/v1 format: one planning framework as data (templates/*.json). Every
 * object is strict so a misspelt field is refused, not ignored. What the schema cannot say
 * (references between items, ids used twice, sessions that do not fit their phase) is checked
 * by checkTemplate in template-checks.ts.
 *
 * Sessions and deliverables are flat lists that name their phase, as the plan's own lists do:
 * Louisiana's deliverables are one lettered series (A-M) running across phases, and a timeline
 * or a deliverables tracker reads them as one list.
 */
export const PROCESS_TEMPLATE_FORMAT = 'process-template/v1';

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');
const shortText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const textList = z.array(text);
export const templateIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by hyphens, like "data-retreat"');
const id = templateIdSchema;
const positiveWhole = z.number().int('must be a whole number').positive('must be positive');
const weekOffset = z.number().int('must be a whole number').min(0, 'must be 0 or more');
/** Where a later screen takes the user, e.g. "plan.measures"; the web application resolves it. */
const productArea = z.string().regex(/^(plan|process|engagement|evidence)\.[a-z_]+$/, 'must name a product area like "plan.measures" or "process.norms"');
/** Fields of this item whose values are Waymark's suggestion rather than a fact of the seed. */
const suggested = z.array(z.string()).optional();

const constituency = z.enum(constituencies);

export const sessionFormats = ['meeting', 'retreat', 'workshop', 'focus_group', 'survey', 'check_in', 'board_meeting', 'public_input', 'training', 'presentation'] as const;
export const sessionAudiences = ['steering_committee', 'district_leaders', 'board', 'stakeholders', 'community', 'action_teams'] as const;
export const repeatUnits = ['week', 'month'] as const;

export const stepSchema = z.strictObject({ text, linksTo: productArea.optional() });

export const phaseSchema = z.strictObject({
  id,
  name: shortText,
  guidingQuestion: text,
  purpose: text,
  /** Exactly one of durationWeeks and durationDays (checked in template-checks.ts). */
  durationWeeks: positiveWhole.optional(),
  durationDays: positiveWhole.optional(),
  /** The seed's own wording when it gives months or other units. */
  durationNote: text.optional(),
  steps: z.array(stepSchema).min(1, 'must list at least one step'),
  outcomes: textList,
  suggested,
  source: text.optional(),
});

/** How a session is held: the template's plan, or an alternative the district may choose. */
const sessionShape = {
  format: z.enum(sessionFormats),
  count: positiveWhole,
  /** With count > 1: the interval between meetings; without it they are spread over the phase. */
  every: z.enum(repeatUnits).optional(),
  lengthMinutes: positiveWhole.optional(),
  /** A length the seed gives in words ("half day") rather than minutes. */
  lengthLabel: shortText.optional(),
};

export const sessionVariantSchema = z.strictObject({ name: shortText, ...sessionShape, note: text.optional() });

export const sessionSchema = z.strictObject({
  id,
  phase: id,
  name: shortText,
  ...sessionShape,
  audience: z.enum(sessionAudiences),
  /** Weeks after the phase starts that the (first) session is held; 0 when absent. */
  weekOffset: weekOffset.optional(),
  isOptional: z.boolean().optional(),
  purpose: text,
  agenda: z.array(text).min(1, 'must list at least one agenda item'),
  outcomes: z.array(text).min(1, 'must list at least one expected outcome'),
  /** Constituencies whose leaders must attend. */
  requiredConstituencies: z.array(constituency).optional(),
  alternatives: z.array(sessionVariantSchema).optional(),
  note: text.optional(),
  suggested,
  source: text.optional(),
});

export const deliverableSchema = z.strictObject({
  id,
  /** The seed's own label, e.g. Louisiana's "A" to "M". */
  letter: z.string().regex(/^[A-Z]{1,2}$/, 'must be one or two capital letters').optional(),
  phase: id,
  name: shortText,
  description: text,
  /** What "done" means, as checks a steering committee can tick. */
  doneWhen: z.array(text).min(1, 'must say what done means'),
  /** Due at the end of this week of its phase; at the phase end when absent. */
  dueInWeek: positiveWhole.optional(),
  linksTo: productArea.optional(),
  /** Deliverables of the same or an earlier phase that this one builds on. */
  buildsOn: z.array(id).optional(),
  suggested,
  source: text.optional(),
});

export const readinessItemSchema = z.strictObject({ id, label: shortText, description: text.optional(), linksTo: productArea.optional(), source: text.optional() });

export const optionalPathSchema = z.strictObject({
  id,
  name: shortText,
  /** The phase the path runs in. */
  phase: id,
  /** The phase in which the team decides whether to take it. */
  decidedIn: id.optional(),
  description: text,
  source: text.optional(),
});

export const supportSchema = z.strictObject({
  id,
  name: shortText,
  /** The phase it belongs to; absent when it runs through the whole process. */
  phase: id.optional(),
  description: text,
  isOptional: z.boolean(),
  source: text.optional(),
});

export const templateOutcomeSchema = z.strictObject({ text, deliverables: z.array(id).optional(), linksTo: productArea.optional() });

/**
 * A template's words in another language. Only the texts people read are translated; ids, dates,
 * formats and `source` (which quotes the English seed) stay as they are. Items are found by id and
 * lists by position, so every part is optional: what is not translated reads in English.
 * checkTemplate (template-checks.ts) refuses an id that does not exist or a list of another length.
 */
const translatedList = z.array(text);
export const templateTranslationSchema = z.strictObject({
  name: shortText.optional(),
  summary: text.optional(),
  vocabulary: z.strictObject({ steeringCommittee: shortText.optional() }).optional(),
  readiness: z.record(id, z.strictObject({ label: shortText.optional(), description: text.optional() })).optional(),
  representation: z.strictObject({ note: text.optional() }).optional(),
  phases: z
    .record(id, z.strictObject({ name: shortText.optional(), guidingQuestion: text.optional(), purpose: text.optional(), durationNote: text.optional(), steps: translatedList.optional(), outcomes: translatedList.optional() }))
    .optional(),
  sessions: z
    .record(
      id,
      z.strictObject({
        name: shortText.optional(),
        lengthLabel: shortText.optional(),
        purpose: text.optional(),
        agenda: translatedList.optional(),
        outcomes: translatedList.optional(),
        note: text.optional(),
        alternatives: z.array(z.strictObject({ name: shortText.optional(), lengthLabel: shortText.optional(), note: text.optional() })).optional(),
      }),
    )
    .optional(),
  deliverables: z.record(id, z.strictObject({ name: shortText.optional(), description: text.optional(), doneWhen: translatedList.optional() })).optional(),
  optionalPaths: z.record(id, z.strictObject({ name: shortText.optional(), description: text.optional() })).optional(),
  supports: z.record(id, z.strictObject({ name: shortText.optional(), description: text.optional() })).optional(),
  outcomes: translatedList.optional(),
});

/** The languages a template may carry besides its English; the interface's other languages. */
export const templateTranslationsSchema = z.strictObject({ es: templateTranslationSchema.optional() });

export const processTemplateSchema = z.strictObject({
  format: z.literal(PROCESS_TEMPLATE_FORMAT),
  id,
  /** A framework drawn from a seed, or the blank template a district fills in itself. */
  kind: z.enum(['framework', 'blank']),
  name: shortText,
  publisher: shortText,
  summary: text,
  source: z.strictObject({
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be the file name of a seed, like "003_93ec0d4df603b702.txt"').optional(),
    note: text,
  }),
  /** What this framework calls its steering committee. */
  vocabulary: z.strictObject({ steeringCommittee: shortText }),
  planHorizonYears: z.strictObject({ min: positiveWhole, max: positiveWhole }).optional(),
  readiness: z.array(readinessItemSchema),
  representation: z.strictObject({ required: z.array(constituency), recommended: z.array(constituency), note: text.optional() }),
  phases: z.array(phaseSchema),
  sessions: z.array(sessionSchema),
  deliverables: z.array(deliverableSchema),
  optionalPaths: z.array(optionalPathSchema),
  supports: z.array(supportSchema),
  outcomes: z.array(templateOutcomeSchema),
  /** The same texts in other languages, by language code. */
  translations: templateTranslationsSchema.optional(),
});

export type ProcessTemplate = z.infer<typeof processTemplateSchema>;
export type TemplatePhase = z.infer<typeof phaseSchema>;
export type TemplateSession = z.infer<typeof sessionSchema>;
export type TemplateDeliverable = z.infer<typeof deliverableSchema>;
export type TemplateTranslation = z.infer<typeof templateTranslationSchema>;

/** Every template's readiness checklist starts with these; a framework adds its own after them. */
export const BASE_READINESS_IDS = ['scope-confirmed', 'participants-named', 'norms-set', 'stakeholder-groups-identified', 'schedule-set'] as const;

/** A phase's length in days, whichever unit the template gives it in. */
export function phaseLengthDays(phase: Pick<TemplatePhase, 'durationWeeks' | 'durationDays'>): number {
  return phase.durationDays ?? (phase.durationWeeks ?? 0) * 7;
}
