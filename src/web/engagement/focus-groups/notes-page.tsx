import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { focusGroupPaths, focusGroupsApi, type FocusGroupCode, type FocusGroupDetail, type Theme } from './focus-groups-api';
import { formatDay, useProtocolText, useWhoWords } from './focus-group-words';
import { QuestionNotes } from './question-notes';
import { useNotesSync } from './use-notes-sync';
import './focus-groups.css';

// Other note-takers' saves and codes appear without a reload, a few seconds late.
const REFRESH_EVERY_MS = 15_000;

/** The notes page a note-taker keeps open on a tablet during the focus group: one text area per question. */
export function NotesPage() {
  const { cycleId, focusGroupId } = useParams() as { cycleId: string; focusGroupId: string };
  const { t } = useI18n();
  const group = useResource<FocusGroupDetail>(focusGroupsApi.group(cycleId, focusGroupId));
  if (group.error) return <ErrorAlert error={group.error} title={t('notes.loadFailed')} />;
  if (!group.data) return <Loading />;
  return <NotesOfGroup key={focusGroupId} initial={group.data} />;
}

function NotesOfGroup({ initial }: { initial: FocusGroupDetail }) {
  const { t, locale } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'engagement.edit');
  const text = useProtocolText();
  const who = useWhoWords();
  const cycleId = initial.cycle_id;
  const questions = initial.protocol.questions;
  const sync = useNotesSync({ cycleId, focusGroupId: initial.id, questionKeys: questions.map((q) => q.key), serverNotes: initial.notes });
  const [coded, setCoded] = useState<FocusGroupCode[]>(initial.coded);
  const themes = useResource<{ themes: Theme[] }>(focusGroupsApi.themes(cycleId));
  const { takeServerNotes } = sync;

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.hidden || !navigator.onLine) return;
      api.get<FocusGroupDetail>(focusGroupsApi.group(cycleId, initial.id)).then(
        (latest) => {
          takeServerNotes(latest.notes);
          setCoded(latest.coded);
        },
        () => undefined,
      );
    }, REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [cycleId, initial.id, takeServerNotes]);

  const codesChanged = useCallback((questionKey: string, next: FocusGroupCode[]) => setCoded((current) => [...current.filter((code) => code.question_key !== questionKey), ...next]), []);
  const session = initial.session;
  const title = session.name;

  return (
    <div className="stack-lg fg-notes-page">
      <Link className="back-link" to={focusGroupPaths.list(organizationId, cycleId)}>
        ← {t('notes.back')}
      </Link>
      <PageHeader eyebrow={text(initial.title)} titleContext={organization!.name} title={title} />
      <dl className="fg-facts">
        <div>
          <dt>{t('notes.facts.session')}</dt>
          <dd>
            {formatDay(locale, session.date)}
            {session.start_time ? ` · ${session.start_time}` : ''} · {session.phase_name}
          </dd>
        </div>
        <div>
          <dt>{t('notes.facts.place')}</dt>
          <dd>{session.place ?? t('notes.facts.noPlace')}</dd>
        </div>
        <div>
          <dt>{t('notes.facts.who')}</dt>
          <dd>
            {who(initial)}
            {initial.participant_count !== null && ` · ${t('focusGroups.participants', { count: initial.participant_count })}`}
          </dd>
        </div>
        {initial.facilitator && (
          <div>
            <dt>{t('notes.facts.facilitator')}</dt>
            <dd>{initial.facilitator}</dd>
          </div>
        )}
      </dl>
      <details className="fg-purpose">
        <summary>{t('notes.purpose')}</summary>
        <p>{text(initial.protocol.purpose, initial.language)}</p>
      </details>
      <div className="fg-sync-bar">
        <p className={sync.pendingCount > 0 ? 'fg-sync fg-sync-pending' : 'fg-sync'} role="status">
          {sync.pendingCount > 0 ? t('notes.pending', { count: sync.pendingCount }) : t('notes.allSaved')}
        </p>
        <p className="field-hint" id="notes-hint">
          {t('notes.hint')}
        </p>
      </div>
      {questions.map((question, index) => (
        <QuestionNotes
          key={question.key}
          cycleId={cycleId}
          focusGroupId={initial.id}
          number={index + 1}
          total={questions.length}
          question={question}
          language={initial.language}
          draft={sync.drafts[question.key]!}
          coded={coded.filter((code) => code.question_key === question.key)}
          themes={themes.data?.themes ?? []}
          canEdit={canEdit}
          text={text}
          onChange={(value) => sync.change(question.key, value)}
          onFlush={() => sync.flush(question.key)}
          onResolve={(choice) => sync.resolve(question.key, choice)}
          onCodesChanged={(next) => codesChanged(question.key, next)}
          onThemeAdded={themes.reload}
        />
      ))}
    </div>
  );
}
