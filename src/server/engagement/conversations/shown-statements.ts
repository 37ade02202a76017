import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeEpoch } from '../../db/write-epoch.js';
import { conversationParticipationRepo } from './conversation-participation.repo.js';

type Texts = Record<string, string>;

/** A statement participants are shown, with what routing needs of its votes. */
export interface ShownStatement {
  id: string;
  text: string;
  language: string;
  translations: Texts;
  isSeed: boolean;
  authorParticipantId: string | null;
  reply: { reply: Texts | null; what_we_did: Texts | null } | null;
  seen: number;
  agree: number;
  pass: number;
}

/**
 * The statements of a conversation participants are shown, with their tallies, remembered for a
 * few seconds: every participant asks for their next statements many times a minute, and a tally
 * a few seconds old orders them just as fairly. A moderator's decision (committed through
 * inTransaction) is seen at once; a participant's own statement forgets the entry.
 */
const MAX_AGE_MS = 3_000;
const MAX_CONVERSATIONS = 500;
const remembered = new Map<string, { epoch: number; at: number; statements: Promise<ShownStatement[]> }>();

export function loadShownStatements(db: Kysely<DB>, conversationId: string): Promise<ShownStatement[]> {
  const now = Date.now();
  const epoch = writeEpoch();
  const hit = remembered.get(conversationId);
  if (hit && hit.epoch === epoch && now - hit.at < MAX_AGE_MS) return hit.statements;
  const statements = readShownStatements(db, conversationId);
  if (remembered.size >= MAX_CONVERSATIONS) remembered.clear();
  remembered.set(conversationId, { epoch, at: now, statements });
  // A failed read is not remembered: the next request asks again.
  statements.catch(() => {
    if (remembered.get(conversationId)?.statements === statements) remembered.delete(conversationId);
  });
  return statements;
}

export function forgetShownStatements(conversationId: string): void {
  remembered.delete(conversationId);
}

async function readShownStatements(db: Kysely<DB>, conversationId: string): Promise<ShownStatement[]> {
  const [rows, tallies] = await Promise.all([conversationParticipationRepo.listShownStatements(db, conversationId), conversationParticipationRepo.listTallies(db, conversationId)]);
  const tallyOf = new Map(tallies.map((tally) => [tally.statement_id, tally]));
  return rows.map((row) => {
    const tally = tallyOf.get(row.id);
    return {
      id: row.id,
      text: row.text,
      language: row.language,
      translations: (row.translations ?? {}) as Texts,
      isSeed: row.is_seed,
      authorParticipantId: row.author_participant_id,
      reply: row.reply_id === null ? null : { reply: (row.reply ?? null) as Texts | null, what_we_did: (row.what_we_did ?? null) as Texts | null },
      seen: Number(tally?.seen ?? 0),
      agree: Number(tally?.agree ?? 0),
      pass: Number(tally?.pass ?? 0),
    };
  });
}

/** A shown statement as the public routes present it. */
export function presentPublicStatement(statement: ShownStatement) {
  return { id: statement.id, text: statement.text, language: statement.language, translations: statement.translations, is_seed: statement.isSeed, reply: statement.reply };
}
