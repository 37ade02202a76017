import { useMemo, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { useFormSubmit, type FieldErrors } from '../../app/use-form-submit';
import { useResource } from '../../app/use-resource';
import { updatesApi, type MonitoringSettings } from './updates-api';
import './updates.css';

type NumberField = Exclude<keyof MonitoringSettings, 'yearBasis' | 'version' | 'schoolYearStartMonth' | 'fiscalYearStartMonth'>;

/** Each number the district sets, with the range the server accepts and the words around it. */
const numberFields: ReadonlyArray<{ name: NumberField; min: number; max: number; label: MessageKey; hint: MessageKey }> = [
  { name: 'measureDueDays', min: 0, max: 120, label: 'updates.settings.measureDueDays', hint: 'updates.settings.measureDueDaysHint' },
  { name: 'actionDueDays', min: 0, max: 120, label: 'updates.settings.actionDueDays', hint: 'updates.settings.actionDueDaysHint' },
  { name: 'remindDaysBefore', min: 0, max: 60, label: 'updates.settings.remindDaysBefore', hint: 'updates.settings.remindDaysBeforeHint' },
  { name: 'remindEveryDays', min: 1, max: 60, label: 'updates.settings.remindEveryDays', hint: 'updates.settings.remindEveryDaysHint' },
  { name: 'escalateAfterDays', min: 1, max: 120, label: 'updates.settings.escalateAfterDays', hint: 'updates.settings.escalateAfterDaysHint' },
  { name: 'updateLinkGraceDays', min: 0, max: 120, label: 'updates.settings.updateLinkGraceDays', hint: 'updates.settings.updateLinkGraceDaysHint' },
  { name: 'suppressionThreshold', min: 1, max: 100, label: 'updates.settings.suppressionThreshold', hint: 'updates.settings.suppressionThresholdHint' },
];

/**
 * The district's reporting calendar, due dates, reminder schedule and small-group threshold. The
 * version read goes back with the save; if someone saved meanwhile (409) their values are shown.
 */
export function MonitoringSettingsSection({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const { t, locale } = useI18n();
  const settings = useResource<MonitoringSettings>(updatesApi.settings(organizationId));
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => ({ value: String(index + 1), label: format.format(new Date(Date.UTC(2025, index, 1))) }));
  }, [locale]);

  const readNumbers = (data: FormData) => {
    const errors: FieldErrors = {};
    const values: Partial<Record<NumberField, number>> = {};
    for (const field of numberFields) {
      const text = String(data.get(field.name) ?? '').trim();
      const value = Number(text);
      if (!text) errors[field.name] = t('updates.settings.required', { field: t(field.label) });
      else if (!/^\d+$/.test(text) || value < field.min || value > field.max) errors[field.name] = t('updates.settings.range', { field: t(field.label), min: field.min, max: field.max });
      else values[field.name] = value;
    }
    return { errors, values };
  };

  const form = useFormSubmit({
    validate: (data) => readNumbers(data).errors,
    submit: async (data) => {
      const current = settings.data;
      if (!current) return;
      setNotice(null);
      const body = {
        yearBasis: data.get('yearBasis') === 'fiscal' ? 'fiscal' : 'school',
        schoolYearStartMonth: Number(data.get('schoolYearStartMonth')),
        fiscalYearStartMonth: Number(data.get('fiscalYearStartMonth')),
        ...readNumbers(data).values,
        version: current.version,
      };
      try {
        settings.setData(await api.put<MonitoringSettings>(updatesApi.settings(organizationId), body));
        setNotice({ tone: 'success', text: t('updates.settings.saved') });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'conflict') {
          const latest = error.body.current as MonitoringSettings | undefined;
          if (latest) settings.setData(latest);
          else await settings.reload();
          setNotice({ tone: 'warning', text: t('updates.settings.conflict') });
          return;
        }
        throw error;
      }
    },
  });

  const data = settings.data;
  return (
    <section className="card" aria-labelledby="settings-monitoring" id="monitoring">
      <div className="card-header">
        <div>
          <h2 id="settings-monitoring">{t('updates.settings.title')}</h2>
          <p>{t('updates.settings.description')}</p>
        </div>
      </div>
      <div className="card-body">
        {settings.isLoading && !data && <Loading />}
        {settings.error && <ErrorAlert error={settings.error} title={t('updates.settings.loadFailed')} />}
        {data && (
          <form ref={form.formRef} key={data.version} className="form" noValidate onSubmit={form.onSubmit}>
            {notice && (
              <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
                {notice.text}
              </Alert>
            )}
            {form.error && <ErrorAlert error={form.error} title={t('updates.settings.failed')} />}
            <fieldset className="fieldset" disabled={!canManage}>
              <legend>{t('updates.settings.calendar')}</legend>
              <div className="choice-list">
                {(['school', 'fiscal'] as const).map((basis) => (
                  <label key={basis} className="choice">
                    <input type="radio" name="yearBasis" value={basis} defaultChecked={data.yearBasis === basis} />
                    <span>
                      <span className="choice-title">{t(`updates.settings.basis.${basis}`)}</span>
                      <span className="choice-text">{t(`updates.settings.basis.${basis}Text`)}</span>
                    </span>
                  </label>
                ))}
              </div>
              <div className="form-grid">
                <SelectField name="schoolYearStartMonth" label={t('updates.settings.schoolStart')} defaultValue={String(data.schoolYearStartMonth)} options={months} error={form.fieldErrors.schoolYearStartMonth} />
                <SelectField name="fiscalYearStartMonth" label={t('updates.settings.fiscalStart')} defaultValue={String(data.fiscalYearStartMonth)} options={months} error={form.fieldErrors.fiscalYearStartMonth} />
              </div>
            </fieldset>
            <fieldset className="fieldset" disabled={!canManage}>
              <legend>{t('updates.settings.schedule')}</legend>
              <div className="form-grid">
                {numberFields.slice(0, 6).map((field) => (
                  <NumberInput key={field.name} field={field} value={data[field.name]} error={form.fieldErrors[field.name]} />
                ))}
              </div>
            </fieldset>
            <fieldset className="fieldset" disabled={!canManage}>
              <legend>{t('updates.settings.privacy')}</legend>
              <div className="form-grid monitoring-privacy">
                <NumberInput field={numberFields[6]!} value={data.suppressionThreshold} error={form.fieldErrors.suppressionThreshold} />
              </div>
            </fieldset>
            {canManage && (
              <div className="form-actions">
                <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
                  {t('updates.settings.save')}
                </Button>
              </div>
            )}
          </form>
        )}
      </div>
    </section>
  );
}

function NumberInput({ field, value, error }: { field: (typeof numberFields)[number]; value: number; error?: string }) {
  const { t } = useI18n();
  return <TextField name={field.name} label={t(field.label)} hint={t(field.hint)} defaultValue={String(value)} inputMode="numeric" autoComplete="off" error={error} />;
}
