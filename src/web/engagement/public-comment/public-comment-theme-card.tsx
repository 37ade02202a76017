import type { Resource } from '../../app/use-resource';
import type { ThemedItemsPanelKeys } from '../themes/theme-keys';
import { DispositionEditor } from './disposition-editor';
import { usePartLabel } from './part-label';
import type { ChangesSinceDraft, DispositionBody, PublicCommentTheme, ThemedComment } from './public-comment-api';

/*
 * What a public comment theme has of its own on the shared Themes tab (src/web/engagement/themes):
 * its words, a comment's part of the plan and quote, and the team's one decision for all of them.
 */

export const publicCommentThemeKeys: ThemedItemsPanelKeys = {
  title: 'publicComment.themes.title',
  intro: 'publicComment.themes.intro',
  total: 'publicComment.themes.comments',
  find: 'publicComment.themes.find',
  findAgain: 'publicComment.themes.findAgain',
  findAgainHint: 'publicComment.themes.findAgainHint',
  finding: 'publicComment.themes.finding',
  failed: 'publicComment.themes.failed',
  interrupted: 'publicComment.themes.interrupted',
  none: 'publicComment.themes.none',
  noItems: 'publicComment.themes.noComments',
  merge: 'publicComment.themes.merge',
  mergeHint: 'publicComment.themes.mergeHint',
  replaceTitle: 'publicComment.themes.replaceTitle',
  replaceBody: 'publicComment.themes.replaceBody',
  replaceConfirm: 'publicComment.themes.replaceConfirm',
  select: 'publicComment.themes.select',
  renameLabel: 'publicComment.themes.renameLabel',
  save: 'publicComment.themes.save',
  cancel: 'publicComment.themes.cancel',
  count: 'publicComment.themes.comments',
  words: 'publicComment.themes.words',
  rename: 'publicComment.themes.rename',
  split: 'publicComment.themes.split',
  showAll: 'publicComment.themes.showAll',
  showFewer: 'publicComment.themes.showFewer',
  moveLabel: 'publicComment.themes.moveLabel',
  moveChoose: 'publicComment.themes.moveTo',
  notSorted: 'publicComment.themes.notSorted',
  moved: 'publicComment.themes.moved',
  done: 'publicComment.themes.done',
  busy: 'publicComment.themes.busy',
  tooAlike: 'publicComment.themes.tooAlike',
  conflict: 'publicComment.themes.conflict',
  unsortedTitle: 'publicComment.themes.unsortedTitle',
  unsortedHint: 'publicComment.themes.unsortedHint',
  newTitle: 'publicComment.themes.newTitle',
  newHint: 'publicComment.themes.newHint',
};

/** A comment under a theme (or in none): the part of the plan it is about, the words it quotes, and what it says. */
export function ThemedCommentText({ comment }: { comment: ThemedComment }) {
  const partLabel = usePartLabel();
  return (
    <>
      <p className="themed-comment-part muted">{partLabel(comment.element_key)}</p>
      {comment.quote && <blockquote className="public-comment-quote">{comment.quote}</blockquote>}
      <p className="themed-item-text" lang={comment.language}>
        {comment.text}
      </p>
    </>
  );
}

/** The team's one decision for all of a theme's comments. */
export function ThemeDisposition({ theme, changes, canEdit, onSave }: { theme: PublicCommentTheme; changes: Resource<ChangesSinceDraft>; canEdit: boolean; onSave: (body: DispositionBody) => Promise<void> }) {
  // The changes offered first are those of the part most of its comments are about.
  const mainPart = mostCommon(theme.comments.map((comment) => comment.element_key));
  return <DispositionEditor id={`theme-${theme.id}`} disposition={theme.disposition} version={theme.version} elementKey={mainPart} changes={changes} canEdit={canEdit} onSave={onSave} />;
}

function mostCommon(keys: Array<string | null>): string | null {
  const counts = new Map<string | null, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
