import { z } from 'zod';
import { evidenceLinkSchema } from '../../../core/plan/format/evidence.js';

export const DistrictParams = z.object({ districtId: z.uuid() });

export const CitableEvidence = z
  .object({
    items: z.array(
      z.object({
        /** What a plan element stores in its evidence's `link`. */
        link: evidenceLinkSchema,
        /** Where it comes from: the survey's title, the focus groups, or the conversation's prompt; the picker groups items by it. */
        source: z.string(),
        /** What it is: the question, the theme's label, the quote. */
        label: z.string(),
        /** The evidence's words a plan element starts from, in the reader's language. */
        text: z.string(),
      }),
    ),
  })
  .meta({ id: 'CitableEvidence' });
