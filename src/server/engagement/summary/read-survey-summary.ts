import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { EngagementSummaryInput } from '../../../core/engagement/documents/summary-input.js';
import { summaryWordsFor } from '../../../core/engagement/documents/summary-words.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { readEngagementEntries } from '../../process/stakeholders/read-engagement-entries.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { loadSummarySurvey } from './load-summary-survey.js';

/** What the summary of one engagement (a survey) is made from; 404 when the survey is not the district's. */
export async function readSurveySummary(options: { db: Kysely<DB>; organizationId: string; surveyId: string; publicUrl: string; language: string; by?: string | undefined; now?: Date }): Promise<EngagementSummaryInput> {
  const { db, organizationId } = options;
  const survey = await readSurvey({ db, organizationId, surveyId: options.surveyId });
  const [organization, placeInPlan] = await Promise.all([findOrganization(db, organizationId), placeOf({ db, organizationId, cycleId: survey.cycle_id, entryId: survey.engagement_entry_id })]);
  return {
    organizationName: organization?.name ?? '',
    scope: { kind: 'survey' },
    preparedOn: (options.now ?? new Date()).toISOString().slice(0, 10),
    words: summaryWordsFor(options.language),
    surveys: [await loadSummarySurvey({ db, organizationId, survey, publicUrl: options.publicUrl, placeInPlan, ...(options.by !== undefined ? { by: options.by } : {}) })],
    focusGroups: null,
  };
}

/** The phase and stakeholder group of the survey's place in its cycle's engagement plan, if it has one. */
async function placeOf(options: { db: Kysely<DB>; organizationId: string; cycleId: string | null; entryId: string | null }) {
  const { db, organizationId, cycleId, entryId } = options;
  if (!cycleId || !entryId) return { phaseName: null, groupName: null };
  const [contents, entries] = await Promise.all([readCycleContents({ db, organizationId, cycleId }), readEngagementEntries({ db, organizationId, cycleId })]);
  const entry = entries.find((candidate) => candidate.id === entryId);
  const phase = entry && contents?.phases.find((candidate) => candidate.id === entry.phaseId);
  return { phaseName: phase?.name ?? null, groupName: entry?.groupName || null };
}
