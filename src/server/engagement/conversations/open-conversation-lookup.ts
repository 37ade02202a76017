import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeEpoch } from '../../db/write-epoch.js';
import { conversationsRepo } from './conversations.repo.js';

export type ConversationByCode = NonNullable<Awaited<ReturnType<typeof conversationsRepo.findByCode>>>;

/**
 * Conversations by public code, remembered between requests, as survey ingest remembers surveys
 * (surveys/open-survey-lookup.ts): every vote reads the same conversation, and a busy one takes
 * many a second. A remembered conversation is used only while this process has committed nothing
 * since (opening, closing and changing one commit through inTransaction; participants' writes do
 * not) and for at most MAX_AGE_MS, which bounds what a change made by another process can miss.
 */
const MAX_AGE_MS = 5_000;
const MAX_CODES = 1_000;
const remembered = new Map<string, { epoch: number; at: number; conversation: ConversationByCode }>();
const underWay = new Map<string, { epoch: number; lookup: Promise<ConversationByCode | undefined> }>();

export function findConversationByCode(db: Kysely<DB>, code: string): Promise<ConversationByCode | undefined> {
  const now = Date.now();
  const epoch = writeEpoch();
  const hit = remembered.get(code);
  if (hit && hit.epoch === epoch && now - hit.at < MAX_AGE_MS) return Promise.resolve(hit.conversation);
  const pending = underWay.get(code);
  if (pending && pending.epoch === epoch) return pending.lookup;
  const lookup = conversationsRepo.findByCode(db, code).then((conversation) => {
    if (remembered.size >= MAX_CODES) remembered.clear();
    // Only a conversation found is remembered: an unknown code costs a guesser a query each time, not memory.
    if (conversation) remembered.set(code, { epoch, at: now, conversation });
    return conversation;
  });
  underWay.set(code, { epoch, lookup });
  const forget = () => {
    if (underWay.get(code)?.lookup === lookup) underWay.delete(code);
  };
  lookup.then(forget, forget);
  return lookup;
}
