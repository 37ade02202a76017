import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, ApiError, fieldIssueMessage } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextAreaField, TextField } from '../../app/ui/field';
import { AreaField } from './area-field';
import type { BoardWorkspace } from './board-workspace';
import { CitationPicker } from './citation-picker';
import { GoalLink } from './goal-link';
import { isDraftChanged, priorityBody, priorityDraftOf, type PriorityDraft } from './priority-draft';
import { retreatApi } from './retreat-api';
import type { Priority } from './retreat-types';
import { RootCausesEditor } from './root-causes-editor';

/**
 * One priority's gap analysis: where we are (with the evidence), where we want to be (and the
 * plan's goal it became), the gap, its root causes and the case for change, saved whole with the
 * version it started from. What another facilitator saves meanwhile replaces an untouched form;
 * a form with changes meets a clear 409 and can take the saved version.
 */
export function PriorityEditor({ workspace, priority }: { workspace: BoardWorkspace; priority: Priority }) {
  const { t } = useI18n();
  const say = useAnnounce();
  const { board, canEdit, organizationId } = workspace;
  const frame = board.retreat.frame;
  const [base, setBase] = useState(priority);
  const [draft, setDraft] = useState<PriorityDraft>(() => priorityDraftOf(priority));
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const isChanged = isDraftChanged(draft, base, frame);

  useEffect(() => {
    // Only a newer version replaces the form: a board read before our own save is older than what we hold.
    if (priority.version <= base.version || isChanged) return;
    setBase(priority);
    setDraft(priorityDraftOf(priority));
  }, [priority, base.version, isChanged]);

  const errors = useMemo(() => new Map((failure?.code === 'invalid_input' ? failure.details : []).map((detail) => [detail.path, fieldIssueMessage(detail)] as const)), [failure]);
  const change = <K extends keyof PriorityDraft>(key: K, value: PriorityDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const id = (field: string) => `priority-${priority.id}-${field}`;

  const send = async (next: PriorityDraft) => {
    setIsSaving(true);
    setFailure(null);
    try {
      const saved = await api.put<Priority>(retreatApi.priority(board.retreat.id, priority.id), priorityBody(next, frame, base.version));
      setBase(saved);
      setDraft(priorityDraftOf(saved));
      say(t('retreat.gap.saved'));
      await workspace.reload();
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void send(draft);
  };
  const takeTheirs = () => {
    const current = (failure?.body.current as Priority | undefined) ?? priority;
    setBase(current);
    setDraft(priorityDraftOf(current));
    setFailure(null);
  };

  return (
    <form className="stack priority-editor" onSubmit={save} noValidate aria-label={t('retreat.gap.formLabel', { title: priority.title })}>
      {failure?.status === 409 && (
        <Alert tone="warning" title={t('retreat.conflict')}>
          <p>{t('retreat.conflictText')}</p>
          <Button size="small" onClick={takeTheirs}>
            {t('retreat.conflictLoad')}
          </Button>
        </Alert>
      )}
      {failure && failure.status !== 409 && <ErrorAlert error={failure} title={t('retreat.gap.failed')} onDismiss={() => setFailure(null)} />}
      <fieldset disabled={!canEdit} className="priority-fields stack">
        <TextField name="title" label={t('retreat.gap.priorityTitle')} maxLength={300} value={draft.title} error={errors.get('/title')} onChange={(event) => change('title', event.target.value)} />
        <div className="gap-columns">
          <div className="stack">
            <TextAreaField id={id('current')} name="current_state" label={t('retreat.gap.current')} hint={t('retreat.gap.currentHint')} rows={4} maxLength={5000} value={draft.current_state} error={errors.get('/current_state')} onChange={(event) => change('current_state', event.target.value)} />
            <CitationPicker legend={t('retreat.gap.evidence')} citations={draft.current_evidence} charts={board.charts} organizationId={organizationId} onChange={(citations) => change('current_evidence', citations)} />
          </div>
          <div className="stack">
            <TextAreaField id={id('future')} name="future_state" label={t('retreat.gap.future')} hint={t('retreat.gap.futureHint')} rows={4} maxLength={5000} value={draft.future_state} error={errors.get('/future_state')} onChange={(event) => change('future_state', event.target.value)} />
            <GoalLink
              cycle={workspace.cycle}
              goalKey={draft.goal_key}
              error={errors.get('/goal_key')}
              newGoal={{ title: draft.title, description: draft.future_state }}
              onChange={(goalKey) => change('goal_key', goalKey)}
              onMade={(goalKey) => send({ ...draft, goal_key: goalKey })}
            />
          </div>
        </div>
        <TextAreaField id={id('gap')} name="gap" label={t('retreat.gap.gap')} hint={t('retreat.gap.gapHint')} rows={3} maxLength={5000} value={draft.gap} error={errors.get('/gap')} onChange={(event) => change('gap', event.target.value)} />
        <RootCausesEditor draft={draft.rootCauses} errors={errors} onChange={(rootCauses) => change('rootCauses', rootCauses)} />
        <TextAreaField id={id('case')} name="case_for_change" label={t('retreat.gap.case')} hint={t('retreat.gap.caseHint')} rows={4} maxLength={5000} value={draft.case_for_change} error={errors.get('/case_for_change')} onChange={(event) => change('case_for_change', event.target.value)} />
        {frame === 'performance_fact' && <AreaField value={draft.area} error={errors.get('/area')} onChange={(area) => change('area', area)} />}
      </fieldset>
      {canEdit && (
        <div className="row">
          <Button type="submit" variant="primary" isBusy={isSaving} disabled={!isChanged}>
            {t('retreat.gap.save')}
          </Button>
          {isChanged && <span className="muted">{t('retreat.gap.unsaved')}</span>}
        </div>
      )}
    </form>
  );
}
