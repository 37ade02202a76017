import type { DiscussionRow, ReplyRow } from './discussions.repo.js';

// The district the author wrote for, or the network when they wrote for it (a district since deleted reads as the network's cohort).
const authorOf = (row: { author_name: string | null; author_district_id: string | null; district_name: string | null; network_name: string }) => ({
  name: row.author_name,
  organizationName: row.author_district_id ? (row.district_name ?? row.network_name) : row.network_name,
  districtId: row.author_district_id,
});

export function presentDiscussion(row: DiscussionRow) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    author: authorOf(row),
    replyCount: Number(row.reply_count ?? 0),
    createdAt: new Date(row.created_at).toISOString(),
    lastActivityAt: new Date(row.last_reply_at).toISOString(),
  };
}

export function presentReply(row: ReplyRow) {
  return { id: row.id, body: row.body, author: authorOf(row), createdAt: new Date(row.created_at).toISOString() };
}

export function presentThread(row: DiscussionRow, replies: readonly ReplyRow[]) {
  return { ...presentDiscussion(row), replies: replies.map(presentReply) };
}
