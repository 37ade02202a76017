import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource, type Resource } from '../../app/use-resource';
import { ThemedItemsPanel } from '../themes/themed-items-panel';
import { themeSetUrls, useThemeSet } from '../themes/use-theme-set';
import { publicCommentThemeKeys, ThemedCommentText, ThemeDisposition } from './public-comment-theme-card';
import { publicCommentApi, type ChangesSinceDraft, type DispositionBody, type PublicCommentTheme, type PublicCommentThemes } from './public-comment-api';
import '../themes/themes.css';

interface Props {
  planId: string;
  windowId: string;
  changes: Resource<ChangesSinceDraft>;
  canEdit: boolean;
  /** A theme's decision was recorded: the window's counts and the comments' decisions change. */
  onDecided: () => void;
}

/**
 * The Themes tab of public comment: one window's comments grouped by what they talk about, by the
 * engagement domain's theme engine, on the same tab as a conversation's ideas. Besides finding
 * (again, after a warning that their edits and decisions are lost), renaming, merging, splitting
 * and moving, planners record one decision for a whole theme. The tab polls until themes are found.
 */
export function PublicCommentThemesTab({ planId, windowId, changes, canEdit, onDecided }: Props) {
  const { t } = useI18n();
  const themes = useResource<PublicCommentThemes>(publicCommentApi.themes(planId, windowId));
  const set = useThemeSet<PublicCommentThemes>({ themes, urls: themeSetUrls(publicCommentApi.themes(planId, windowId), 'comment_ids'), keys: publicCommentThemeKeys });
  const data = themes.data;
  // The editor says what went wrong, so a refusal is thrown back to it rather than shown twice.
  const dispose = async (theme: PublicCommentTheme, body: DispositionBody) => {
    try {
      themes.setData(await api.put<PublicCommentThemes>(publicCommentApi.themeDisposition(planId, windowId, theme.id), body));
      onDecided();
    } catch (cause) {
      await themes.reload();
      throw cause;
    }
  };

  if (themes.error && !data) return <ErrorAlert error={themes.error} title={t('publicComment.themes.loadFailed')} />;
  if (!data) return <Loading />;

  return (
    <ThemedItemsPanel
      set={set}
      data={data}
      total={data.comments}
      itemsOf={(theme) => theme.comments}
      newItems={data.new_comments}
      canEdit={canEdit}
      keys={publicCommentThemeKeys}
      name="public-comment-themes"
      cardsClassName="public-comment-theme-cards"
      renderItem={(comment) => <ThemedCommentText comment={comment} />}
      cardFooter={(theme) => <ThemeDisposition theme={theme} changes={changes} canEdit={canEdit} onSave={(body) => dispose(theme, body)} />}
    />
  );
}
