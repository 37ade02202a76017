import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { EngagementSummaryInput } from '../../../core/engagement/documents/summary-input.js';
import { summaryWordsFor } from '../../../core/engagement/documents/summary-words.js';
import { notFound } from '../../errors.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { readEngagementEntries } from '../../process/stakeholders/read-engagement-entries.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { conversationsRepo } from '../conversations/conversations.repo.js';
import { readSynthesis } from '../focus-groups/read-synthesis.js';
import { readEngagementSettings } from '../settings/read-engagement-settings.js';
import { listSurveys } from '../surveys/list-surveys.js';
import { loadSummaryConversation } from './load-summary-conversation.js';
import { loadSummarySurvey } from './load-summary-survey.js';

/**
 * What the engagement summary of one phase of a planning cycle is made from: every survey placed
 * in the phase's engagement plan (a stakeholder group in this phase) that has been opened, oldest
 * first, the conversations placed there the same way, and the focus groups whose session is in the phase. Drafts are left out: they have heard
 * nobody yet. 404 when the cycle is not the district's or the phase not the cycle's.
 */
export async function readPhaseSummary(options: { db: Kysely<DB>; organizationId: string; cycleId: string; phaseId: string; publicUrl: string; language: string; now?: Date }): Promise<EngagementSummaryInput> {
  const { db, organizationId, cycleId, phaseId } = options;
  const contents = await readCycleContents({ db, organizationId, cycleId });
  if (!contents) throw notFound('Cycle');
  const phase = contents.phases.find((candidate) => candidate.id === phaseId);
  if (!phase) throw notFound('Phase');
  const [organization, entries, surveys, focusGroups, conversations, settings] = await Promise.all([
    findOrganization(db, organizationId),
    readEngagementEntries({ db, organizationId, cycleId }),
    listSurveys({ db, organizationId }),
    readSynthesis({ db, organizationId, cycleId, phaseId }),
    conversationsRepo.list(db, organizationId),
    readEngagementSettings({ db, organizationId }),
  ]);
  const groupOfEntry = new Map(entries.filter((entry) => entry.phaseId === phaseId).map((entry) => [entry.id, entry.groupName]));
  const inPhase = surveys
    .filter((survey) => survey.status !== 'draft' && survey.engagement_entry_id !== null && groupOfEntry.has(survey.engagement_entry_id))
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime());
  const conversationsInPhase = conversations
    .filter((conversation) => conversation.status !== 'draft' && conversation.engagement_entry_id !== null && groupOfEntry.has(conversation.engagement_entry_id))
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime());
  return {
    organizationName: organization?.name ?? '',
    scope: { kind: 'phase', cycleName: contents.cycle.name, phaseName: phase.name },
    preparedOn: (options.now ?? new Date()).toISOString().slice(0, 10),
    words: summaryWordsFor(options.language),
    surveys: await Promise.all(
      inPhase.map((survey) => loadSummarySurvey({ db, organizationId, survey, publicUrl: options.publicUrl, placeInPlan: { phaseName: phase.name, groupName: groupOfEntry.get(survey.engagement_entry_id!) || null } })),
    ),
    conversations: await Promise.all(
      conversationsInPhase.map((conversation) =>
        loadSummaryConversation({ db, organizationId, conversation, language: summaryWordsFor(options.language).language, threshold: settings.respondent_threshold, groupName: groupOfEntry.get(conversation.engagement_entry_id!) || null }),
      ),
    ),
    focusGroups,
  };
}
