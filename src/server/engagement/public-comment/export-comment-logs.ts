import type { Kysely } from 'kysely';
import { commentModerationReasonText, isCommentModerationReason } from '../../../core/engagement/moderation/moderation-policy.js';
import type { DB } from '../../db/schema.js';
import { listPlanVersions } from '../../plan/versions/list-plan-versions.js';
import type { Cell } from '../surveys/survey-spreadsheets.js';
import { listPublicComments } from './list-public-comments.js';
import { publicCommentsRepo } from './public-comments.repo.js';

type Locale = 'en' | 'es';

const dispositionWords: Record<Locale, Record<string, string>> = {
  en: { accepted: 'Accepted', partly: 'Partly accepted', not_accepted: 'Not accepted', out_of_scope: 'Out of scope' },
  es: { accepted: 'Aceptado', partly: 'Aceptado en parte', not_accepted: 'No aceptado', out_of_scope: 'Fuera de alcance' },
};

/** Column names stay the same in every language, so a district's scripts can read any download. */
const moderationHeader = ['time', 'comment_id', 'element_key', 'comment', 'decision', 'reason', 'reason_text', 'moderator'] as const;
const responseHeader = ['received', 'comment_id', 'window_opened', 'element_key', 'quote', 'comment', 'role', 'school', 'theme', 'disposition', 'disposition_text', 'note', 'changed_keys', 'decided_by', 'decided_at'] as const;

/** Every moderation decision on the plan's comments, oldest first, with the policy's words in the reader's language and who decided. */
export async function exportCommentModerationLog(options: { db: Kysely<DB>; organizationId: string; planId: string; locale: Locale }) {
  const { plan } = await listPlanVersions(options);
  const rows = await publicCommentsRepo.moderationLog(options.db, plan.id);
  const body: Cell[][] = rows.map((row) => [
    new Date(row.moderated_at).toISOString(),
    row.comment_id,
    row.element_key,
    row.body,
    row.decision,
    row.reason,
    isCommentModerationReason(row.reason) ? commentModerationReasonText(row.reason)[options.locale] : null,
    row.moderator_name ?? row.moderator_label,
  ]);
  return { plan, header: moderationHeader, rows: body };
}

/**
 * The response log: every comment the team read (confirmed, not hidden) with its theme and what
 * the team decided, why, and the changes that carried it out. Names and addresses stay out: the
 * log is what a district publishes or hands the board.
 */
export async function exportCommentResponseLog(options: { db: Kysely<DB>; organizationId: string; planId: string; locale: Locale }) {
  const { plan } = await listPlanVersions(options);
  const comments = (await listPublicComments(options)).filter((c) => c.status === 'pending' || c.status === 'accepted');
  const windows = new Map((await publicCommentsRepo.windowsOpened(options.db, plan.id)).map((w) => [w.id, w.opens_on]));
  const body: Cell[][] = comments.map((c) => [
    c.created_at,
    c.id,
    windows.get(c.window_id) ?? null,
    c.element_key,
    c.quote,
    c.body,
    c.role,
    c.school?.name ?? null,
    c.theme?.label ?? null,
    c.disposition?.value ?? null,
    c.disposition ? dispositionWords[options.locale][c.disposition.value]! : null,
    c.disposition?.note ?? null,
    c.disposition?.changed_keys.join(' ') ?? null,
    c.disposition?.by ?? null,
    c.disposition?.at ?? null,
  ]);
  return { plan, header: responseHeader, rows: body };
}
