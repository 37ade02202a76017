import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { FieldFrame } from '../../app/ui/field';
import { useDraft } from './draft-context';

interface BaseProps {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  isOptional?: boolean;
  className?: string;
}

/** One line of text; clearing it removes the field. */
export function DraftText({ path, label, hint, isOptional = true, className, type = 'text' }: BaseProps & { type?: 'text' | 'date' | 'url' }) {
  const draft = useDraft();
  const value = draft.get(path);
  return (
    <FieldFrame label={label} hint={draft.isReadOnly ? undefined : hint} error={draft.errorAt(path)} isOptional={isOptional && !draft.isReadOnly} className={className}>
      {({ id, describedBy, isInvalid }) => (
        <input
          id={id}
          name={path}
          type={type}
          className="input"
          value={typeof value === 'string' ? value : ''}
          readOnly={draft.isReadOnly}
          aria-required={!isOptional || undefined}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          onChange={(event) => draft.set(path, event.target.value === '' ? undefined : event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function DraftTextArea({ path, label, hint, isOptional = true, className, rows = 3 }: BaseProps & { rows?: number }) {
  const draft = useDraft();
  const value = draft.get(path);
  return (
    <FieldFrame label={label} hint={draft.isReadOnly ? undefined : hint} error={draft.errorAt(path)} isOptional={isOptional && !draft.isReadOnly} className={className}>
      {({ id, describedBy, isInvalid }) => (
        <textarea
          id={id}
          name={path}
          rows={rows}
          className="textarea"
          value={typeof value === 'string' ? value : ''}
          readOnly={draft.isReadOnly}
          aria-required={!isOptional || undefined}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          onChange={(event) => draft.set(path, event.target.value === '' ? undefined : event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/**
 * A number typed as text, so "12." or "-" can exist on the way to a number. Empty means "not set"
 * (or null where the format needs a value, like a target whose number is not known yet).
 */
export function DraftNumber({ path, label, hint, isOptional = true, className, emptyIs }: BaseProps & { emptyIs?: null }) {
  const t = useT();
  const draft = useDraft();
  const value = draft.get(path);
  const shown = typeof value === 'number' ? String(value) : '';
  const [text, setText] = useState(shown);
  const [isBad, setIsBad] = useState(false);
  // A value changed from outside (reload, conflict resolution) replaces what was typed.
  useEffect(() => {
    if (Number(text.replace(',', '.')) !== value || text.trim() === '') {
      setText(shown);
      setIsBad(false);
    }
  }, [shown]);
  return (
    <FieldFrame label={label} hint={draft.isReadOnly ? undefined : hint} error={isBad ? t('field.notANumber') : draft.errorAt(path)} isOptional={isOptional && !draft.isReadOnly} className={className}>
      {({ id, describedBy, isInvalid }) => (
        <input
          id={id}
          name={path}
          inputMode="decimal"
          className="input"
          value={text}
          readOnly={draft.isReadOnly}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
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
      )}
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A choice from the format's list; "not set" removes the field. Read-only, it shows the chosen label. */
export function DraftSelect({ path, label, hint, isOptional = true, className, choices }: BaseProps & { choices: readonly Choice[] }) {
  const t = useT();
  const draft = useDraft();
  const value = draft.get(path);
  const current = typeof value === 'string' ? value : '';
  const options = isOptional ? [{ value: '', label: t('field.notSet') }, ...choices] : choices;
  return (
    <FieldFrame label={label} hint={draft.isReadOnly ? undefined : hint} error={draft.errorAt(path)} isOptional={isOptional && !draft.isReadOnly} className={className}>
      {({ id, describedBy, isInvalid }) =>
        draft.isReadOnly ? (
          <input id={id} className="input" readOnly value={options.find((option) => option.value === current)?.label ?? current} aria-describedby={describedBy} />
        ) : (
          <select
            id={id}
            name={path}
            className="select"
            value={current}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            onChange={(event) => draft.set(path, event.target.value === '' ? undefined : event.target.value)}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            {current && !options.some((option) => option.value === current) && <option value={current}>{current}</option>}
          </select>
        )
      }
    </FieldFrame>
  );
}

/** A list of names, one per line (contributors, people consulted). */
export function DraftLines({ path, label, hint, isOptional = true, className }: BaseProps) {
  const t = useT();
  const draft = useDraft();
  const value = draft.get(path);
  const lines = Array.isArray(value) ? value.join('\n') : '';
  const [text, setText] = useState(lines);
  useEffect(() => {
    if (text.split('\n').map((line) => line.trim()).filter(Boolean).join('\n') !== lines) setText(lines);
  }, [lines]);
  return (
    <FieldFrame label={label} hint={draft.isReadOnly ? undefined : (hint ?? t('field.onePerLine'))} error={draft.errorAt(path)} isOptional={isOptional && !draft.isReadOnly} className={className}>
      {({ id, describedBy, isInvalid }) => (
        <textarea
          id={id}
          name={path}
          rows={2}
          className="textarea"
          value={text}
          readOnly={draft.isReadOnly}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          onChange={(event) => {
            setText(event.target.value);
            const items = event.target.value.split('\n').map((line) => line.trim()).filter(Boolean);
            draft.set(path, items.length > 0 ? items : undefined);
          }}
        />
      )}
    </FieldFrame>
  );
}

export function DraftCheckbox({ path, label }: { path: string; label: ReactNode }) {
  const draft = useDraft();
  return (
    <label className="checkbox draft-checkbox">
      <input type="checkbox" checked={draft.get(path) === true} disabled={draft.isReadOnly} onChange={(event) => draft.set(path, event.target.checked ? true : undefined)} />
      <span>{label}</span>
    </label>
  );
}

/** Fields the format has no place for live in `extensions`, any JSON object, kept verbatim. */
export function DraftJson({ path, label, hint }: BaseProps) {
  const t = useT();
  const draft = useDraft();
  const value = draft.get(path);
  const shown = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [text, setText] = useState(shown);
  const [isBad, setIsBad] = useState(false);
  useEffect(() => {
    if (!isBad) setText(shown);
  }, [shown]);
  return (
    <FieldFrame label={label} hint={draft.isReadOnly ? undefined : hint} error={isBad ? t('field.notAnObject') : draft.errorAt(path)} isOptional={!draft.isReadOnly}>
      {({ id, describedBy, isInvalid }) => (
        <textarea
          id={id}
          name={path}
          rows={Math.min(10, Math.max(2, shown.split('\n').length))}
          className="textarea mono"
          value={text}
          readOnly={draft.isReadOnly}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim() === '') {
              setIsBad(false);
              draft.set(path, undefined);
              return;
            }
            try {
              const parsed: unknown = JSON.parse(event.target.value);
              const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
              setIsBad(!isObject);
              if (isObject) draft.set(path, parsed);
            } catch {
              setIsBad(true);
            }
          }}
        />
      )}
    </FieldFrame>
  );
}
