import { parse } from 'csv-parse/sync';
import { COMMENTS_FILE, readPolisComments, readPolisVotes, VOTES_FILE, type CsvRow } from '../../../core/engagement/conversations/polis-export.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { problemsError } from '../surveys/survey-problems-error.js';
import type { DistrictScope } from './conversation-scope.js';
import { conversationImportRepo } from './conversation-import.repo.js';
import { conversationsRepo } from './conversations.repo.js';

const POLIS_MODERATED_OUT = 'Moderated out in Polis before the import';

/**
 * Brings a conversation run in Polis into a vote-mode conversation, from the export's
 * `comments.csv` and `votes.csv` as Polis writes them: Polis's comment ids and voter ids are kept
 * (the statements' and participants' external ids, which the results show), comments Polis had
 * moderated out come in hidden (with a row of the moderation log saying so), and a voter's latest
 * vote on a comment by timestamp is the one kept. All of it in one transaction with its audit
 * event: a bad row stores nothing, and the 400 names the file, line and column of every bad cell.
 *
 * Refused (409), not repeated, on a conversation that already holds an import: two imports would
 * mix two Polis conversations, or count one twice. Refused for a rate-mode conversation.
 */
export async function importPolisExport(options: DistrictScope & { conversationId: string; files: { comments: string; votes: string } }) {
  const { db, actor, organizationId, conversationId } = options;
  const comments = readPolisComments(csvRows(options.files.comments, COMMENTS_FILE));
  if (!comments.ok) throw problemsError(comments.problems, `${COMMENTS_FILE} has problems`);
  const votes = readPolisVotes(csvRows(options.files.votes, VOTES_FILE), new Set(comments.rows.map((comment) => comment.id)));
  if (!votes.ok) throw problemsError(votes.problems, `${VOTES_FILE} has problems`);

  return inTransaction(db, async (trx) => {
    const conversation = await conversationsRepo.find(trx, organizationId, conversationId, { lock: true });
    if (!conversation) throw notFound('Conversation');
    if (conversation.mode !== 'vote') throw new AppError('conflict', 'A Polis export holds votes (agree, disagree, pass): import it into a conversation where people vote');
    if (await conversationImportRepo.hasImported(trx, conversationId)) {
      throw new AppError('conflict', 'This conversation already holds an imported Polis export; import another export into a new conversation');
    }

    // Every voter and author is a participant, joined on the day they first took part.
    const firstSeen = new Map<string, number>();
    const seen = (id: string, at: number) => firstSeen.set(id, Math.min(firstSeen.get(id) ?? at, at));
    for (const comment of comments.rows) if (comment.authorId !== null) seen(comment.authorId, comment.timestamp);
    for (const vote of votes.rows) seen(vote.voterId, vote.timestamp);
    const participantIds = await conversationImportRepo.insertParticipants(trx, {
      conversationId,
      organizationId,
      participants: [...firstSeen].map(([externalId, at]) => ({ externalId, day: new Date(Math.floor(at / 86_400_000) * 86_400_000) })),
    });
    const statementIds = await conversationImportRepo.insertStatements(trx, {
      conversationId,
      organizationId,
      language: (conversation.languages as string[])[0]!,
      statements: comments.rows.map((comment) => ({
        externalId: comment.id,
        text: comment.text,
        createdAt: new Date(comment.timestamp),
        isHidden: comment.moderated === -1,
        authorId: comment.authorId === null ? null : participantIds.get(comment.authorId)!,
      })),
    });
    const inOrder = [...votes.rows].sort((a, b) => a.timestamp - b.timestamp);
    await conversationImportRepo.insertVotes(trx, {
      conversationId,
      organizationId,
      votes: inOrder.map((vote) => ({ statementId: statementIds.get(vote.commentId)!, participantId: participantIds.get(vote.voterId)!, value: vote.vote, votedAt: new Date(vote.timestamp) })),
    });
    const hidden = comments.rows.filter((comment) => comment.moderated === -1).map((comment) => statementIds.get(comment.id)!);
    await conversationImportRepo.insertModerationEvents(trx, { conversationId, organizationId, statementIds: hidden, note: POLIS_MODERATED_OUT, moderatedBy: actor.userId, moderatorLabel: actor.label });
    await conversationsRepo.noteModeration(trx, conversationId);
    const summary = { statements: comments.rows.length, hidden: hidden.length, participants: firstSeen.size, votes: votes.rows.length };
    await recordAuditEvent(trx, actor, { organizationId, action: 'conversation.polis_imported', entityType: 'conversation', entityId: conversationId, after: summary });
    return summary;
  });
}

/**
 * A CSV file's records, each with the line it starts on (a quoted comment may span lines). A file
 * the CSV reader cannot read at all (an unclosed quote) is a 400 at the line it gave up on.
 */
function csvRows(text: string, file: string): CsvRow[] {
  let records: Array<{ record: string[]; info: { lines: number; empty_lines: number } }>;
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw invalidInput(typeof line === 'number' ? `/${file}/${line}` : `/${file}`, `cannot be read as CSV: ${(error as Error).message}`, { code: 'invalid_format' });
  }
  let previousEnd = 0;
  let previousEmpty = 0;
  return records.map(({ record, info }) => {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return { line, fields: record };
  });
}
