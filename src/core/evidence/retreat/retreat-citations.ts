import { z } from 'zod';
import { evidenceLinkSchema } from '../../plan/format/evidence.js';

/**
 * What a SWOT item or a priority's "where we are" cites: a chart of the retreat, an observation
 * someone wrote on one, or something the community said (a survey result, a conversation's
 * statement, a focus-group theme: the plan's own evidence links, so the citation can travel on to
 * the goal the priority becomes).
 */
const id = z.uuid({ message: 'must be an id' });

export const retreatCitationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('chart'), chart_id: id }),
  z.strictObject({ kind: z.literal('observation'), observation_id: id }),
  z.strictObject({ kind: z.literal('evidence'), text: z.string().trim().min(1, 'is required').max(2000), link: evidenceLinkSchema.optional() }),
]);
export const retreatCitationsSchema = z.array(retreatCitationSchema).max(30);
export type RetreatCitation = z.infer<typeof retreatCitationSchema>;
