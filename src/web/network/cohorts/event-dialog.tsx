import { useId, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { cohortsApi, type CohortEvent } from './cohorts-api';

interface EventDialogProps {
  cohortId: string;
  /** 'new' adds one; an event edits it; null keeps the dialog closed. */
  event: CohortEvent | 'new' | null;
  onClose: () => void;
  onSaved: (event: CohortEvent, isNew: boolean) => void;
  onConflict: () => void;
}

/** A milestone or a session of the shared calendar: what, when, and for a session its time and place. */
export function EventDialog({ cohortId, event, onClose, onSaved, onConflict }: EventDialogProps) {
  const t = useT();
  const formId = useId();
  const existing = event && event !== 'new' ? event : null;
  const [kind, setKind] = useState<CohortEvent['kind'] | null>(null);
  const shownKind = kind ?? existing?.kind ?? 'session';
  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['title', 'date']),
    submit: async (data) => {
      const values = {
        kind: shownKind,
        title: textOf(data, 'title'),
        date: textOf(data, 'date'),
        startTime: textOf(data, 'startTime') || null,
        location: textOf(data, 'location') || null,
        details: textOf(data, 'details'),
      };
      try {
        const saved = existing
          ? await api.patch<CohortEvent>(cohortsApi.event(cohortId, existing.id), { ...values, version: existing.version })
          : await api.post<CohortEvent>(cohortsApi.events(cohortId), values);
        setKind(null);
        onSaved(saved, !existing);
      } catch (cause) {
        if (cause instanceof ApiError && cause.code === 'conflict') onConflict();
        throw cause;
      }
    },
  });
  const close = () => {
    form.reset();
    setKind(null);
    onClose();
  };

  return (
    <Dialog
      isOpen={event !== null}
      title={t(existing ? 'cohortCalendar.editTitle' : 'cohortCalendar.addTitle')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t(existing ? 'action.save' : 'cohortCalendar.addConfirm')}
          </Button>
        </>
      }
    >
      <form key={existing ? `${existing.id}-${existing.version}` : 'new'} id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('cohortCalendar.saveFailed')} />}
        <SelectField
          name="kind"
          label={t('cohortCalendar.field.kind')}
          value={shownKind}
          error={form.fieldErrors.kind}
          onChange={(change) => setKind(change.target.value as CohortEvent['kind'])}
          options={[
            { value: 'session', label: t('cohortCalendar.kind.sessionLong') },
            { value: 'milestone', label: t('cohortCalendar.kind.milestoneLong') },
          ]}
        />
        <TextField name="title" label={t('cohortCalendar.field.title')} error={form.fieldErrors.title} defaultValue={existing?.title} required maxLength={200} />
        <div className="form-grid">
          <TextField name="date" type="date" label={t('cohortCalendar.field.date')} error={form.fieldErrors.date} defaultValue={existing?.date} required />
          <TextField name="startTime" type="time" label={t('cohortCalendar.field.time')} error={form.fieldErrors.startTime} defaultValue={existing?.startTime ?? ''} isOptional />
        </div>
        <TextField
          name="location"
          label={t('cohortCalendar.field.location')}
          hint={shownKind === 'session' ? t('cohortCalendar.field.locationHint') : undefined}
          error={form.fieldErrors.location}
          defaultValue={existing?.location ?? ''}
          isOptional
          maxLength={200}
        />
        <TextAreaField name="details" label={t('cohortCalendar.field.details')} hint={t('cohortCalendar.field.detailsHint')} error={form.fieldErrors.details} defaultValue={existing?.details} isOptional rows={3} maxLength={4000} />
      </form>
    </Dialog>
  );
}
