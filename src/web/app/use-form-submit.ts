import { useCallback, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError } from './api';

export type FieldErrors = Record<string, string>;

interface FormSubmit {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  isSubmitting: boolean;
  fieldErrors: FieldErrors;
  /** The failure that belongs to no single field (wrong password, conflict, server down...). */
  error: ApiError | null;
  reset: () => void;
}

interface Options {
  /** Checks in the browser first; returns translated messages keyed by field name. */
  validate?: (data: FormData) => FieldErrors;
  submit: (data: FormData) => Promise<void>;
}

/**
 * The submit cycle every form shares: validate, send, and on failure show each message next to
 * its field and move focus to the first field in error so keyboard and screen-reader users land
 * on it. Native browser validation is off (noValidate): its bubbles are not announced reliably.
 */
export function useFormSubmit({ validate, submit }: Options): FormSubmit {
  const formRef = useRef<HTMLFormElement>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);

  const focusFirstInvalid = (fields: FieldErrors) => {
    const form = formRef.current;
    if (!form) return;
    // Wait a frame so the error text exists before focus lands (it is read with the field).
    requestAnimationFrame(() => {
      const first = Array.from(form.elements).find(
        (element): element is HTMLInputElement => 'name' in element && typeof element.name === 'string' && element.name in fields,
      );
      first?.focus();
    });
  };

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (isSubmitting) return;
      const data = new FormData(event.currentTarget);
      const clientErrors = validate?.(data) ?? {};
      setError(null);
      setFieldErrors(clientErrors);
      if (Object.keys(clientErrors).length > 0) {
        focusFirstInvalid(clientErrors);
        return;
      }
      setIsSubmitting(true);
      submit(data)
        .catch((cause: unknown) => {
          const apiError = ApiError.from(cause);
          // Only messages about fields this form shows can sit next to a field; the rest
          // (a token from the URL, a version) would be invisible, so they go to the banner.
          const form = formRef.current;
          const fields = Object.fromEntries(Object.entries(apiError.fieldErrors).filter(([name]) => form?.elements.namedItem(name)));
          setFieldErrors(fields);
          const isFullyExplained = apiError.code === 'invalid_input' && Object.keys(fields).length > 0 && Object.keys(fields).length === Object.keys(apiError.fieldErrors).length;
          if (!isFullyExplained) setError(apiError);
          focusFirstInvalid(fields);
        })
        .finally(() => setIsSubmitting(false));
    },
    [isSubmitting, submit, validate],
  );

  const reset = useCallback(() => {
    setFieldErrors({});
    setError(null);
  }, []);

  return { formRef, onSubmit, isSubmitting, fieldErrors, error, reset };
}

/** Reads one text field of a FormData, trimmed. */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
