import { z } from 'zod';

export const PageParams = z.object({ code: z.string().max(40) });
export const PageQuery = z.object({
  lang: z.string().max(35).optional(),
  /** Set by the redirect after an idea was posted without a script: what to say under the idea form. */
  posted: z.enum(['accepted', 'pending']).optional(),
});
