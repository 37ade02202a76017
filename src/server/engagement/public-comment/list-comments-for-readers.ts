import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { publicCommentsRepo } from './public-comments.repo.js';

/**
 * A window's comments as anyone may read them where the district shows them: accepted by a
 * moderator, the name only if the writer gave one, never an address.
 */
export async function listCommentsForReaders(options: { db: Kysely<DB>; windowId: string }) {
  const rows = await publicCommentsRepo.listAccepted(options.db, options.windowId);
  return rows.map((row) => ({
    id: row.id,
    element_key: row.element_key,
    quote: row.quote,
    body: row.body,
    author_name: row.author_name,
    role: row.role,
    disposition: row.disposition,
    disposition_note: row.disposition_note,
    changed_keys: (row.changed_keys as string[]) ?? [],
    created_at: new Date(row.created_at).toISOString(),
  }));
}
