import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { DistrictScope } from './survey-scope.js';
import { surveysRepo } from './surveys.repo.js';
import { presentSurvey, presentSurveySummary } from './surveys.present.js';

export interface SurveySettings {
  opens_at?: string | null;
  closes_at?: string | null;
  cycle_id?: string | null;
  engagement_entry_id?: string | null;
}

/**
 * Changes when a survey takes responses and what it serves: the planning cycle and the entry of
 * its engagement plan (a phase and a stakeholder group), both the district's own. An entry names
 * its cycle, so choosing one sets the cycle too; a cycle that disagrees is refused.
 */
export async function changeSurveySettings(options: DistrictScope & { surveyId: string; version: number; settings: SurveySettings; publicUrl: string }) {
  const { db, actor, organizationId, surveyId, version, settings } = options;
  return inTransaction(db, async (trx) => {
    const before = await surveysRepo.find(trx, organizationId, surveyId, { lock: true });
    if (!before) throw notFound('Survey');
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this survey meanwhile; review and try again', [], { current: presentSurvey(before, options.publicUrl) });

    const opensAt = settings.opens_at !== undefined ? settings.opens_at : before.opens_at?.toISOString() ?? null;
    const closesAt = settings.closes_at !== undefined ? settings.closes_at : before.closes_at?.toISOString() ?? null;
    if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) throw invalidInput('/closes_at', 'must be after the opening date', { code: 'end_before_start' });

    let cycleId = settings.cycle_id !== undefined ? settings.cycle_id : before.cycle_id;
    const entryId = settings.engagement_entry_id !== undefined ? settings.engagement_entry_id : before.engagement_entry_id;
    if (settings.cycle_id && !(await surveysRepo.isCycleOfDistrict(trx, organizationId, settings.cycle_id))) {
      throw invalidInput('/cycle_id', 'is not a planning cycle of this district', { code: 'does_not_exist' });
    }
    if (entryId) {
      const entry = await surveysRepo.findEngagementEntry(trx, organizationId, entryId);
      if (!entry) throw invalidInput('/engagement_entry_id', 'is not an entry of this district’s engagement plans', { code: 'does_not_exist' });
      if (cycleId && cycleId !== entry.cycle_id) throw invalidInput('/engagement_entry_id', 'is in another planning cycle than the survey’s', { code: 'not_in_this_cycle' });
      cycleId = entry.cycle_id;
    }

    const after = (await surveysRepo.update(trx, organizationId, surveyId, version, { opens_at: opensAt, closes_at: closesAt, cycle_id: cycleId, engagement_entry_id: entryId }))!;
    await recordAuditEvent(trx, actor, { organizationId, action: 'survey.settings_changed', entityType: 'survey', entityId: surveyId, before: presentSurveySummary(before), after: presentSurveySummary(after) });
    return after;
  });
}
