import { useState, type ReactNode } from 'react';
import { api } from '../../../app/api';
import { useI18n } from '../../../app/i18n/i18n-provider';
import { Alert } from '../../../app/ui/alert';
import { Button } from '../../../app/ui/button';
import { ConfirmDialog } from '../../../app/ui/dialog';
import { ErrorAlert } from '../../../app/ui/error-message';
import { Loading } from '../../../app/ui/loading';
import { useResource } from '../../../app/use-resource';
import { useConversation } from '../conversation-context';
import { ConversationThemeCard } from './conversation-theme-card';
import { conversationThemesApi, type ConversationTheme, type ConversationThemes, type ThemedStatement } from './conversation-themes-api';
import { ThemedStatementList } from './themed-statement-list';
import { useThemeSet } from '../../themes/use-theme-set';
import '../../themes/themes.css';
import './conversation-themes.css';


/**
 * The Themes tab of a conversation (both modes): the accepted statements grouped by what they talk
 * about, by the same engine as a survey's open answers. Planners find them (again, after a warning
 * that their edits are lost), rename, merge, split, and move a statement to another theme. Finding
 * runs on the server in the background: the tab polls until the themes are found.
 */
export function ConversationThemesPage() {
  const { t, locale } = useI18n();
  const { conversation, canEdit } = useConversation();
  const themes = useResource<ConversationThemes>(conversationThemesApi.themes(conversation.id));
  const [isFinding, setIsFinding] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const data = themes.data;
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const { notice, setNotice, isBusy, isConfirming, setIsConfirming, isRunning, change } = useThemeSet<ConversationThemes>({
    themes,
    apply: (next) => {
      if (next) themes.setData(next);
    },
    reloadAll: themes.reload,
    words: { done: t('conversationThemes.done'), busy: t('conversationThemes.busy'), tooAlike: t('conversationThemes.tooAlike'), conflict: t('conversationThemes.conflict') },
  });

  const id = conversation.id;
  const findThemes = async (replaceEdited: boolean) => {
    setIsConfirming(false);
    if (data?.edited_at && !replaceEdited) return setIsConfirming(true);
    setIsFinding(true);
    await change(
      () => api.post<ConversationThemes>(conversationThemesApi.find(id), { version: data?.version ?? 0, replace_edited: replaceEdited }),
      (next) => (next?.status === 'done' ? t('conversationThemes.done') : null),
    );
    setIsFinding(false);
  };
  const rename = (theme: ConversationTheme, label: string) => change(() => api.patch<ConversationThemes>(conversationThemesApi.theme(id, theme.id), { version: theme.version, label }));
  const split = (theme: ConversationTheme) => change(() => api.post<ConversationThemes>(conversationThemesApi.split(id, theme.id), { version: data!.version }));
  const merge = async (themeIds: string[]) => {
    if (await change(() => api.post<ConversationThemes>(conversationThemesApi.merge(id), { version: data!.version, theme_ids: themeIds }))) setSelected([]);
  };
  const move = (statement: ThemedStatement, themeId: string | null) =>
    void change(() => api.post<ConversationThemes>(conversationThemesApi.move(id), { version: data!.version, statement_ids: [statement.id], theme_id: themeId }), () => t('conversationThemes.moved'));

  if (themes.error && !data) return <ErrorAlert error={themes.error} title={t('conversationThemes.loadFailed')} />;
  if (!data) return <Loading />;

  const hasThemes = data.themes.length > 0;
  const chosen = selected.filter((themeId) => data.themes.some((theme) => theme.id === themeId));
  const toggle = (themeId: string) => setSelected((current) => (current.includes(themeId) ? current.filter((other) => other !== themeId) : [...current, themeId]));

  return (
    <section className="card conversation-themes" aria-labelledby="conversation-themes-heading">
      <div className="card-header conversation-themes-header">
        <div className="conversation-themes-intro">
          <h2 id="conversation-themes-heading">{t('conversationThemes.title')}</h2>
          <p className="muted">
            {t('conversationThemes.statements', { count: number(data.statements) })}. {t('conversationThemes.intro')}
          </p>
        </div>
        {canEdit && (
          <div className="conversation-themes-find">
            <Button variant={hasThemes ? 'secondary' : 'primary'} isBusy={isBusy || isRunning} disabled={data.statements === 0} onClick={() => findThemes(false)}>
              {hasThemes ? t('conversationThemes.findAgain') : t('conversationThemes.find')}
            </Button>
            {hasThemes && <p className="muted conversation-themes-warning">{t('conversationThemes.findAgainHint')}</p>}
          </div>
        )}
      </div>
      <div className="card-body stack">
        {notice &&
          (notice.tone === 'danger' ? (
            <ErrorAlert error={notice.error} onDismiss={() => setNotice(null)} />
          ) : (
            <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
              {notice.text}
            </Alert>
          ))}
        {(isRunning || isFinding) && (
          <Alert tone="info">
            <span className="row">
              <span className="spinner" aria-hidden="true" /> {t('conversationThemes.finding', { count: number(data.statements) })}
            </span>
          </Alert>
        )}
        {data.status === 'failed' && (
          <Alert tone="warning">{t('conversationThemes.failed', { reason: data.error === 'interrupted' ? t('conversationThemes.interrupted') : (data.error ?? '') })}</Alert>
        )}
        {!hasThemes && !isRunning && !isFinding && <p className="muted">{data.statements === 0 ? t('conversationThemes.noStatements') : t('conversationThemes.none')}</p>}
        {canEdit && data.themes.length > 1 && (
          <div className="theme-merge">
            <Button size="small" disabled={chosen.length < 2} isBusy={isBusy} onClick={() => merge(chosen)}>
              {t('conversationThemes.merge', { count: chosen.length })}
            </Button>
            {chosen.length < 2 && <span className="muted theme-merge-hint">{t('conversationThemes.mergeHint')}</span>}
          </div>
        )}
        {hasThemes && (
          <ol className="theme-cards conversation-theme-cards">
            {data.themes.map((theme) => (
              <ConversationThemeCard
                key={theme.id}
                theme={theme}
                themes={data.themes}
                canEdit={canEdit}
                isBusy={isBusy}
                isSelected={chosen.includes(theme.id)}
                onSelect={() => toggle(theme.id)}
                onRename={(label) => rename(theme, label)}
                onSplit={() => split(theme)}
                onMove={move}
              />
            ))}
          </ol>
        )}
        {hasThemes && data.new_statements.length > 0 && (
          <OtherStatements title={t('conversationThemes.newTitle')} hint={t('conversationThemes.newHint')} statements={data.new_statements}>
            {(statements) => <ThemedStatementList statements={statements} currentThemeId={null} themes={data.themes} canMove={canEdit} isBusy={isBusy} onMove={move} />}
          </OtherStatements>
        )}
        {data.unsorted.length > 0 && (
          <OtherStatements title={t('conversationThemes.unsortedTitle')} hint={t('conversationThemes.unsortedHint')} statements={data.unsorted}>
            {(statements) => <ThemedStatementList statements={statements} currentThemeId={null} themes={data.themes} canMove={canEdit} isBusy={isBusy} onMove={move} />}
          </OtherStatements>
        )}
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('conversationThemes.replaceTitle')}
        confirmLabel={t('conversationThemes.replaceConfirm')}
        isBusy={isBusy}
        onConfirm={() => findThemes(true)}
        onCancel={() => setIsConfirming(false)}
      >
        <p>{t('conversationThemes.replaceBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Statements in no theme (not sorted, or accepted since), under their own heading. */
function OtherStatements({ title, hint, statements, children }: { title: string; hint: string; statements: ThemedStatement[]; children: (statements: ThemedStatement[]) => ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="conversation-themes-other" aria-label={title}>
      <h3 className="theme-label">
        {title} <span className="theme-count">{t('conversationThemes.count', { count: statements.length })}</span>
      </h3>
      <p className="muted theme-words">{hint}</p>
      {children(statements)}
    </section>
  );
}
