import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { TextField } from '../../app/ui/field';
import { WindowChoices } from './window-choices';

/** Today plus a number of days, as the date input reads it (the reader's own calendar day). */
export function dayAfter(days: number, from = new Date()): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/**
 * The choices asked when a draft goes out for comment, inside the lifecycle's confirmation form:
 * the closing date (a month from today unless changed) and the two settings, each explained. The
 * inputs carry the API's field names, so the form reads them and places the server's messages.
 */
export function OpenWindowFields({ errors }: { errors: Record<string, string> }) {
  const { t } = useI18n();
  const [choices, setChoices] = useState({ verifyEmail: false, showComments: false });
  return (
    <div className="stack">
      <TextField name="closes_on" type="date" label={t('publicComment.opening.closesOn')} hint={t('publicComment.closesOnHint')} defaultValue={dayAfter(30)} min={dayAfter(0)} error={errors.closes_on} required />
      <WindowChoices settings={choices} errors={errors} onChange={(next) => setChoices({ ...choices, ...next })} />
    </div>
  );
}
