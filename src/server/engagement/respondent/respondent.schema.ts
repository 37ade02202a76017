import { z } from 'zod';

/**
 * The respondent pages' addresses and the team's kiosk link. The pages are lenient about what
 * they cannot use: an unknown language is no choice at all, and an unknown code is the
 * "cannot find this survey" page, in words rather than a 400.
 */
export const CodeParams = z.object({ code: z.string().max(64) });
export const SurveyParams = z.object({ surveyId: z.uuid() });
export const LanguageQuery = z.object({ lang: z.string().max(100).optional() });
/**
 * The survey page's address: its language, a stakeholder group link's group (g; an unknown one is
 * no group) and a mailed personal link's token (i; checked, and a used or unknown one says so).
 */
export const SurveyPageQuery = LanguageQuery.extend({ g: z.string().max(100).optional(), i: z.string().max(400).optional() });
/** The flyer of one stakeholder group's link (g: its ref, GET /api/surveys/{surveyId}/group-links). */
export const FlyerQuery = z.object({ g: z.string().max(20).optional().meta({ description: 'A stakeholder group’s ref: the QR code and address carry its group link' }) });

export const KioskLink = z
  .object({
    url: z.string().meta({ description: 'The kiosk page with its token in the fragment (#k=...), which browsers never send to a server' }),
    expires_at: z.string().meta({ description: 'When the kiosk stops being exempt from the per-address limit (48 hours)' }),
  })
  .meta({ id: 'KioskLink' });
