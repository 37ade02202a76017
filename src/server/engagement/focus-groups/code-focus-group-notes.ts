import type { Kysely } from 'kysely';
import type { Protocol } from '../../../core/engagement/focus-groups/protocol-format.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { focusGroupsRepo } from './focus-groups.repo.js';
import { presentCode } from './focus-groups.present.js';
import { themesRepo } from './themes.repo.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  focusGroupId: string;
}

const codesOf = async (db: Parameters<typeof focusGroupsRepo.listCodes>[0], focusGroupId: string) => ({ coded: (await focusGroupsRepo.listCodes(db, [focusGroupId])).map(presentCode) });

/**
 * Attaches themes of the cycle's codebook to a question's notes: to the words selected (which must
 * be in the notes as saved) or to the whole note. A theme already on the same words is not added twice.
 */
export function codeFocusGroupNotes(options: Scope & { questionKey: string; themeIds: string[]; passage: string | null }) {
  const { db, actor, organizationId, cycleId, focusGroupId, questionKey } = options;
  const passage = options.passage?.trim() || null;
  return inTransaction(db, async (trx) => {
    const group = await focusGroupsRepo.lock(trx, organizationId, cycleId, focusGroupId);
    if (!group) throw notFound('Focus group');
    if (!(group.protocol as Protocol).questions.some((question) => question.key === questionKey)) throw invalidInput('/question_key', 'is not a question of this focus group', { code: 'does_not_exist' });
    const note = await focusGroupsRepo.findNote(trx, focusGroupId, questionKey);
    if (!note || !note.text.trim()) throw invalidInput('/question_key', 'has no notes to code yet', { code: 'required' });
    if (passage && !note.text.includes(passage)) throw invalidInput('/passage', 'is not in the notes of this question as saved', { code: 'does_not_exist' });
    const known = await themesRepo.idsInCycle(trx, organizationId, cycleId, options.themeIds);
    options.themeIds.forEach((themeId, index) => {
      if (!known.has(themeId)) throw invalidInput(`/theme_ids/${index}`, "is not a theme of this cycle's codebook", { code: 'not_in_this_cycle' });
    });
    const existing = (await focusGroupsRepo.listCodes(trx, [focusGroupId])).filter((code) => code.question_key === questionKey && code.passage === passage);
    const themeIds = [...new Set(options.themeIds)].filter((themeId) => !existing.some((code) => code.theme_id === themeId));
    const added = await focusGroupsRepo.insertCodes(trx, themeIds.map((themeId) => ({ organizationId, noteId: note.id, themeId, passage, createdBy: actor.userId })));
    if (added.length > 0) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'focus_group.coded', entityType: 'focus_group_note', entityId: note.id, after: { questionKey, passage, themeIds, codeIds: added.map((code) => code.id) } });
    }
    return codesOf(trx, focusGroupId);
  });
}

/** Takes a theme off a passage or note. */
export function removeFocusGroupCode(options: Scope & { codeId: string }) {
  const { db, actor, organizationId, cycleId, focusGroupId, codeId } = options;
  return inTransaction(db, async (trx) => {
    if (!(await focusGroupsRepo.lock(trx, organizationId, cycleId, focusGroupId))) throw notFound('Focus group');
    const code = await focusGroupsRepo.findCode(trx, focusGroupId, codeId);
    if (!code) throw notFound('Code');
    await focusGroupsRepo.removeCode(trx, codeId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'focus_group.uncoded', entityType: 'focus_group_code', entityId: codeId, before: { questionKey: code.question_key, themeId: code.theme_id, passage: code.passage } });
    return codesOf(trx, focusGroupId);
  });
}
