import { useId, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { decisionMethods, methodHint, methodLabel, normsApi, type DecisionMethod, type NormsVersion } from './norms-api';

export interface NormsDraft {
  norms: string[];
  notes: string;
  method: DecisionMethod;
  description: string;
  fallback: string;
  quorum: string;
}

export const draftOf = (version: NormsVersion): NormsDraft => ({
  norms: [...version.norms],
  notes: version.notes ?? '',
  method: version.decision.method,
  description: version.decision.description ?? '',
  fallback: version.decision.fallback ?? '',
  quorum: version.decision.quorum ?? '',
});

interface NormsEditorProps {
  cycleId: string;
  initial: NormsDraft;
  /** The version this edit starts from; 0 when there is none yet. */
  basedOn: number;
  onSaved: (version: NormsVersion) => Promise<void>;
  onCancel: () => void;
  /** Someone saved first: the page reloads the document; the draft stays. */
  onConflict: () => Promise<void>;
}

/** Edits the norms (an ordered list of statements) and the decision protocol; saving makes a new version. */
export function NormsEditor({ cycleId, initial, basedOn: startedFrom, onSaved, onCancel, onConflict }: NormsEditorProps) {
  const t = useT();
  const say = useAnnounce();
  const ids = useId();
  const [draft, setDraft] = useState<NormsDraft>(initial);
  const [changeNote, setChangeNote] = useState('');
  const [basedOn, setBasedOn] = useState(startedFrom);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [conflictWith, setConflictWith] = useState<number | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  const set = <K extends keyof NormsDraft>(key: K, value: NormsDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setNorms = (update: (norms: string[]) => string[]) => setDraft((d) => ({ ...d, norms: update(d.norms) }));
  const focusNorm = (index: number) => requestAnimationFrame(() => listRef.current?.querySelectorAll('textarea')[index]?.focus());

  const move = (index: number, by: -1 | 1) => {
    setNorms((norms) => {
      const next = [...norms];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
    focusNorm(index + by);
  };

  const save = async () => {
    const norms = draft.norms.map((n) => n.trim()).filter(Boolean);
    const fieldErrors: Record<string, string> = {};
    if (norms.length === 0) fieldErrors['norms/0'] = t('norms.editor.atLeastOne');
    if (draft.method === 'other' && !draft.description.trim()) fieldErrors['decision/description'] = t('validation.required');
    setErrors(fieldErrors);
    setError(null);
    if (Object.keys(fieldErrors).length) {
      document.getElementById(`${ids}-${Object.keys(fieldErrors)[0]}`)?.focus();
      return;
    }
    setIsBusy(true);
    try {
      const saved = await api.put<NormsVersion>(normsApi.document(cycleId), {
        basedOn,
        norms,
        notes: draft.notes.trim() || null,
        decision: { method: draft.method, description: draft.description.trim() || null, fallback: draft.fallback.trim() || null, quorum: draft.quorum.trim() || null },
        changeNote: changeNote.trim() || null,
      });
      say(t('norms.editor.saved', { number: saved.number }));
      await onSaved(saved);
    } catch (cause) {
      const apiError = ApiError.from(cause);
      if (apiError.status === 409) {
        const current = (apiError.body as { current?: NormsVersion | null }).current;
        // The next save knowingly replaces the newer version; the person has been told.
        setBasedOn(current?.number ?? 0);
        setConflictWith(current?.number ?? 0);
        await onConflict();
      } else {
        setErrors(Object.fromEntries(apiError.details.map((d) => [d.path.slice(1), d.message])));
        setError(apiError);
      }
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="form norms-editor" noValidate aria-labelledby={`${ids}-title`} onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <h2 id={`${ids}-title`}>{t('norms.editor.title')}</h2>
      {conflictWith !== null && <Alert tone="warning" announce="alert" title={t('norms.editor.conflict', { number: conflictWith })} onDismiss={() => setConflictWith(null)} />}
      {error && <ErrorAlert error={error} title={t('norms.editor.saveFailed')} onDismiss={() => setError(null)} />}
      <fieldset className="norms-fieldset">
        <legend>{t('norms.listTitle')}</legend>
        <ol className="norms-edit-list" ref={listRef}>
          {draft.norms.map((norm, index) => (
            <li key={index} className="norms-edit-item">
              <TextAreaField
                id={`${ids}-norms/${index}`}
                label={t('norms.editor.norm', { number: index + 1 })}
                value={norm}
                rows={2}
                maxLength={500}
                error={errors[`norms/${index}`]}
                onChange={(event) => setNorms((norms) => norms.map((n, i) => (i === index ? event.target.value : n)))}
              />
              <div className="norms-edit-actions">
                <Button size="small" variant="quiet" disabled={index === 0} aria-label={t('norms.editor.moveUp', { number: index + 1 })} onClick={() => move(index, -1)}>
                  ↑
                </Button>
                <Button size="small" variant="quiet" disabled={index === draft.norms.length - 1} aria-label={t('norms.editor.moveDown', { number: index + 1 })} onClick={() => move(index, 1)}>
                  ↓
                </Button>
                <Button size="small" variant="quiet-danger" aria-label={t('norms.editor.removeNorm', { number: index + 1 })} onClick={() => { setNorms((norms) => norms.filter((_, i) => i !== index)); focusNorm(Math.max(0, index - 1)); }}>
                  {t('action.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        {errors['norms/0'] && draft.norms.length === 0 && <p className="field-error" id={`${ids}-norms/0`} tabIndex={-1}>{errors['norms/0']}</p>}
        <div>
          <Button size="small" onClick={() => { setNorms((norms) => [...norms, '']); focusNorm(draft.norms.length); }}>
            {t('norms.editor.addNorm')}
          </Button>
        </div>
        <TextAreaField id={`${ids}-notes`} label={t('norms.editor.notes')} hint={t('norms.editor.notesHint')} isOptional value={draft.notes} rows={3} maxLength={4000} error={errors.notes} onChange={(event) => set('notes', event.target.value)} />
      </fieldset>
      <fieldset className="norms-fieldset">
        <legend>{t('decision.title')}</legend>
        <SelectField name="method" label={t('decision.method')} hint={t(methodHint(draft.method))} value={draft.method} onChange={(e) => set('method', e.target.value as DecisionMethod)} options={decisionMethods.map((m) => ({ value: m, label: t(methodLabel(m)) }))} error={errors['decision/method']} />
        <TextAreaField id={`${ids}-decision/description`} label={t('decision.description')} hint={t('decision.descriptionHint')} isOptional={draft.method !== 'other'} value={draft.description} rows={2} maxLength={2000} error={errors['decision/description']} onChange={(event) => set('description', event.target.value)} />
        <TextAreaField id={`${ids}-decision/fallback`} label={t('decision.fallback')} hint={t('decision.fallbackHint')} isOptional value={draft.fallback} rows={2} maxLength={2000} error={errors['decision/fallback']} onChange={(event) => set('fallback', event.target.value)} />
        <TextField name="quorum" label={t('decision.quorum')} hint={t('decision.quorumHint')} isOptional value={draft.quorum} maxLength={500} error={errors['decision/quorum']} onChange={(e) => set('quorum', e.target.value)} />
      </fieldset>
      <TextField name="changeNote" label={t('norms.editor.changeNote')} hint={t('norms.editor.changeNoteHint')} isOptional value={changeNote} maxLength={500} error={errors.changeNote} onChange={(e) => setChangeNote(e.target.value)} />
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={isBusy}>
          {t('norms.editor.save')}
        </Button>
        <Button onClick={onCancel}>{t('norms.editor.cancel')}</Button>
      </div>
    </form>
  );
}
