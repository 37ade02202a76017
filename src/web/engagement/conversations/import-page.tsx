import { useState, type FormEvent } from 'react';
import { ApiError, fieldIssueMessage } from '../../app/api';
import { sendForm } from '../../app/send-form';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { useConversation } from './conversation-context';
import { conversationsApi, type ImportSummary } from './conversations-api';
import { placeOfProblem } from './import-problems';

/**
 * Bringing in a conversation held in Polis: its export's comments.csv and votes.csv, kept with
 * Polis's ids. All or nothing: a refused file lists each problem by file, line and column, as a
 * spreadsheet numbers them.
 */
export function ImportPage() {
  const { t } = useI18n();
  const say = useAnnounce();
  const { csrfToken } = useSignedIn();
  const { conversation, canEdit, reload } = useConversation();
  const [comments, setComments] = useState<File | null>(null);
  const [votes, setVotes] = useState<File | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!comments || !votes) return;
    const form = new FormData();
    form.append('comments', comments, 'comments.csv');
    form.append('votes', votes, 'votes.csv');
    setIsBusy(true);
    setFailure(null);
    setSummary(null);
    try {
      const imported = await sendForm<ImportSummary>(conversationsApi.import(conversation.id), form, csrfToken);
      setSummary(imported);
      say(t('conversationImport.done'));
      await reload();
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  if (conversation.mode !== 'vote') return <Alert tone="info" title={t('conversationImport.voteOnly')} />;
  const problems = failure?.code === 'invalid_input' ? failure.details : [];
  return (
    <section className="card" aria-labelledby="import-heading">
      <div className="card-header">
        <div>
          <h2 id="import-heading">{t('conversationImport.title')}</h2>
          <p>{t('conversationImport.description')}</p>
        </div>
      </div>
      <form className="card-body stack" onSubmit={send}>
        {summary && (
          <Alert tone="success" title={t('conversationImport.done')}>
            <p>{t('conversationImport.summary', { statements: summary.statements, hidden: summary.hidden, participants: summary.participants, votes: summary.votes })}</p>
          </Alert>
        )}
        {failure && problems.length === 0 && <ErrorAlert error={failure} title={t('conversationImport.failed')} onDismiss={() => setFailure(null)} />}
        {problems.length > 0 && (
          <Alert tone="danger" announce="alert" title={t('conversationImport.refused', { count: problems.length })}>
            <ul className="problem-list">
              {problems.map((detail, i) => {
                const place = placeOfProblem(detail.path);
                return (
                  <li key={`${detail.path}-${i}`}>
                    <strong>
                      {place.line === null ? place.file : place.column ? t('conversationImport.placeColumn', { file: place.file, line: place.line, column: place.column }) : t('conversationImport.place', { file: place.file, line: place.line })}
                    </strong>
                    : {fieldIssueMessage(detail)}
                  </li>
                );
              })}
            </ul>
          </Alert>
        )}
        <fieldset className="stack conversation-form" disabled={!canEdit || isBusy}>
          <div className="form-grid">
            <div className="field">
              <label className="field-label" htmlFor="import-comments">
                <code>comments.csv</code>
              </label>
              <input id="import-comments" type="file" accept=".csv,text/csv" className="input" onChange={(event) => setComments(event.target.files?.[0] ?? null)} aria-describedby="import-comments-hint" />
              <span className="field-hint" id="import-comments-hint">
                {t('conversationImport.commentsHint')}
              </span>
            </div>
            <div className="field">
              <label className="field-label" htmlFor="import-votes">
                <code>votes.csv</code>
              </label>
              <input id="import-votes" type="file" accept=".csv,text/csv" className="input" onChange={(event) => setVotes(event.target.files?.[0] ?? null)} aria-describedby="import-votes-hint" />
              <span className="field-hint" id="import-votes-hint">
                {t('conversationImport.votesHint')}
              </span>
            </div>
          </div>
          <p className="muted">{t('conversationImport.once')}</p>
          <div>
            <Button type="submit" variant="primary" isBusy={isBusy} disabled={!comments || !votes}>
              {t('conversationImport.send')}
            </Button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
