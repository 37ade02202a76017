import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { planCommentsRepo, type CommentRow } from './plan-comments.repo.js';

export type CommentWithMentions = CommentRow & { mentioned: Array<{ id: string; name: string }> };

/** A plan's comments, oldest first, each with the names of the people it mentions. */
export async function listPlanComments(options: { db: Kysely<DB>; planId: string }): Promise<CommentWithMentions[]> {
  return withMentionNames(options.db, await planCommentsRepo.list(options.db, options.planId));
}

/** Looks the mentioned people up once for all the comments; a removed account drops out. */
export async function withMentionNames(db: Kysely<DB>, rows: CommentRow[]): Promise<CommentWithMentions[]> {
  const people = await planCommentsRepo.namesOf(db, [...new Set(rows.flatMap((r) => r.mentions))]);
  const byId = new Map(people.map((p) => [p.id, p]));
  return rows.map((row) => ({ ...row, mentioned: row.mentions.flatMap((id) => byId.get(id) ?? []) }));
}
