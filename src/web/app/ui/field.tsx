import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n/i18n-provider';
import { Icon } from './icons';

interface FieldFrameProps {
  /** A known id, for forms that move focus to the first field in error; otherwise one is made. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
  className?: string;
  children: (control: { id: string; describedBy: string | undefined; isInvalid: boolean }) => ReactNode;
}

/**
 * Label, control, hint and error in one block. The hint and the error are tied to the control
 * with aria-describedby, so a screen reader reads them when the field gets focus.
 */
export function FieldFrame({ id: givenId, label, hint, error, isOptional, className, children }: FieldFrameProps) {
  const t = useT();
  const madeId = useId();
  const id = givenId ?? madeId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
        {isOptional && <span className="field-optional"> ({t('form.optional')})</span>}
      </label>
      {children({ id, describedBy, isInvalid: Boolean(error) })}
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={errorId}>
          <Icon name="error" size={16} />
          <span>{error}</span>
        </span>
      )}
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
}

export function TextField({ label, hint, error, isOptional, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      {({ id, describedBy, isInvalid }) => (
        <input
          {...input}
          id={id}
          className="input"
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
        />
      )}
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
}

export function TextAreaField({ id, label, hint, error, isOptional, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      {({ id: controlId, describedBy, isInvalid }) => (
        <textarea {...textarea} id={controlId} className="textarea" aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  isOptional?: boolean;
  options: ReadonlyArray<{ value: string; label: string }>;
}

export function SelectField({ label, hint, error, isOptional, options, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      {({ id, describedBy, isInvalid }) => (
        <select {...select} id={id} className="select" aria-describedby={describedBy} aria-invalid={isInvalid || undefined}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
