import type { MessageKey } from './i18n/message-catalogue';
import type { FieldErrors } from './use-form-submit';
import { textOf } from './use-form-submit';

type Translate = (key: MessageKey) => string;

/** The server's rule, checked early so the reader is told before the round trip. */
export const minimumPasswordLength = 10;

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRequired(t: Translate, data: FormData, fields: readonly string[], errors: FieldErrors = {}): FieldErrors {
  for (const field of fields) {
    if (!textOf(data, field) && !(field in errors)) errors[field] = t('validation.required');
  }
  return errors;
}

export function checkEmail(t: Translate, data: FormData, field: string, errors: FieldErrors): FieldErrors {
  const value = textOf(data, field);
  if (value && !emailShape.test(value)) errors[field] = t('validation.email');
  return errors;
}

/** A new password: long enough, and typed the same twice when there is a confirmation field. */
export function checkNewPassword(t: Translate, data: FormData, field: string, confirmField: string | null, errors: FieldErrors): FieldErrors {
  const password = String(data.get(field) ?? '');
  if (!password) errors[field] ??= t('validation.required');
  else if (password.length < minimumPasswordLength) errors[field] = t('validation.passwordLength');
  if (confirmField && !errors[field] && password !== String(data.get(confirmField) ?? '')) {
    errors[confirmField] = t('validation.passwordMatch');
  }
  return errors;
}
