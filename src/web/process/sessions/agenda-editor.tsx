import { useId, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import type { AgendaItem } from './sessions-api';
import { SectionError } from './section-error';
import type { SaveOutcome, useSessionRecord } from './use-session-record';

interface Props {
  agenda: AgendaItem[];
  fromTemplate: boolean;
  canEdit: boolean;
  editor: ReturnType<typeof useSessionRecord>;
}

type Draft = { key: number; title: string; minutes: string; presenter: string };
let nextKey = 1;
const toDraft = (item: AgendaItem): Draft => ({ key: nextKey++, title: item.title, minutes: item.minutes === null ? '' : String(item.minutes), presenter: item.presenter ?? '' });

/** The agenda in order: planners add, remove, reorder and edit items; everyone else reads it. */
export function AgendaEditor({ agenda, fromTemplate, canEdit, editor }: Props) {
  const { t } = useI18n();
  const say = useAnnounce();
  const ids = useId();
  const [items, setItems] = useState<Draft[]>(() => agenda.map(toDraft));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SaveOutcome>(null);
  const total = agenda.reduce((sum, item) => sum + (item.minutes ?? 0), 0);

  if (!canEdit) {
    if (agenda.length === 0) return <p className="muted">{t('sessions.agenda.empty')}</p>;
    return (
      <ol className="agenda-list">
        {agenda.map((item, i) => (
          <li key={i}>
            <span className="agenda-title">{item.title}</span>
            {(item.minutes !== null || item.presenter) && (
              <span className="muted"> · {[item.minutes !== null ? t('sessions.minutesShort', { count: item.minutes }) : null, item.presenter].filter(Boolean).join(' · ')}</span>
            )}
          </li>
        ))}
        {total > 0 && <li className="agenda-total">{t('sessions.agenda.total', { count: total })}</li>}
      </ol>
    );
  }

  const update = (key: number, change: Partial<Draft>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const move = (index: number, by: -1 | 1) => {
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
    say(t('sessions.agenda.moved', { title: items[index]!.title || t('sessions.agenda.untitled'), position: index + by + 1 }));
    // Keep focus on the same button of the moved item, which is now in another row.
    requestAnimationFrame(() => document.getElementById(`${ids}-${by < 0 ? 'up' : 'down'}-${index + by}`)?.focus());
  };
  const remove = (index: number) => {
    const item = items[index]!;
    setItems((list) => list.filter((_, i) => i !== index));
    say(t('sessions.agenda.removed', { title: item.title || t('sessions.agenda.untitled') }));
  };
  const add = () => {
    setItems((list) => [...list, { key: nextKey++, title: '', minutes: '', presenter: '' }]);
    requestAnimationFrame(() => document.getElementById(`${ids}-title-${items.length}`)?.focus());
  };
  const submit = async () => {
    setBusy(true);
    const outcome = await editor.save(
      { agenda: items.map((item) => ({ title: item.title.trim(), minutes: item.minutes.trim() ? Number(item.minutes) : null, presenter: item.presenter.trim() || null })) },
      t('sessions.agenda.saved'),
    );
    setError(outcome);
    setBusy(false);
  };
  const itemError = (index: number, field: string) => error?.details.find((d) => d.path === `/agenda/${index}/${field}`)?.message;
  const draftTotal = items.reduce((sum, item) => sum + (Number(item.minutes) || 0), 0);

  return (
    <form className="stack" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      {fromTemplate && <p className="muted">{t('sessions.agenda.fromTemplate')}</p>}
      <SectionError error={error} title={t('sessions.agenda.saveFailed')} onDismiss={() => setError(null)} />
      {items.length === 0 && <p className="muted">{t('sessions.agenda.empty')}</p>}
      <ol className="agenda-editor">
        {items.map((item, index) => (
          <li key={item.key} className="agenda-row">
            <fieldset className="agenda-fields">
              <legend className="visually-hidden">{t('sessions.agenda.itemLegend', { number: index + 1 })}</legend>
              <div className="field agenda-field-title">
                <label className="field-label" htmlFor={`${ids}-title-${index}`}>{t('sessions.agenda.itemTitle', { number: index + 1 })}</label>
                <input id={`${ids}-title-${index}`} className="input" value={item.title} maxLength={300} onChange={(event) => update(item.key, { title: event.target.value })} aria-invalid={itemError(index, 'title') ? true : undefined} aria-describedby={itemError(index, 'title') ? `${ids}-title-${index}-error` : undefined} />
                {itemError(index, 'title') && <span className="field-error" id={`${ids}-title-${index}-error`}>{itemError(index, 'title')}</span>}
              </div>
              <div className="field agenda-field-minutes">
                <label className="field-label" htmlFor={`${ids}-minutes-${index}`}>{t('sessions.agenda.itemMinutes')}</label>
                <input id={`${ids}-minutes-${index}`} className="input" type="number" min={0} max={1440} inputMode="numeric" value={item.minutes} onChange={(event) => update(item.key, { minutes: event.target.value })} />
              </div>
              <div className="field agenda-field-presenter">
                <label className="field-label" htmlFor={`${ids}-presenter-${index}`}>{t('sessions.agenda.itemPresenter')}</label>
                <input id={`${ids}-presenter-${index}`} className="input" value={item.presenter} maxLength={200} onChange={(event) => update(item.key, { presenter: event.target.value })} />
              </div>
            </fieldset>
            <div className="row agenda-actions">
              <Button size="small" variant="quiet" id={`${ids}-up-${index}`} disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('sessions.agenda.moveUp', { number: index + 1 })}>↑</Button>
              <Button size="small" variant="quiet" id={`${ids}-down-${index}`} disabled={index === items.length - 1} onClick={() => move(index, 1)} aria-label={t('sessions.agenda.moveDown', { number: index + 1 })}>↓</Button>
              <Button size="small" variant="quiet-danger" onClick={() => remove(index)} aria-label={t('sessions.agenda.remove', { number: index + 1 })}>{t('sessions.remove')}</Button>
            </div>
          </li>
        ))}
      </ol>
      <p className="muted" aria-live="off">{t('sessions.agenda.total', { count: draftTotal })}</p>
      <div className="row">
        <Button onClick={add}>{t('sessions.agenda.add')}</Button>
        <Button type="submit" variant="primary" isBusy={busy}>{t('sessions.agenda.save')}</Button>
      </div>
    </form>
  );
}
