import type { Kysely } from 'kysely';
import type { PolisComment, PolisVote } from '../../../../core/engagement/conversations/polis-export.js';
import { writePolisComments, writePolisParticipantsVotes, writePolisVotes } from '../../../../core/engagement/conversations/polis-export-writer.js';
import type { DB } from '../../../db/schema.js';
import { readOpinionGroups } from '../read-opinion-groups.js';
import { loadExportData, millisOf } from './load-export-data.js';

export type PolisFile = 'comments' | 'votes' | 'participants-votes';

/**
 * One file of a vote-mode conversation's export in Polis's layout (see polis-export-writer.ts):
 * hidden statements are moderated -1 as Polis marks them, statements a moderator accepted 1, the
 * rest 0; `participants-votes` carries each participant's opinion group. What it returns reads back
 * through the Polis import unchanged.
 */
export async function exportPolisFile(options: { db: Kysely<DB>; organizationId: string; conversationId: string; file: PolisFile }): Promise<{ prompt: unknown; csv: string }> {
  const data = await loadExportData({ ...options, mode: 'vote' });
  const { statementIds, participantIds } = data;
  const comments: PolisComment[] = data.statements.map((s) => ({
    id: statementIds.get(s.id)!,
    authorId: s.author_participant_id === null ? null : (participantIds.get(s.author_participant_id) ?? null),
    timestamp: millisOf(s.created_at),
    moderated: s.status === 'hidden' ? -1 : s.status === 'accepted' && s.is_accepted_by_moderator ? 1 : 0,
    text: s.text,
  }));
  const votes: PolisVote[] = data.votes.map((v) => ({ commentId: statementIds.get(v.statement_id)!, voterId: participantIds.get(v.participant_id)!, timestamp: millisOf(v.voted_at), vote: v.value as -1 | 0 | 1 }));
  const prompt = data.conversation.prompt;
  if (options.file === 'comments') return { prompt, csv: writePolisComments(comments, votes) };
  if (options.file === 'votes') return { prompt, csv: writePolisVotes(votes) };
  return { prompt, csv: writePolisParticipantsVotes({ comments, votes, groupOf: await groupsOf(options, data.participantIds, data.votes.length) }) };
}

/** Each participant's opinion group under their export id; the groups name participants as imported (Polis id) or by database id. */
async function groupsOf(options: { db: Kysely<DB>; organizationId: string; conversationId: string }, participantIds: ReadonlyMap<string, string>, voteCount: number) {
  const groupOf = new Map<string, number | null>();
  if (voteCount === 0) return groupOf;
  const exportIdOf = new Map<string, string>();
  for (const [id, exportId] of participantIds) exportIdOf.set(id, exportId).set(exportId, exportId);
  const result = await readOpinionGroups(options);
  for (const group of result.groups) for (const participant of group.participants) groupOf.set(exportIdOf.get(participant) ?? participant, group.id);
  return groupOf;
}
