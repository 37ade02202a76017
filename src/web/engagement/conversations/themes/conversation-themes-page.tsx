import { useI18n } from '../../../app/i18n/i18n-provider';
import { Badge } from '../../../app/ui/badge';
import { ErrorAlert } from '../../../app/ui/error-message';
import { Loading } from '../../../app/ui/loading';
import { useResource } from '../../../app/use-resource';
import { useConversation } from '../conversation-context';
import { conversationThemesApi, type ConversationThemes, type ThemedStatement } from './conversation-themes-api';
import type { ThemedItemsPanelKeys } from '../../themes/theme-keys';
import { ThemedItemsPanel } from '../../themes/themed-items-panel';
import { themeSetUrls, useThemeSet } from '../../themes/use-theme-set';
import '../../themes/themes.css';
import './conversation-themes.css';

/** The conversation's words for the shared Themes tab. */
const keys: ThemedItemsPanelKeys = {
  title: 'conversationThemes.title',
  intro: 'conversationThemes.intro',
  total: 'conversationThemes.statements',
  find: 'conversationThemes.find',
  findAgain: 'conversationThemes.findAgain',
  findAgainHint: 'conversationThemes.findAgainHint',
  finding: 'conversationThemes.finding',
  failed: 'conversationThemes.failed',
  interrupted: 'conversationThemes.interrupted',
  none: 'conversationThemes.none',
  noItems: 'conversationThemes.noStatements',
  merge: 'conversationThemes.merge',
  mergeHint: 'conversationThemes.mergeHint',
  replaceTitle: 'conversationThemes.replaceTitle',
  replaceBody: 'conversationThemes.replaceBody',
  replaceConfirm: 'conversationThemes.replaceConfirm',
  select: 'conversationThemes.select',
  renameLabel: 'conversationThemes.renameLabel',
  save: 'conversationThemes.save',
  cancel: 'conversationThemes.cancel',
  count: 'conversationThemes.count',
  words: 'conversationThemes.words',
  rename: 'conversationThemes.rename',
  split: 'conversationThemes.split',
  showAll: 'conversationThemes.showAll',
  showFewer: 'conversationThemes.showFewer',
  moveLabel: 'conversationThemes.moveTo',
  moveChoose: 'conversationThemes.moveChoose',
  notSorted: 'conversationThemes.notSorted',
  moved: 'conversationThemes.moved',
  done: 'conversationThemes.done',
  busy: 'conversationThemes.busy',
  tooAlike: 'conversationThemes.tooAlike',
  conflict: 'conversationThemes.conflict',
  unsortedTitle: 'conversationThemes.unsortedTitle',
  unsortedHint: 'conversationThemes.unsortedHint',
  newTitle: 'conversationThemes.newTitle',
  newHint: 'conversationThemes.newHint',
};

/**
 * The Themes tab of a conversation (both modes): the accepted statements grouped by what they talk
 * about, by the same engine as a survey's open answers, on the same tab as a comment window's
 * themes. Finding runs on the server in the background: the tab polls until the themes are found.
 */
export function ConversationThemesPage() {
  const { t } = useI18n();
  const { conversation, canEdit } = useConversation();
  const themes = useResource<ConversationThemes>(conversationThemesApi.themes(conversation.id));
  const set = useThemeSet<ConversationThemes>({ themes, urls: themeSetUrls(conversationThemesApi.themes(conversation.id), 'statement_ids'), keys });
  const data = themes.data;

  if (themes.error && !data) return <ErrorAlert error={themes.error} title={t('conversationThemes.loadFailed')} />;
  if (!data) return <Loading />;

  return (
    <ThemedItemsPanel
      set={set}
      data={data}
      total={data.statements}
      itemsOf={(theme) => theme.statements}
      newItems={data.new_statements}
      canEdit={canEdit}
      keys={keys}
      name="conversation-themes"
      cardsClassName="conversation-theme-cards"
      renderItem={(statement) => <StatementText statement={statement} />}
    />
  );
}

/** A statement as everywhere in a conversation: the team's own are labelled as such. */
function StatementText({ statement }: { statement: ThemedStatement }) {
  const { t } = useI18n();
  return (
    <p className="themed-item-text" lang={statement.language}>
      {statement.is_seed && <Badge tone="info">{t('conversationThemes.seed')}</Badge>} {statement.text}
    </p>
  );
}
