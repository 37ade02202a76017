import type { Kysely } from 'kysely';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { builtInPageLanguageOf } from '../../../core/engagement/respondent-page-words.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import type { DB } from '../../db/schema.js';
import { readPageTexts } from '../settings/read-page-texts.js';
import { findSurveyByCode } from '../surveys/open-survey-lookup.js';
import { effectiveStatus, isAcceptingResponses, normalizePublicCode } from '../surveys/survey-life.js';
import { chooseSurveyLanguage } from './choose-language.js';
import type { SurveyPageMessage } from './render-status-page.js';

/**
 * The page of a survey that takes no answers now (closed, or not open yet), in a language other
 * than English and Spanish that the survey offers and the reader asked for (?lang=, else their
 * browser's languages, else the survey's first): its district's page texts and what to say.
 * readPublicSurvey says it in English or Spanish only, as the public API's error; an Arabic
 * speaker following an Arabic link reads it in Arabic. Null when there is nothing of the kind to
 * say (an unknown code or a draft: no district to take words from), and the page stays in the
 * reader's English or Spanish.
 */
export async function readUnavailableSurvey(options: { db: Kysely<DB>; code: string; chosen?: string | undefined; acceptLanguage?: string | undefined; now?: Date }): Promise<{ language: string; pageTexts: PageTexts; message: SurveyPageMessage } | null> {
  const now = options.now ?? new Date();
  const code = normalizePublicCode(options.code);
  if (!code) return null;
  const survey = await findSurveyByCode(options.db, code);
  if (!survey || survey.status === 'draft') return null;
  // The language its page would have been in, chosen as for an open survey.
  const language = chooseSurveyLanguage({ chosen: options.chosen, acceptLanguage: options.acceptLanguage, languages: (survey.document as SurveyDocument).languages });
  if (builtInPageLanguageOf(language)) return null;
  let message: SurveyPageMessage;
  if (effectiveStatus(survey, now) === 'closed') {
    const closedOn = survey.closed_at ?? survey.closes_at;
    message = closedOn ? { key: 'closedOnText', date: closedOn } : { key: 'closedText' };
  } else if (!isAcceptingResponses(survey, now) && survey.opens_at) {
    message = { key: 'opensOnText', date: survey.opens_at };
  } else {
    return null;
  }
  return { language, pageTexts: await readPageTexts({ db: options.db, organizationId: survey.organization_id, languages: [language] }), message };
}
