import type { ReactNode } from 'react';
import { FieldFrame } from '../../app/ui/field';
import { fieldIdOf, useProblems } from './problems';

interface TextProps {
  /** JSON pointer of the LocalizedText (or value) in the document; the problem list links here. */
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  isLong?: boolean;
  isOptional?: boolean;
  /** The language the text is written in (the survey's first), for the problem on that language. */
  language?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  rows?: number;
  className?: string;
}

/** One text of the survey: its label, the server's problem for that place, linked by id from the problem list. */
export function BuilderText({ path, label, hint, value, onChange, isLong, isOptional, language, dir, lang, rows = 3, className }: TextProps) {
  const problems = useProblems();
  const error = problems.at(path) ?? (language ? problems.at(`${path}/${language}`) : undefined);
  return (
    <FieldFrame id={fieldIdOf(path)} label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      {({ id, describedBy, isInvalid }) =>
        isLong ? (
          <textarea id={id} className="textarea" rows={rows} value={value} dir={dir} lang={lang} aria-describedby={describedBy} aria-invalid={isInvalid || undefined} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input id={id} className="input" value={value} dir={dir} lang={lang} aria-describedby={describedBy} aria-invalid={isInvalid || undefined} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </FieldFrame>
  );
}

interface NumberProps {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  step?: number;
}

/** A number of a question (minimum, longest answer...); empty means "not set". */
export function BuilderNumber({ path, label, hint, value, onChange, min, step }: NumberProps) {
  const problems = useProblems();
  return (
    <FieldFrame id={fieldIdOf(path)} label={label} hint={hint} error={problems.at(path)} isOptional>
      {({ id, describedBy, isInvalid }) => (
        <input
          id={id}
          className="input"
          type="number"
          inputMode="decimal"
          min={min}
          step={step ?? 'any'}
          value={value ?? ''}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          onChange={(event) => {
            const text = event.target.value;
            const number = Number(text);
            onChange(text === '' || !Number.isFinite(number) ? undefined : number);
          }}
        />
      )}
    </FieldFrame>
  );
}

/** A yes/no of a question (required, randomise...). */
export function BuilderCheckbox({ path, label, checked, onChange }: { path: string; label: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="checkbox builder-checkbox" htmlFor={fieldIdOf(path)}>
      <input id={fieldIdOf(path)} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
