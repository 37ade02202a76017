import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, withQuery } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { languageName } from '../surveys/survey-words';
import { engagementPath } from '../surveys/surveys-api';
import { useConversation } from './conversation-context';
import { ConversationFields } from './conversation-fields';
import { bodyOf, draftOf, errorsOf } from './conversation-draft';
import { conversationsApi, type ConversationDetail } from './conversations-api';
import { ConversationExports } from './exports/conversation-exports';
import '../share/share.css';

/**
 * A conversation's settings: edited against the version read (409: someone saved since; their
 * version is loaded and the reader's changes are kept on screen to apply again), opened (refused
 * while a text lacks a translation) and closed, and its public link once open.
 */
export function ConversationSettingsPage() {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { conversation, setConversation, reload, canEdit, organizationId } = useConversation();
  const [draft, setDraft] = useState(() => draftOf(conversation));
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isConflict, setIsConflict] = useState(false);
  const [busy, setBusy] = useState<'save' | 'open' | 'close' | null>(null);
  const [isConfirmingClose, setIsConfirmingClose] = useState(false);
  const [isCopied, setIsCopied] = useState(false);
  const isOpen = conversation.status !== 'draft';
  const publicUrl = conversation.public_url ?? (conversation.public_code ? `${window.location.origin}/c/${conversation.public_code}` : null);

  const save = async () => {
    setBusy('save');
    setFailure(null);
    setIsConflict(false);
    const { mode, ...rest } = bodyOf(draft);
    try {
      const saved = await api.patch<ConversationDetail>(conversationsApi.conversation(conversation.id), { version: conversation.version, ...(isOpen ? {} : { mode }), ...rest });
      setConversation(saved);
      setDraft(draftOf(saved));
      say(t('conversation.saved'));
    } catch (cause) {
      const error = ApiError.from(cause);
      const current = error.body.current as ConversationDetail | undefined;
      if (error.code === 'conflict' && current && current.version !== conversation.version) {
        setConversation(current);
        setIsConflict(true);
      } else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const act = async (what: 'open' | 'close') => {
    setBusy(what);
    setFailure(null);
    try {
      await api.post(what === 'open' ? conversationsApi.open(conversation.id) : conversationsApi.close(conversation.id));
      await reload();
      say(what === 'open' ? t('conversation.opened') : t('conversation.closed'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setBusy(null);
      setIsConfirmingClose(false);
    }
  };

  const copy = async () => {
    if (!publicUrl) return;
    try {
      await navigator.clipboard.writeText(publicUrl);
      setIsCopied(true);
      say(t('share.copied'));
    } catch {
      document.getElementById('conversation-public-link')?.focus();
    }
  };

  const missing = failure?.details.filter((d) => d.code === 'missing_translation') ?? [];
  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="conversation-status">
        <div className="card-header">
          <div>
            <h2 id="conversation-status">{t('share.status.title')}</h2>
            <p>{t(`conversation.status.${conversation.status}`)}</p>
          </div>
        </div>
        <div className="card-body stack">
          {failure && missing.length === 0 && <ErrorAlert error={failure} title={t('conversation.failed')} onDismiss={() => setFailure(null)} />}
          {missing.length > 0 && (
            <Alert tone="warning" announce="alert" title={t('conversation.missing.title', { count: missing.reduce((sum, d) => sum + (d.path.startsWith('/page_texts/') ? Number(d.params?.count ?? 1) : 1), 0) })}>
              <ul>
                {missing.map((d) => {
                  const language = d.path.split('/').pop() ?? '';
                  // The participant page's own words: translated once for the district, in the engagement settings.
                  if (d.path.startsWith('/page_texts/')) {
                    return (
                      <li key={d.path}>
                        <Link to={withQuery(`${engagementPath(organizationId)}/settings`, { lang: language })}>{t('conversation.missing.pageTexts', { language: languageName(locale, language), count: Number(d.params?.count ?? 0) })}</Link>
                      </li>
                    );
                  }
                  return <li key={d.path}>{t(d.path.startsWith('/prompt') ? 'conversation.missing.prompt' : 'conversation.missing.question', { language: languageName(locale, language) })}</li>;
                })}
              </ul>
            </Alert>
          )}
          {conversation.missing_translations.length > 0 && conversation.status === 'draft' && missing.length === 0 && (
            <p className="muted">{t('conversation.missing.before', { languages: [...new Set(conversation.missing_translations.map((m) => languageName(locale, m.language)))].join(', ') })}</p>
          )}
          {canEdit && (
            <div className="share-actions">
              {conversation.status !== 'open' && (
                <Button variant="primary" isBusy={busy === 'open'} onClick={() => act('open')}>
                  {conversation.status === 'closed' ? t('conversation.reopen') : t('conversation.open')}
                </Button>
              )}
              {conversation.status === 'open' && (
                <Button variant="danger" isBusy={busy === 'close'} onClick={() => setIsConfirmingClose(true)}>
                  {t('conversation.close')}
                </Button>
              )}
            </div>
          )}
          {publicUrl && (
            <div className="stack">
              <p>{t('conversation.link.description')}</p>
              <div className="share-link-row">
                <label className="visually-hidden" htmlFor="conversation-public-link">
                  {t('conversation.link.label')}
                </label>
                <input id="conversation-public-link" className="input mono" readOnly value={publicUrl} onFocus={(event) => event.target.select()} />
                <Button onClick={copy}>
                  <Icon name="copy" size={16} />
                  {isCopied ? t('share.copied') : t('share.copy')}
                </Button>
              </div>
              <div className="share-actions">
                <a className="button button-secondary" href={`/api/conversations/${conversation.id}/flyer.pdf`} download>
                  {t('conversation.link.flyer')}
                </a>
              </div>
            </div>
          )}
        </div>
      </section>

      <section className="card" aria-labelledby="conversation-settings">
        <div className="card-header">
          <div>
            <h2 id="conversation-settings">{t('conversation.settings.title')}</h2>
            <p>{isOpen ? t('conversation.settings.whileOpen') : t('conversation.settings.description')}</p>
          </div>
        </div>
        <fieldset className="card-body stack conversation-form" disabled={!canEdit}>
          {isConflict && (
            <Alert tone="warning" announce="alert" title={t('conversation.conflict.title')} onDismiss={() => setIsConflict(false)}>
              <p>{t('conversation.conflict.text')}</p>
              <Button size="small" onClick={() => {
                  setDraft(draftOf(conversation));
                  setIsConflict(false);
                }}>
                {t('conversation.conflict.load')}
              </Button>
            </Alert>
          )}
          <ConversationFields draft={draft} onChange={setDraft} organizationId={organizationId} errors={errorsOf(failure)} isOpen={isOpen} idPrefix="conversation" />
          {canEdit && (
            <div>
              <Button variant="primary" isBusy={busy === 'save'} onClick={save}>
                {t('conversation.save')}
              </Button>
            </div>
          )}
        </fieldset>
      </section>

      {isOpen && <ConversationExports conversation={conversation} />}

      <ConfirmDialog isOpen={isConfirmingClose} title={t('conversation.closeConfirm.title')} confirmLabel={t('conversation.close')} isBusy={busy === 'close'} onCancel={() => setIsConfirmingClose(false)} onConfirm={() => act('close')}>
        <p>{t('conversation.closeConfirm.text')}</p>
      </ConfirmDialog>
    </div>
  );
}
