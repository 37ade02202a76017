import { useEffect, useId, useState } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { useDraft } from './draft-context';

/**
 * Inputs for a table row of values: no visible label of their own (the column header says what
 * they are), so each carries its full name for screen readers, and its error right under it.
 */
export function CellText({ path, label, type = 'text', isRequired = false }: { path: string; label: string; type?: 'text' | 'date'; isRequired?: boolean }) {
  const draft = useDraft();
  const errorId = useId();
  const value = draft.get(path);
  const error = draft.errorAt(path);
  return (
    <>
      <input
        className="input cell-field"
        type={type}
        name={path}
        aria-label={label}
        aria-required={isRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={typeof value === 'string' ? value : ''}
        readOnly={draft.isReadOnly}
        onChange={(event) => draft.set(path, event.target.value === '' ? undefined : event.target.value)}
      />
      {error && (
        <span id={errorId} className="cell-error">
          {error}
        </span>
      )}
    </>
  );
}

/** A number cell; empty is "not set", or null where the format needs a value (a target's value). */
export function CellNumber({ path, label, emptyIs }: { path: string; label: string; emptyIs?: null }) {
  const t = useT();
  const draft = useDraft();
  const errorId = useId();
  const value = draft.get(path);
  const shown = typeof value === 'number' ? String(value) : '';
  const [text, setText] = useState(shown);
  const [isBad, setIsBad] = useState(false);
  useEffect(() => {
    if (Number(text.replace(',', '.')) !== value || text.trim() === '') {
      setText(shown);
      setIsBad(false);
    }
  }, [shown]);
  const error = isBad ? t('field.notANumber') : draft.errorAt(path);
  return (
    <>
      <input
        className="input cell-field cell-field-number"
        inputMode="decimal"
        name={path}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        readOnly={draft.isReadOnly}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          if (typed.trim() === '') {
            setIsBad(false);
            draft.set(path, emptyIs === null ? null : undefined);
            return;
          }
          const number = Number(typed.replace(',', '.'));
          setIsBad(!Number.isFinite(number));
          if (Number.isFinite(number)) draft.set(path, number);
        }}
      />
      {error && (
        <span id={errorId} className="cell-error">
          {error}
        </span>
      )}
    </>
  );
}
