import { z } from 'zod';

export const RoomPageParams = z.object({ code: z.string().max(40) });
export const RoomPageQuery = z.object({
  /** The page's language: en or es; anything else reads the browser's language. */
  lang: z.string().max(35).optional(),
});
