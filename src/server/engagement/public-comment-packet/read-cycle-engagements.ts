import type { Kysely } from 'kysely';
import type { EngagementSummaryInput } from '../../../core/engagement/documents/summary-input.js';
import { summaryWordsFor } from '../../../core/engagement/documents/summary-words.js';
import type { DB } from '../../db/schema.js';
import { findPlanCycle } from '../../process/cycles/find-plan-cycle.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { readEngagementEntries } from '../../process/stakeholders/read-engagement-entries.js';
import { listConversations } from '../conversations/list-conversations.js';
import { readSynthesis } from '../focus-groups/read-synthesis.js';
import { readEngagementSettings } from '../settings/read-engagement-settings.js';
import { listSurveys } from '../surveys/list-surveys.js';
import { loadSummaryConversation } from '../summary/load-summary-conversation.js';
import { loadSummarySurvey } from '../summary/load-summary-survey.js';

export interface CycleEngagements {
  cycle: { id: string; name: string };
  /** Every opened survey and conversation of the cycle and its focus groups, as the engagement summary prints them. */
  summary: EngagementSummaryInput;
}

/**
 * The engagement of the cycle that produces the plan, read through the engagement summary's own
 * loaders (so every count is protected as there): every survey and conversation linked to the
 * cycle that has been opened, oldest first, and all of its focus groups. The whole cycle rather
 * than one phase: a survey linked to the cycle need not be placed in a phase's engagement plan.
 * Null when no cycle names the plan.
 */
export async function readCycleEngagements(options: { db: Kysely<DB>; organizationId: string; planId: string; publicUrl: string; language: string; organizationName: string; now?: Date }): Promise<CycleEngagements | null> {
  const { db, organizationId } = options;
  const cycle = await findPlanCycle({ db, organizationId, planId: options.planId });
  if (!cycle) return null;
  const [contents, entries, surveys, conversations, focusGroups, settings] = await Promise.all([
    readCycleContents({ db, organizationId, cycleId: cycle.id }),
    readEngagementEntries({ db, organizationId, cycleId: cycle.id }),
    listSurveys({ db, organizationId }),
    listConversations({ db, organizationId }),
    readSynthesis({ db, organizationId, cycleId: cycle.id }),
    readEngagementSettings({ db, organizationId }),
  ]);
  const words = summaryWordsFor(options.language);
  const phaseNames = new Map((contents?.phases ?? []).map((phase) => [phase.id, phase.name]));
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  const placeOf = (entryId: string | null) => {
    const entry = entryId ? entryById.get(entryId) : undefined;
    return { phaseName: entry ? (phaseNames.get(entry.phaseId) ?? null) : null, groupName: entry?.groupName || null };
  };
  const oldestFirst = (a: { created_at: Date | string }, b: { created_at: Date | string }) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime();
  const cycleSurveys = surveys.filter((survey) => survey.cycle_id === cycle.id && survey.status !== 'draft').sort(oldestFirst);
  const cycleConversations = conversations.filter((conversation) => conversation.cycle_id === cycle.id && conversation.status !== 'draft').sort(oldestFirst);
  return {
    cycle,
    summary: {
      organizationName: options.organizationName,
      scope: { kind: 'phase', cycleName: cycle.name, phaseName: '' },
      preparedOn: (options.now ?? new Date()).toISOString().slice(0, 10),
      words,
      surveys: await Promise.all(cycleSurveys.map((survey) => loadSummarySurvey({ db, organizationId, survey, publicUrl: options.publicUrl, placeInPlan: placeOf(survey.engagement_entry_id) }))),
      conversations: await Promise.all(
        cycleConversations.map((conversation) =>
          loadSummaryConversation({ db, organizationId, conversation, language: words.language, threshold: settings.respondent_threshold, groupName: placeOf(conversation.engagement_entry_id).groupName }),
        ),
      ),
      focusGroups: focusGroups.columns.length ? focusGroups : null,
    },
  };
}
