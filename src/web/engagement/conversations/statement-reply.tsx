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
import { conversationsApi, type StatementReply, type TeamStatement } from './conversations-api';

type Texts = Record<string, string>;
/** Texts by language with the empty ones left out; null when none is left (the server removes it). */
const cleaned = (texts: Texts): Texts | null => {
  const kept = Object.fromEntries(Object.entries(texts).map(([code, text]) => [code, text.trim()]).filter(([, text]) => text));
  return Object.keys(kept).length ? kept : null;
};

/**
 * A leader's reply, shown beside the statement to participants, and later "what we did" to close
 * the loop; one text per language of the conversation. Saved against the reply's version: when
 * someone wrote since (409), theirs is loaded and shown.
 */
export function StatementReplyEditor({ statement, onSaved }: { statement: TeamStatement; onSaved: (reply: StatementReply) => void }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { conversation } = useConversation();
  const [reply, setReply] = useState<Texts>(statement.reply?.reply ?? {});
  const [whatWeDid, setWhatWeDid] = useState<Texts>(statement.reply?.what_we_did ?? {});
  const [version, setVersion] = useState(statement.reply?.version ?? 0);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isConflict, setIsConflict] = useState(false);

  const save = async () => {
    setIsBusy(true);
    setFailure(null);
    setIsConflict(false);
    try {
      const saved = await api.put<StatementReply>(conversationsApi.reply(conversation.id, statement.id), { version, reply: cleaned(reply), what_we_did: cleaned(whatWeDid) });
      setVersion(saved.version);
      onSaved(saved);
      say(t('conversationStatements.replySaved'));
    } catch (cause) {
      const error = ApiError.from(cause);
      const current = error.body.current as StatementReply | undefined;
      if (error.code === 'conflict' && current) {
        setReply(current.reply ?? {});
        setWhatWeDid(current.what_we_did ?? {});
        setVersion(current.version);
        setIsConflict(true);
      } else setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="stack statement-reply-editor">
      {isConflict && (
        <Alert tone="warning" announce="alert" title={t('conversationStatements.replyConflict')}>
          <p>{t('conversationStatements.replyConflictText')}</p>
        </Alert>
      )}
      {failure && <ErrorAlert error={failure} title={t('conversationStatements.replyFailed')} onDismiss={() => setFailure(null)} />}
      {conversation.languages.map((code) => (
        <div key={code} className="form-grid">
          <TextAreaField
            name={`reply-${statement.id}-${code}`}
            label={t('conversationStatements.replyIn', { language: languageName(locale, code) })}
            isOptional
            rows={2}
            maxLength={2000}
            value={reply[code] ?? ''}
            onChange={(event) => setReply({ ...reply, [code]: event.target.value })}
          />
          <TextAreaField
            name={`did-${statement.id}-${code}`}
            label={t('conversationStatements.whatWeDidIn', { language: languageName(locale, code) })}
            isOptional
            rows={2}
            maxLength={2000}
            value={whatWeDid[code] ?? ''}
            onChange={(event) => setWhatWeDid({ ...whatWeDid, [code]: event.target.value })}
          />
        </div>
      ))}
      <div>
        <Button size="small" variant="primary" isBusy={isBusy} onClick={save}>
          {t('conversationStatements.saveReply')}
        </Button>
      </div>
    </div>
  );
}
