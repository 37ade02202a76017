import { useEffect, useState } from 'react';
import { ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextAreaField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import type { Resource } from '../../app/use-resource';
import { FieldChangeItem } from '../../plan/versions/field-change';
import { bodyOf, changeChoices, checkDisposition, draftOf, type DispositionDraft } from './disposition-draft';
import { dispositionExplained, dispositionLabel } from './part-label';
import { dispositionValues, type ChangesSinceDraft, type Disposition, type DispositionBody, type DraftChange } from './public-comment-api';

const tone = { accepted: 'success', partly: 'info', not_accepted: 'neutral', out_of_scope: 'neutral' } as const;

interface Props {
  /** Unique on the page (a comment's or a theme's id): names the form's fields. */
  id: string;
  disposition: Disposition | null;
  version: number;
  /** The part of the plan commented on: its own changes are offered first. */
  elementKey: string | null;
  changes: Resource<ChangesSinceDraft>;
  canEdit: boolean;
  /** Sends the decision; throws the server's refusal. A 409 has already put the record as it is now on screen. */
  onSave: (body: DispositionBody) => Promise<void>;
}

/**
 * What the team decided about a comment or a theme: accepted (pointing at the changes made since the
 * draft opened, each shown word by word), partly, not accepted (with why), or out of scope. The same
 * editor on the Public comment screen, on a theme and in the plan editor beside the text.
 */
export function DispositionEditor({ id, disposition, version, elementKey, changes, canEdit, onSave }: Props) {
  const { t, formatDateTime } = useI18n();
  const say = useAnnounce();
  const [isEditing, setIsEditing] = useState(false);
  const [draft, setDraft] = useState<DispositionDraft>(() => draftOf(disposition));
  const [noteError, setNoteError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isConflict, setIsConflict] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  // A 409 (or another person's save) brings the record as it is now: the form starts again from it.
  useEffect(() => setDraft(draftOf(disposition)), [disposition, version]);

  const save = async (taken: DispositionDraft) => {
    const problems = checkDisposition(taken);
    setNoteError(problems.note ? t('publicComment.disposition.noteRequired') : undefined);
    if (problems.note) return;
    setIsBusy(true);
    setFailure(null);
    setIsConflict(false);
    try {
      await onSave(bodyOf(taken, version));
      setIsEditing(false);
      say(t('publicComment.disposition.saved'));
    } catch (cause) {
      const error = ApiError.from(cause);
      if (error.status === 409) setIsConflict(true);
      else if (error.fieldErrors.note) setNoteError(error.fieldErrors.note);
      else setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };

  if (!isEditing) {
    return (
      <div className="disposition">
        <p className="disposition-line">
          <span className="disposition-label">{t('publicComment.disposition.title')}:</span>{' '}
          {disposition ? <Badge tone={tone[disposition.value]}>{t(dispositionLabel[disposition.value])}</Badge> : <span className="muted">{t('publicComment.disposition.none')}</span>}
          {disposition && <span className="muted"> {t('publicComment.disposition.by', { name: disposition.by ?? '—', date: formatDateTime(disposition.at) })}</span>}
        </p>
        {disposition?.note && <p className="disposition-note">{disposition.note}</p>}
        {disposition && disposition.changed_keys.length > 0 && <p className="muted">{t('publicComment.disposition.pointsTo', { keys: disposition.changed_keys.join(', ') })}</p>}
        {disposition?.from_theme && <p className="muted">{t('publicComment.disposition.fromTheme')}</p>}
        {canEdit && (
          <Button size="small" variant="secondary" onClick={() => setIsEditing(true)}>
            {disposition ? t('publicComment.disposition.change') : t('publicComment.disposition.record')}
          </Button>
        )}
      </div>
    );
  }

  const carriesChanges = draft.value === 'accepted' || draft.value === 'partly';
  return (
    <div className="disposition is-editing stack">
      {isConflict && <Alert tone="warning">{t('publicComment.disposition.conflict')}</Alert>}
      {failure && <ErrorAlert error={failure} title={t('publicComment.disposition.failed')} onDismiss={() => setFailure(null)} />}
      <fieldset className="fieldset">
        <legend>{t('publicComment.disposition.title')}</legend>
        <div className="choice-list">
          {dispositionValues.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`disposition-${id}`} value={value} checked={draft.value === value} onChange={() => setDraft({ ...draft, value })} />
              <span>
                <span className="choice-title">{t(dispositionLabel[value])}</span>
                <span className="choice-text">{t(dispositionExplained[value])}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        name={`disposition-note-${id}`}
        label={draft.value === 'not_accepted' ? t('publicComment.disposition.noteWhy') : t('publicComment.disposition.note')}
        isOptional={draft.value !== 'not_accepted'}
        hint={t('publicComment.disposition.noteHint')}
        rows={3}
        maxLength={4000}
        value={draft.note}
        error={noteError}
        onChange={(event) => setDraft({ ...draft, note: event.target.value })}
      />
      {carriesChanges && (
        <ChangesPicker
          id={id}
          changes={changes}
          elementKey={elementKey}
          ticked={draft.changedKeys}
          error={failure?.fieldErrors.changed_keys}
          onChange={(changedKeys) => setDraft({ ...draft, changedKeys })}
        />
      )}
      {carriesChanges && draft.changedKeys.length > 0 && (
        <label className="checkbox">
          <input type="checkbox" name={`cite-${id}`} checked={draft.cite === true} onChange={(event) => setDraft({ ...draft, cite: event.target.checked })} aria-describedby={`cite-hint-${id}`} />
          <span>
            <strong>{t('publicComment.disposition.cite')}</strong>
            <span className="field-hint" id={`cite-hint-${id}`}>
              {t('publicComment.disposition.citeHint')}
            </span>
          </span>
        </label>
      )}
      <div className="form-actions">
        <Button variant="primary" size="small" isBusy={isBusy} disabled={draft.value === null} onClick={() => void save(draft)}>
          {t('publicComment.disposition.save')}
        </Button>
        {disposition && (
          <Button variant="quiet-danger" size="small" isBusy={isBusy} onClick={() => void save({ value: null, note: '', changedKeys: [] })}>
            {t('publicComment.disposition.takeBack')}
          </Button>
        )}
        <Button
          variant="quiet"
          size="small"
          onClick={() => {
            setIsEditing(false);
            setDraft(draftOf(disposition));
            setNoteError(undefined);
            setFailure(null);
            setIsConflict(false);
          }}
        >
          {t('publicComment.disposition.cancel')}
        </Button>
      </div>
    </div>
  );
}

/** The changes since the draft opened, each with its words changed, to tick those that carry the decision out. */
function ChangesPicker({ id, changes, elementKey, ticked, error, onChange }: { id: string; changes: Resource<ChangesSinceDraft>; elementKey: string | null; ticked: string[]; error?: string; onChange: (keys: string[]) => void }) {
  const { t } = useI18n();
  const listed = changeChoices(changes.data?.changes ?? [], elementKey, ticked);
  // The plan may have been edited since the list was read (in another tab, or just now): read it again.
  const reloadChanges = changes.reload;
  useEffect(() => void reloadChanges(), [reloadChanges]);
  const toggle = (key: string) => onChange(ticked.includes(key) ? ticked.filter((other) => other !== key) : [...ticked, key]);
  return (
    <fieldset className="fieldset disposition-changes" aria-describedby={`changes-hint-${id}`}>
      <legend>{t('publicComment.disposition.changes')}</legend>
      <p className="field-hint" id={`changes-hint-${id}`}>
        {t('publicComment.disposition.changesHint')}
      </p>
      {changes.isLoading && !changes.data && <Loading />}
      {changes.error && <ErrorAlert error={changes.error} title={t('publicComment.disposition.changesLoadFailed')} />}
      {changes.data && listed.length === 0 && <p className="muted">{t('publicComment.disposition.noChanges')}</p>}
      {error && <p className="field-error">{error}</p>}
      <ul className="disposition-change-list">
        {listed.map((change) => (
          <li key={change.key} className="disposition-change">
            <label className="checkbox">
              <input type="checkbox" name={`changed-${id}`} value={change.key} checked={ticked.includes(change.key)} onChange={() => toggle(change.key)} />
              <span>{change.isStale ? t('publicComment.disposition.staleChange', { key: change.key }) : <ChangeTitle change={change} />}</span>
            </label>
            {!change.isStale && change.fields.length > 0 && (
              <dl className="field-changes">
                {change.fields.map((field) => (
                  <FieldChangeItem key={field.field} change={{ field: field.field, before: field.before, after: field.after, textDiff: field.text_diff }} />
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ChangeTitle({ change }: { change: DraftChange }) {
  const { t } = useI18n();
  return (
    <>
      <strong className="mono">{change.key}</strong> {change.title} <span className="muted">({t(`publicComment.disposition.${change.change}`)})</span>
    </>
  );
}
