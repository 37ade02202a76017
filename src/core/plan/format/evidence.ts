import { z } from 'zod';

/**
 * Evidence an element cites: the data finding, survey result or document behind a goal or a
 * strategy. It is kept in the element's `extensions` under EVIDENCE_KEY, so it travels with the
 * plan through the interchange format and comes back on import.
 */
export const EVIDENCE_KEY = 'waymark_evidence';

export const evidenceItemSchema = z.strictObject({
  text: z.string().trim().min(1, 'is required').max(2000),
  url: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/\S+$/i, 'must be a web address starting with http:// or https://')
    .optional(),
});
export const evidenceListSchema = z.array(evidenceItemSchema).max(50);
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** The evidence an element's fields cite, or none. */
export function evidenceOf(fields: Record<string, unknown>): EvidenceItem[] {
  const extensions = fields.extensions as Record<string, unknown> | undefined;
  const parsed = evidenceListSchema.safeParse(extensions?.[EVIDENCE_KEY]);
  return parsed.success ? parsed.data : [];
}
