import { z } from 'zod';

export const DraftPageParams = z.object({ slug: z.string().min(1).max(100) });
/** ?lang= chooses the page's language; without it the reader's browser does (Accept-Language). */
export const DraftPageQuery = z.object({ lang: z.enum(['en', 'es']).optional() });
export const CommentPageQuery = DraftPageQuery.extend({ element: z.string().max(64).optional() });
export const ThanksQuery = DraftPageQuery.extend({ status: z.enum(['unconfirmed', 'pending', 'accepted']).optional() });
export const ConfirmQuery = DraftPageQuery.extend({ t: z.string().max(300).optional() });
