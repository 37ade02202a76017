import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { listPublicComments } from '../public-comment/list-public-comments.js';
import { citationsRepo } from './citations.repo.js';
import type { CitableItem } from './list-citable-evidence.js';
import { commentCitationWords } from '../../../core/engagement/public-comment/comment-citation-words.js';

type Language = 'en' | 'es';
const LABEL_WORDS = 8;

const firstWords = (text: string) => {
  const all = text.trim().split(/\s+/);
  return all.length > LABEL_WORDS ? `${all.slice(0, LABEL_WORDS).join(' ')}…` : all.join(' ');
};

/**
 * What a plan element can cite from the public comment on a district's drafts: each comment the
 * moderators let through or have yet to judge (never a hidden one, nor one whose address is not
 * confirmed), quoted with the role its writer gave and never a name or an address, and the themes
 * the team grouped them into, with how many such comments each holds.
 */
export async function listCitablePublicComments(options: { db: Kysely<DB>; organizationId: string; language: Language }): Promise<CitableItem[]> {
  const { db, organizationId, language } = options;
  const said = commentCitationWords[language];
  const planIds = await citationsRepo.listCommentedPlanIds(db, organizationId);
  if (planIds.length === 0) return [];
  const items: CitableItem[] = [];
  for (const planId of planIds) {
    const comments = (await listPublicComments({ db, organizationId, planId, language })).filter((comment) => comment.status === 'accepted' || comment.status === 'pending');
    const themes = new Map<string, { label: string; count: number }>();
    const seen = new Set<string>();
    for (const comment of comments) {
      if (seen.has(comment.id)) continue;
      seen.add(comment.id);
      items.push({
        link: { kind: 'public_comment', plan_id: planId, comment_id: comment.id },
        source: said.source,
        label: `${comment.element_key ?? said.wholeDraft}: ${firstWords(comment.body)}`,
        text: said.comment(comment.body, comment.role_label),
      });
      if (comment.theme) themes.set(comment.theme.id, { label: comment.theme.label, count: (themes.get(comment.theme.id)?.count ?? 0) + 1 });
    }
    for (const [themeId, theme] of themes) {
      items.push({ link: { kind: 'public_comment_theme', plan_id: planId, theme_id: themeId }, source: said.source, label: theme.label, text: said.theme(theme.label, theme.count) });
    }
  }
  return items;
}
