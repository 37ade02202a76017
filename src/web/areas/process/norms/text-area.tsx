import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/i18n-provider';
import { Icon } from '../../../app/ui/icons';

interface TextAreaProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
  value: string;
  rows: number;
  maxLength: number;
  onChange: (value: string) => void;
}

/** A labelled textarea with its hint and error tied by aria-describedby, like the design system's TextField. */
export function TextArea({ id, label, hint, error, isOptional, value, rows, maxLength, onChange }: TextAreaProps) {
  const t = useT();
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
        {isOptional && <span className="field-optional"> ({t('form.optional')})</span>}
      </label>
      <textarea id={id} className="textarea" rows={rows} maxLength={maxLength} value={value} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.target.value)} />
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          <Icon name="error" size={16} />
          <span>{error}</span>
        </span>
      )}
    </div>
  );
}
