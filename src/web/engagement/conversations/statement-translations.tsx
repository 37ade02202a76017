import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextAreaField } from '../../app/ui/field';
import { languageName } from '../surveys/survey-words';
import { useConversation } from './conversation-context';
import type { TeamStatement } from './conversations-api';
import { moderationApi, type CurrentTranslations } from './moderation-api';

const TRANSLATION_MAX_LENGTH = 600;

/** The conversation's languages a statement can be translated into: all but the one it is written in. */
export const translationLanguages = (languages: readonly string[], statement: Pick<TeamStatement, 'language'>) => languages.filter((code) => code !== statement.language);

/**
 * The team's translation of a statement into each other language of the conversation, shown to
 * participants reading in that language beside the original. Each changed language is saved
 * against the statement's version; when it changed meanwhile (409), the current words are loaded.
 */
export function StatementTranslationsEditor({ statement, onSaved }: { statement: TeamStatement; onSaved: (statement: TeamStatement) => void }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { conversation } = useConversation();
  const [saved, setSaved] = useState<CurrentTranslations>({ translations: statement.translations, version: statement.version });
  const [texts, setTexts] = useState<Record<string, string>>(statement.translations);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isConflict, setIsConflict] = useState(false);
  const languages = translationLanguages(conversation.languages, statement);
  const changed = languages.filter((code) => (texts[code] ?? '').trim() !== (saved.translations[code] ?? ''));

  const save = async () => {
    setIsBusy(true);
    setFailure(null);
    setIsConflict(false);
    let version = saved.version;
    try {
      let latest: TeamStatement | null = null;
      for (const language of changed) {
        const text = (texts[language] ?? '').trim();
        latest = await api.put<TeamStatement>(moderationApi.translations(conversation.id, statement.id), { language, text: text || null, version });
        version = latest.version;
        setSaved({ translations: latest.translations, version });
      }
      if (latest) {
        setTexts(latest.translations);
        onSaved(latest);
      }
      say(t('moderation.translations.saved'));
    } catch (cause) {
      const error = ApiError.from(cause);
      const current = error.body.current as CurrentTranslations | undefined;
      if (error.code === 'conflict' && current) {
        setSaved(current);
        setTexts(current.translations);
        setIsConflict(true);
      } else setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="stack statement-translations-editor">
      {isConflict && (
        <Alert tone="warning" announce="alert" title={t('moderation.translations.conflict')}>
          <p>{t('moderation.translations.conflictText')}</p>
        </Alert>
      )}
      {failure && <ErrorAlert error={failure} title={t('moderation.translations.failed')} onDismiss={() => setFailure(null)} />}
      {languages.map((code) => (
        <TextAreaField
          key={code}
          name={`translation-${statement.id}-${code}`}
          label={t('moderation.translations.into', { language: languageName(locale, code) })}
          hint={t('moderation.translations.hint')}
          isOptional
          rows={2}
          lang={code}
          maxLength={TRANSLATION_MAX_LENGTH}
          value={texts[code] ?? ''}
          onChange={(event) => setTexts({ ...texts, [code]: event.target.value })}
        />
      ))}
      <div>
        <Button size="small" variant="primary" isBusy={isBusy} disabled={changed.length === 0} onClick={save}>
          {t('moderation.translations.save')}
        </Button>
      </div>
    </div>
  );
}
