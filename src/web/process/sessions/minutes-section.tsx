import { useId, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { decisionMethodLabel, decisionMethods, type Decision, type DecisionMethod } from './sessions-api';
import { SectionError } from './section-error';
import type { SaveOutcome, useSessionRecord } from './use-session-record';

interface Props {
  minutes: string;
  decisions: Decision[];
  canEdit: boolean;
  editor: ReturnType<typeof useSessionRecord>;
}

type Draft = { key: number; text: string; method: DecisionMethod | '' };
let nextKey = 1;

/** The minutes as written, and the decisions taken, each with how it was decided. */
export function MinutesSection({ minutes, decisions, canEdit, editor }: Props) {
  const { t } = useI18n();
  const say = useAnnounce();
  const ids = useId();
  const [text, setText] = useState(minutes);
  const [drafts, setDrafts] = useState<Draft[]>(() => decisions.map((d) => ({ key: nextKey++, text: d.text, method: d.method ?? '' })));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SaveOutcome>(null);

  if (!canEdit) {
    return (
      <div className="stack">
        <h3>{t('sessions.minutes.heading')}</h3>
        {minutes.trim() ? <p className="minutes-text">{minutes}</p> : <p className="muted">{t('sessions.minutes.none')}</p>}
        <h3>{t('sessions.decisions.heading')}</h3>
        {decisions.length ? (
          <ol className="decision-list">
            {decisions.map((d, i) => (
              <li key={i}>
                {d.text}
                {d.method && <span className="muted"> ({t(decisionMethodLabel[d.method])})</span>}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('sessions.decisions.none')}</p>
        )}
      </div>
    );
  }

  const update = (key: number, change: Partial<Draft>) => setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...change } : d)));
  const add = () => {
    setDrafts((list) => [...list, { key: nextKey++, text: '', method: '' }]);
    requestAnimationFrame(() => document.getElementById(`${ids}-decision-${drafts.length}`)?.focus());
  };
  const remove = (index: number) => {
    setDrafts((list) => list.filter((_, i) => i !== index));
    say(t('sessions.decisions.removed', { number: index + 1 }));
  };
  const submit = async () => {
    setBusy(true);
    const outcome = await editor.save({ minutes: text, decisions: drafts.map((d) => ({ text: d.text.trim(), method: d.method || null })) }, t('sessions.minutes.saved'));
    setError(outcome);
    setBusy(false);
  };
  const detail = (path: string) => error?.details.find((d) => d.path === path)?.message;

  return (
    <form className="stack" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <SectionError error={error} title={t('sessions.minutes.saveFailed')} onDismiss={() => setError(null)} />
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-minutes`}>{t('sessions.minutes.heading')}</label>
        <textarea id={`${ids}-minutes`} className="textarea" rows={8} maxLength={50000} value={text} onChange={(event) => setText(event.target.value)} aria-describedby={`${ids}-minutes-hint`} />
        <span className="field-hint" id={`${ids}-minutes-hint`}>{t('sessions.minutes.hint')}</span>
      </div>
      <h3>{t('sessions.decisions.heading')}</h3>
      {drafts.length === 0 && <p className="muted">{t('sessions.decisions.none')}</p>}
      <ol className="decision-editor">
        {drafts.map((d, index) => (
          <li key={d.key} className="decision-row">
            <div className="field decision-text">
              <label className="field-label" htmlFor={`${ids}-decision-${index}`}>{t('sessions.decisions.text', { number: index + 1 })}</label>
              <input id={`${ids}-decision-${index}`} className="input" value={d.text} maxLength={2000} onChange={(event) => update(d.key, { text: event.target.value })} aria-invalid={detail(`/decisions/${index}/text`) ? true : undefined} aria-describedby={detail(`/decisions/${index}/text`) ? `${ids}-decision-${index}-error` : undefined} />
              {detail(`/decisions/${index}/text`) && <span className="field-error" id={`${ids}-decision-${index}-error`}>{detail(`/decisions/${index}/text`)}</span>}
            </div>
            <div className="field decision-method">
              <label className="field-label" htmlFor={`${ids}-method-${index}`}>{t('sessions.decisions.method')}</label>
              <select id={`${ids}-method-${index}`} className="select" value={d.method} onChange={(event) => update(d.key, { method: event.target.value as DecisionMethod | '' })}>
                <option value="">{t('sessions.decisions.methodNone')}</option>
                {decisionMethods.map((m) => (
                  <option key={m} value={m}>{t(decisionMethodLabel[m])}</option>
                ))}
              </select>
            </div>
            <Button size="small" variant="quiet-danger" className="decision-remove" onClick={() => remove(index)} aria-label={t('sessions.decisions.remove', { number: index + 1 })}>{t('sessions.remove')}</Button>
          </li>
        ))}
      </ol>
      <div className="row">
        <Button onClick={add}>{t('sessions.decisions.add')}</Button>
        <Button type="submit" variant="primary" isBusy={busy}>{t('sessions.minutes.save')}</Button>
      </div>
    </form>
  );
}
