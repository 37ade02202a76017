import type { Kysely } from 'kysely';
import type { Protocol } from '../../../core/engagement/focus-groups/protocol-format.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { focusGroupsRepo } from './focus-groups.repo.js';
import { emptyNote, presentNote } from './focus-groups.present.js';

/**
 * Saves one question's notes, as the notes page autosaves them. The caller names the version it
 * wrote from (0 for a question without notes): when another note-taker saved since, the save is
 * refused with 409 and their text, so the page can offer to merge instead of overwriting it.
 */
export function saveFocusGroupNote(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; focusGroupId: string; questionKey: string; version: number; text: string }) {
  const { db, actor, organizationId, cycleId, focusGroupId, questionKey, version, text } = options;
  return inTransaction(db, async (trx) => {
    const group = await focusGroupsRepo.lock(trx, organizationId, cycleId, focusGroupId);
    if (!group) throw notFound('Focus group');
    if (!(group.protocol as Protocol).questions.some((question) => question.key === questionKey)) throw notFound('Question');
    const before = await focusGroupsRepo.findNote(trx, focusGroupId, questionKey);
    const saved =
      version === 0
        ? await focusGroupsRepo.insertNote(trx, { organizationId, focusGroupId, questionKey, text, userId: actor.userId })
        : await focusGroupsRepo.updateNote(trx, { focusGroupId, questionKey, version, text, userId: actor.userId });
    if (!saved) {
      throw new AppError('conflict', 'Someone else saved notes for this question meanwhile; merge them with yours', [], { current: before ? presentNote(before) : emptyNote(questionKey) });
    }
    const after = (await focusGroupsRepo.findNote(trx, focusGroupId, questionKey))!;
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'focus_group.notes_saved',
      entityType: 'focus_group_note',
      entityId: after.id,
      before: before ? { questionKey, text: before.text, version: before.version } : undefined,
      after: { questionKey, text: after.text, version: after.version },
    });
    return presentNote(after);
  });
}
