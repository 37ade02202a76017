import type { CommentWithMentions } from './list-plan-comments.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentComment(row: CommentWithMentions) {
  return {
    id: row.id,
    elementId: row.element_id,
    elementKey: row.element_key,
    author: row.author_id && row.author_name !== null ? { id: row.author_id, name: row.author_name } : null,
    body: row.body,
    mentions: row.mentioned.map((p) => ({ userId: p.id, name: p.name })),
    resolvedAt: row.resolved_at ? iso(row.resolved_at) : null,
    createdAt: iso(row.created_at),
  };
}
