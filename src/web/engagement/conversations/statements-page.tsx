import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField } from '../../app/ui/field';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { languageName } from '../surveys/survey-words';
import { useConversation } from './conversation-context';
import { errorsOf } from './conversation-draft';
import { statementStatusLabel } from './conversation-words';
import { conversationsApi, type StatementStatus, type TeamStatement } from './conversations-api';
import { moderationApi } from './moderation-api';
import { StatementCard } from './statement-card';
import './moderation.css';

const STATEMENT_MAX_LENGTH = 300;
type Filter = StatementStatus | 'all';

/**
 * The statements of a conversation: for moderators first the queue of those waiting (with its
 * count) and the moderation log to download, then every statement filtered by status, each with its votes, moderation and reply; the
 * team adds seed statements, labelled as theirs.
 */
export function StatementsPage() {
  const { t } = useI18n();
  const { conversation, canEdit, canModerate, reload } = useConversation();
  const [filter, setFilter] = useState<Filter>('all');
  // People without engagement.moderate are sent accepted statements only: the filters would say nothing.
  const statements = useResource<{ statements: TeamStatement[] }>(conversationsApi.statements(conversation.id));
  const all = statements.data?.statements ?? [];
  const pending = all.filter((s) => s.status === 'pending');
  const shown = filter === 'all' ? all : all.filter((s) => s.status === filter);
  const count = (status: StatementStatus) => all.filter((s) => s.status === status).length;
  const added = (statement: TeamStatement) => {
    statements.setData((current) => current && { statements: [...current.statements, statement] });
    void reload();
  };
  const replace = (changed: TeamStatement) => {
    statements.setData((current) => current && { statements: current.statements.map((s) => (s.id === changed.id ? changed : s)) });
    void reload();
  };

  return (
    <div className="stack-lg">
      {canModerate && (
        <section className="card" aria-labelledby="queue-heading">
          <div className="card-header">
            <div>
              <h2 id="queue-heading">{t('conversationStatements.queue.title')}</h2>
              <p>{conversation.moderation === 'pre' ? t('conversationStatements.queue.pre') : t('conversationStatements.queue.post')}</p>
            </div>
            <p className="queue-count" aria-live="polite">
              {t('conversationStatements.queue.count', { count: pending.length })}
            </p>
          </div>
          {pending.length > 0 && (
            <ul className="statement-list card-body">
              {pending.map((statement) => (
                <StatementCard key={statement.id} statement={statement} onChange={replace} />
              ))}
            </ul>
          )}
          <div className="card-body moderation-log-row">
            <p className="muted">{t('moderation.log.description')}</p>
            <a className="button button-secondary button-small" href={moderationApi.log(conversation.id)} download>
              {t('moderation.log.download')}
            </a>
          </div>
        </section>
      )}

      {canEdit && conversation.status !== 'closed' && <SeedStatementForm onAdded={added} />}

      <section className="card" aria-labelledby="statements-heading">
        <div className="card-header">
          <h2 id="statements-heading">{t('conversationStatements.title')}</h2>
          {canModerate && (
            <div className="statement-filters" role="group" aria-label={t('conversationStatements.filter')}>
              {(['all', 'accepted', 'pending', 'hidden'] as const).map((value) => (
                <Button key={value} size="small" variant={filter === value ? 'primary' : 'secondary'} aria-pressed={filter === value} onClick={() => setFilter(value)}>
                  {value === 'all' ? t('conversationStatements.filterAll', { count: all.length }) : t('conversationStatements.filterStatus', { status: t(statementStatusLabel(value)), count: count(value) })}
                </Button>
              ))}
            </div>
          )}
        </div>
        <ResourceStates resource={statements} isEmpty={shown.length === 0} errorTitle={t('conversationStatements.loadFailed')} emptyIcon="inbox" emptyTitle={t('conversationStatements.empty')}>
          <ul className="statement-list card-body">
            {shown.map((statement) => (
              <StatementCard key={statement.id} statement={statement} onChange={replace} />
            ))}
          </ul>
        </ResourceStates>
      </section>
    </div>
  );
}

/** A statement by the district's team, to start the conversation off: accepted at once and labelled as the team's. */
function SeedStatementForm({ onAdded }: { onAdded: (statement: TeamStatement) => void }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { conversation } = useConversation();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState(conversation.languages.includes(locale) ? locale : conversation.languages[0]!);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const errors = errorsOf(failure);

  const add = async () => {
    setIsBusy(true);
    setFailure(null);
    try {
      onAdded(await api.post<TeamStatement>(conversationsApi.statements(conversation.id), { text, language }));
      setText('');
      say(t('conversationStatements.seedAdded'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="seed-heading">
      <div className="card-header">
        <div>
          <h2 id="seed-heading">{t('conversationStatements.seed.title')}</h2>
          <p>{t('conversationStatements.seed.description')}</p>
        </div>
      </div>
      <div className="card-body stack">
        {failure && !errors.text && <ErrorAlert error={failure} title={t('conversationStatements.seed.failed')} onDismiss={() => setFailure(null)} />}
        <TextAreaField
          name="seed-text"
          label={t('conversationStatements.seed.text')}
          hint={t('conversationStatements.seed.hint', { left: STATEMENT_MAX_LENGTH - text.length })}
          rows={2}
          maxLength={STATEMENT_MAX_LENGTH}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={errors.text}
        />
        <div className="seed-row">
          <SelectField name="seed-language" label={t('conversationStatements.seed.language')} value={language} onChange={(event) => setLanguage(event.target.value)} options={conversation.languages.map((code) => ({ value: code, label: languageName(locale, code) }))} />
          <Button variant="primary" isBusy={isBusy} onClick={add} disabled={!text.trim()}>
            {t('conversationStatements.seed.add')}
          </Button>
        </div>
      </div>
    </section>
  );
}
