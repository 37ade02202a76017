import type { Kysely } from 'kysely';
import { synthesizeFocusGroups, type FocusGroupSynthesis } from '../../../core/engagement/focus-groups/synthesize-focus-groups.js';
import type { Constituency } from '../../../core/process/constituencies.js';
import type { DB } from '../../db/schema.js';
import { focusGroupsRepo } from './focus-groups.repo.js';
import { readSessionFacts } from './read-focus-groups.js';
import { themesRepo } from './themes.repo.js';

/**
 * The theme-by-group table of the cycle's focus groups (core/engagement/focus-groups/synthesize-focus-groups.ts);
 * with `phaseId`, of those held in that phase only (their session is in it): the engagement summary of a phase.
 */
export async function readSynthesis(options: { db: Kysely<DB>; organizationId: string; cycleId: string; phaseId?: string }): Promise<FocusGroupSynthesis> {
  const sessions = await readSessionFacts(options);
  const [groups, themes, codes] = await Promise.all([
    focusGroupsRepo.list(options.db, options.organizationId, options.cycleId),
    themesRepo.list(options.db, options.organizationId, options.cycleId),
    focusGroupsRepo.listCycleCodes(options.db, options.organizationId, options.cycleId),
  ]);
  return synthesizeFocusGroups({
    groups: groups
      .filter((group) => sessions.has(group.session_id) && (options.phaseId === undefined || sessions.get(group.session_id)!.phase_id === options.phaseId))
      .map((group) => {
        const session = sessions.get(group.session_id)!;
        return { id: group.id, name: session.name, date: session.date, constituency: group.constituency as Constituency, language: group.language, label: group.label, participantCount: group.participant_count };
      }),
    themes: themes.map((theme) => ({ id: theme.id, name: theme.name, description: theme.description })),
    codes: codes.map((code) => ({ focusGroupId: code.focus_group_id, themeId: code.theme_id, passage: code.passage, noteText: code.note_text })),
  });
}

/** The synthesis as the API answers it. */
export function presentSynthesis(synthesis: FocusGroupSynthesis) {
  return {
    columns: synthesis.columns.map((group) => ({
      focus_group_id: group.id,
      session_name: group.name,
      date: group.date,
      constituency: group.constituency,
      language: group.language,
      label: group.label,
      participant_count: group.participantCount,
    })),
    rows: synthesis.rows.map((row) => ({
      theme_id: row.theme.id,
      name: row.theme.name,
      description: row.theme.description,
      groups_raised: row.groupsRaised,
      cells: row.cells.map((cell) => ({ focus_group_id: cell.focusGroupId, passages: cell.passages, quotes: cell.quotes })),
    })),
  };
}
