import { missingTranslations } from '../../../core/engagement/missing-translations.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { structuralChange } from '../../../core/engagement/survey-structure.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { validSurveyDocument } from './create-survey.js';
import type { DistrictScope } from './survey-scope.js';
import { effectiveStatus } from './survey-life.js';
import { missingTranslationsError } from './open-survey.js';
import { surveysRepo } from './surveys.repo.js';
import { presentSurvey, titleOf } from './surveys.present.js';

/**
 * Saves a survey's document. A draft may change in any way; once open (or closed), responses were
 * given to its questions, so only its words may change (409 naming the first other change), and an
 * open survey must stay fully translated. 409 with the current survey when someone saved since.
 */
export async function saveSurvey(options: DistrictScope & { surveyId: string; version: number; input: unknown; publicUrl: string }) {
  const { db, actor, organizationId, surveyId, version } = options;
  const document = validSurveyDocument(options.input);
  return inTransaction(db, async (trx) => {
    const before = await surveysRepo.find(trx, organizationId, surveyId, { lock: true });
    if (!before) throw notFound('Survey');
    if (before.version !== version) throw new AppError('conflict', 'Someone else saved this survey meanwhile; review their version and try again', [], { current: presentSurvey(before, options.publicUrl) });
    const status = effectiveStatus(before);
    if (status !== 'draft') {
      const change = structuralChange(before.document as SurveyDocument, document);
      if (change !== null) {
        throw new AppError('conflict', `This survey is ${status} and has responses to its questions as they are: only its texts may change (the change at ${change} is more than a text). Copy it into a new survey to change its questions.`, [{ path: `/document${change}`, message: 'may not change once the survey has opened', code: 'not_changed_here' }]);
      }
      if (status === 'open' && missingTranslations(document).length) throw missingTranslationsError(document, '/document');
    }
    const after = (await surveysRepo.update(trx, organizationId, surveyId, version, { document: JSON.stringify(document), title: titleOf(document) }))!;
    await recordAuditEvent(trx, actor, { organizationId, action: 'survey.saved', entityType: 'survey', entityId: surveyId, before: { version: before.version, document: before.document }, after: { version: after.version, document } });
    return after;
  });
}
