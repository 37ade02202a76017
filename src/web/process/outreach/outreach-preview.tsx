import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { CycleSession } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { formatDay } from '../cycles/process-api';
import { isHttpLink, mergeFieldLabel, outreachApi, type OutreachPreview } from './outreach-api';

export interface PreviewChoices {
  sessionId: string;
  link: string;
}

interface PreviewPanelProps {
  cycleId: string;
  itemId: string;
  subject: string | null;
  body: string;
  sessions: CycleSession[];
  choices: PreviewChoices;
  onChoicesChange: (choices: PreviewChoices) => void;
}

export const sessionOptions = (sessions: CycleSession[], locale: string, none: string) => [{ value: '', label: none }, ...sessions.map((s) => ({ value: s.id, label: `${s.name} · ${formatDay(locale, s.date)}` }))];

/** The item as a recipient would read it, following the editor's unsaved text a moment after typing stops. */
export function PreviewPanel({ cycleId, itemId, subject, body, sessions, choices, onChoicesChange }: PreviewPanelProps) {
  const { t, locale } = useI18n();
  const [preview, setPreview] = useState<OutreachPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    // A reply to text that has since changed is dropped, so the preview never goes backwards.
    let isStale = false;
    const timer = setTimeout(async () => {
      try {
        const request = { body, ...(subject !== null ? { subject } : {}), ...(choices.sessionId ? { sessionId: choices.sessionId } : {}), ...(isHttpLink(choices.link) ? { link: choices.link } : {}) };
        const result = await api.post<OutreachPreview>(outreachApi.preview(cycleId, itemId), request);
        if (isStale) return;
        setPreview(result);
        setError(null);
      } catch (cause) {
        if (isStale) return;
        setError(ApiError.from(cause));
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      isStale = true;
    };
  }, [cycleId, itemId, subject, body, choices.sessionId, choices.link]);

  return (
    <section className="outreach-preview stack" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('preview.title')}</h3>
      <div className="form-grid">
        <SelectField name="previewSession" label={t('preview.session')} value={choices.sessionId} onChange={(e) => onChoicesChange({ ...choices, sessionId: e.target.value })} options={sessionOptions(sessions, locale, t('preview.noSession'))} />
        <TextField name="previewLink" type="url" label={t('preview.link')} hint={t('preview.linkHint')} isOptional value={choices.link} onChange={(e) => onChoicesChange({ ...choices, link: e.target.value })} placeholder="https://" />
      </div>
      {error && <ErrorAlert error={error} title={t('preview.failed')} />}
      {preview && (
        <div className="outreach-preview-message" data-testid="outreach-preview">
          {preview.subject !== null && (
            <p className="outreach-preview-subject">
              <span className="muted">{t('preview.subject')}: </span>
              {preview.subject}
            </p>
          )}
          <div className="outreach-preview-body">{preview.body}</div>
        </div>
      )}
      {preview && preview.missing.filter((f) => f !== 'recipient_name').length > 0 && (
        <p className="muted">{t('preview.missing', { fields: preview.missing.filter((f) => f !== 'recipient_name').map((f) => t(mergeFieldLabel(f))).join(', ') })}</p>
      )}
      {preview?.missing.includes('recipient_name') && <p className="muted">{t('preview.recipientNote')}</p>}
    </section>
  );
}
