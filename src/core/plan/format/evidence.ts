import { z } from 'zod';

/**
 * Evidence an element cites: the data finding, survey result, theme, quote or document behind a
 * goal or a strategy. It is kept in the element's `extensions` under EVIDENCE_KEY, so it travels with the
 * plan through the interchange format and comes back on import.
 */
export const EVIDENCE_KEY = 'waymark_evidence';

const id = z.uuid({ message: 'must be an id' });
const questionKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be a question key');
const metricKey = z.string().regex(/^[a-z0-9][a-z0-9_]{0,79}$/, 'must be a metric key');

/**
 * What the evidence is, when it is something Waymark holds: a survey question's results, a theme
 * found in a question's open answers, one starred answer quoted, a theme of the cycle's focus-group
 * codebook, or from a conversation one statement (a bridging or consensus statement, a group's
 * representative one, a top-rated idea) or a theme across its ideas, or from the public comment on a
 * draft of a plan one comment or a theme of comments, or from the district's own data an indicator
 * as the team read it (a metric by school, by student group or over time, for one period, group or
 * school). The ids let the plan open what it cites; the
 * element's `text` still says in words what it shows, so the evidence reads the same in a printed
 * plan or another tool.
 */
export const evidenceLinkSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('survey_result'), survey_id: id, question_key: questionKey }),
  z.strictObject({ kind: z.literal('survey_theme'), survey_id: id, question_key: questionKey, theme_id: id }),
  z.strictObject({ kind: z.literal('survey_quote'), survey_id: id, question_key: questionKey, response_id: id }),
  z.strictObject({ kind: z.literal('focus_group_theme'), cycle_id: id, theme_id: id }),
  z.strictObject({ kind: z.literal('conversation_statement'), conversation_id: id, statement_id: id }),
  z.strictObject({ kind: z.literal('conversation_theme'), conversation_id: id, theme_id: id }),
  z.strictObject({ kind: z.literal('public_comment'), plan_id: id, comment_id: id }),
  z.strictObject({ kind: z.literal('public_comment_theme'), plan_id: id, theme_id: id }),
  z.strictObject({
    kind: z.literal('evidence_indicator'),
    metric: metricKey,
    by: z.enum(['school', 'group', 'period']),
    period: z.string().min(1).max(40).optional(),
    group: z.string().min(1).max(200).optional(),
    school_id: id.optional(),
  }),
]);
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;
export const evidenceLinkKinds = [
  'survey_result',
  'survey_theme',
  'survey_quote',
  'focus_group_theme',
  'conversation_statement',
  'conversation_theme',
  'public_comment',
  'public_comment_theme',
  'evidence_indicator',
] as const satisfies readonly EvidenceLink['kind'][];

export const evidenceItemSchema = z.strictObject({
  text: z.string().trim().min(1, 'is required').max(2000),
  url: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/\S+$/i, 'must be a web address starting with http:// or https://')
    .optional(),
  link: evidenceLinkSchema.optional(),
});
export const evidenceListSchema = z.array(evidenceItemSchema).max(50);
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** The evidence an element's fields cite, or none. */
export function evidenceOf(fields: Record<string, unknown>): EvidenceItem[] {
  const extensions = fields.extensions as Record<string, unknown> | undefined;
  const parsed = evidenceListSchema.safeParse(extensions?.[EVIDENCE_KEY]);
  return parsed.success ? parsed.data : [];
}
