import type { Kysely } from 'kysely';
import { isModerationReason, moderationReasonTexts } from '../../../../core/engagement/moderation/moderation-policy.js';
import type { DB } from '../../../db/schema.js';
import { readConversation } from '../list-conversations.js';
import type { Cell } from '../../surveys/survey-spreadsheets.js';
import { moderationRepo } from './moderation.repo.js';

type Locale = 'en' | 'es';

/** Column names stay the same in every language, so a district's scripts can read any download. */
const header = ['time', 'statement_id', 'polis_comment_id', 'statement', 'decision', 'reason', 'reason_text', 'moderator'] as const;

/**
 * The conversation's moderation log as rows for a spreadsheet, oldest first: when (UTC), which
 * statement and its words, the decision (accepted or hidden), the policy's reason (its key and its
 * published wording in the reader's language) and who decided, by name (the label the decision
 * was logged with when the account is gone or it came from the command line or an import).
 */
export async function exportModerationLog(options: { db: Kysely<DB>; organizationId: string; conversationId: string; locale: Locale }) {
  const { db, locale } = options;
  const conversation = await readConversation(options);
  const rows = await moderationRepo.log(db, conversation.id);
  const body: Cell[][] = rows.map((row) => [
    new Date(row.moderated_at).toISOString(),
    row.statement_id,
    row.external_id,
    row.text,
    row.decision,
    row.reason,
    isModerationReason(row.reason) ? moderationReasonTexts[row.reason][locale] : null,
    row.moderator_name ?? row.moderator_label,
  ]);
  return { conversation, header, rows: body };
}
