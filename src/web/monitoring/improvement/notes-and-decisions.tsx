import { useId, useState } from 'react';
import type { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import type { CheckIn } from './improvement-api';

interface Props {
  checkIn: CheckIn;
  canEdit: boolean;
  busy: boolean;
  error: ApiError | null;
  onSave: (changes: { notes: string; decisions: { text: string }[] }) => Promise<unknown>;
}

type Draft = { key: number; text: string };
let nextKey = 1;

/** What was said and what was decided; read-only for those who do not run check-ins. */
export function NotesAndDecisions({ checkIn, canEdit, busy, error, onSave }: Props) {
  const t = useT();
  const ids = useId();
  const [notes, setNotes] = useState(checkIn.notes);
  const [drafts, setDrafts] = useState<Draft[]>(() => checkIn.decisions.map((d) => ({ key: nextKey++, text: d.text })));

  if (!canEdit) {
    return (
      <div className="stack">
        {checkIn.notes.trim() ? <p className="pdsa-text">{checkIn.notes}</p> : <p className="muted">{t('checkIns.noNotes')}</p>}
        <h4>{t('checkIns.decisions')}</h4>
        {checkIn.decisions.length ? (
          <ol className="decision-list">
            {checkIn.decisions.map((d, i) => <li key={i}>{d.text}</li>)}
          </ol>
        ) : (
          <p className="muted">{t('checkIns.noDecisions')}</p>
        )}
      </div>
    );
  }

  const detail = (path: string) => error?.details.find((d) => d.path === path)?.message;
  const add = () => {
    setDrafts((list) => [...list, { key: nextKey++, text: '' }]);
    requestAnimationFrame(() => document.getElementById(`${ids}-decision-${drafts.length}`)?.focus());
  };

  return (
    <form className="stack" noValidate onSubmit={(event) => { event.preventDefault(); void onSave({ notes, decisions: drafts.map((d) => ({ text: d.text.trim() })) }); }}>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-notes`}>{t('checkIns.notes')}</label>
        <textarea id={`${ids}-notes`} className="textarea" rows={6} maxLength={50000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      <h4>{t('checkIns.decisions')}</h4>
      {drafts.length === 0 && <p className="muted">{t('checkIns.noDecisions')}</p>}
      <ol className="stack">
        {drafts.map((d, index) => {
          const message = detail(`/decisions/${index}/text`);
          return (
            <li key={d.key} className="row decision-row">
              <div className="field">
                <label className="field-label" htmlFor={`${ids}-decision-${index}`}>{t('checkIns.decisionNumber', { number: index + 1 })}</label>
                <input id={`${ids}-decision-${index}`} className="input" value={d.text} maxLength={2000} onChange={(event) => setDrafts((list) => list.map((x) => (x.key === d.key ? { ...x, text: event.target.value } : x)))} aria-invalid={message ? true : undefined} aria-describedby={message ? `${ids}-decision-${index}-error` : undefined} />
                {message && <span className="field-error" id={`${ids}-decision-${index}-error`}>{message}</span>}
              </div>
              <Button size="small" variant="quiet-danger" onClick={() => setDrafts((list) => list.filter((x) => x.key !== d.key))} aria-label={t('checkIns.removeDecision', { number: index + 1 })}>
                {t('action.remove')}
              </Button>
            </li>
          );
        })}
      </ol>
      <div className="row">
        <Button onClick={add}>{t('checkIns.addDecision')}</Button>
        <Button type="submit" variant="primary" isBusy={busy}>{t('checkIns.saveNotes')}</Button>
      </div>
    </form>
  );
}
