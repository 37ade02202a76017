import { missingTranslations } from '../../../core/engagement/missing-translations.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { readPageTexts } from '../settings/read-page-texts.js';
import type { DistrictScope } from './survey-scope.js';
import { effectiveStatus, newPublicCode } from './survey-life.js';
import { surveysRepo } from './surveys.repo.js';
import { presentSurveySummary } from './surveys.present.js';

/**
 * 400 listing every text missing in a listed language, each at the pointer where it belongs; given
 * the district's page texts, one entry per language whose respondent page words are not all
 * translated, at /page_texts/<language> (a pointer into the engagement settings) with their count.
 */
export function missingTranslationsError(document: SurveyDocument, prefix = '', pageTexts?: PageTexts) {
  const missing = missingTranslations(document, pageTexts ? { pageTexts } : {});
  return new AppError(
    'invalid_input',
    `The survey cannot open while ${missing.length} text${missing.length === 1 ? ' lacks its translation' : 's lack their translations'}`,
    missing.map((m) =>
      m.count
        ? { path: m.path, message: `needs ${m.count} of the respondent page’s own texts in ${m.language}: translate them once for the district in the engagement settings`, code: 'missing_translation' as const, params: { language: m.language, count: m.count } }
        : // A scale point the question does not list yet has no index: its key rides in params.
          { path: `${prefix}${m.path}/${m.language}`, message: m.key ? `needs the scale point "${m.key}" in ${m.language}` : `needs its text in ${m.language}`, code: 'missing_translation' as const, params: (m.key ? { language: m.language, key: m.key } : { language: m.language }) as Record<string, string> },
    ),
  );
}

/**
 * Opens a survey to respondents and returns its public code: made on first opening (eight
 * characters no reader confuses, unguessable enough that nobody finds a survey by trying codes)
 * and kept when it is opened again, so printed flyers keep working. Refused while any listed
 * language lacks a text (the respondent page's own words included), or when its close date has passed.
 */
export async function openSurvey(options: DistrictScope & { surveyId: string; now?: Date }) {
  const { db, actor, organizationId, surveyId } = options;
  const now = options.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const before = await surveysRepo.find(trx, organizationId, surveyId, { lock: true });
    if (!before) throw notFound('Survey');
    const document = before.document as SurveyDocument;
    // The page's own words in a third language are the district's, translated once in its engagement settings.
    const pageTexts = await readPageTexts({ db: trx, organizationId, languages: document.languages });
    if (missingTranslations(document, { pageTexts }).length) throw missingTranslationsError(document, '', pageTexts);
    if (before.closes_at && before.closes_at.getTime() <= now.getTime()) throw new AppError('conflict', 'Its close date has passed: move the close date in the survey settings, then open it again');
    if (effectiveStatus(before, now) === 'open') return { id: surveyId, code: before.public_code! };
    let code = before.public_code;
    while (!code) {
      const candidate = newPublicCode();
      if (!(await surveysRepo.isCodeTaken(trx, candidate))) code = candidate;
    }
    await surveysRepo.setStatus(trx, organizationId, surveyId, 'open', { public_code: code, opened_at: now, closed_at: null });
    const after = (await surveysRepo.find(trx, organizationId, surveyId))!;
    await recordAuditEvent(trx, actor, { organizationId, action: 'survey.opened', entityType: 'survey', entityId: surveyId, before: presentSurveySummary(before, now), after: presentSurveySummary(after, now) });
    return { id: surveyId, code };
  });
}
