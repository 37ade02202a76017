import { z } from 'zod';

/**
 * The respondent pages' addresses and the team's kiosk link. The pages are lenient about what
 * they cannot use: an unknown language is no choice at all, and an unknown code is the
 * "cannot find this survey" page, in words rather than a 400.
 */
export const CodeParams = z.object({ code: z.string().max(64) });
export const SurveyParams = z.object({ surveyId: z.uuid() });
export const LanguageQuery = z.object({ lang: z.string().max(100).optional() });

export const KioskLink = z
  .object({
    url: z.string().meta({ description: 'The kiosk page with its token in the fragment (#k=...), which browsers never send to a server' }),
    expires_at: z.string().meta({ description: 'When the kiosk stops being exempt from the per-address limit (48 hours)' }),
  })
  .meta({ id: 'KioskLink' });
