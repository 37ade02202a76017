import { useId, useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { useResource } from '../../app/use-resource';
import type { CycleSummary } from '../../process/api-types';
import { processApi } from '../../process/cycles/process-api';
import { formatCalendarDay } from '../cohorts/cohorts-api';
import { myNetworkApi, type DistrictCohort } from './my-network-api';

interface EnrolDialogProps {
  isOpen: boolean;
  districtId: string;
  cohort: DistrictCohort;
  onClose: () => void;
  onEnrolled: (cycleId: string) => void;
}

type CycleChoice = 'new' | 'existing';

/**
 * Enrols the district: the cohort runs one process template, so the district either starts a new
 * cycle from it, dated on the cohort's shared timeline, or names a cycle it already runs from it.
 */
export function EnrolDialog({ isOpen, districtId, cohort, onClose, onEnrolled }: EnrolDialogProps) {
  const { t, locale } = useI18n();
  const formId = useId();
  const cycles = useResource<{ cycles: CycleSummary[] }>(isOpen ? processApi.cycles(districtId) : null);
  const sameTemplate = (cycles.data?.cycles ?? []).filter((cycle) => cycle.templateId === cohort.templateId);
  const [choice, setChoice] = useState<CycleChoice>('new');
  const template = cohort.templateName ?? cohort.templateId;
  const form = useFormSubmit({
    submit: async (data) => {
      const body = choice === 'existing' ? { cycleId: textOf(data, 'cycleId') } : {};
      const enrolled = await api.post<{ status: 'enrolled'; cycleId: string }>(myNetworkApi.enrolment(districtId, cohort.cohortId), body);
      setChoice('new');
      onEnrolled(enrolled.cycleId);
    },
  });
  const close = () => {
    form.reset();
    setChoice('new');
    onClose();
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('enrol.title', { cohort: cohort.cohortName })}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('enrol.confirm')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('enrol.failed')} />}
        {cycles.error && <ErrorAlert error={cycles.error} title={t('enrol.cyclesFailed')} />}
        <fieldset className="fieldset">
          <legend>{t('enrol.which')}</legend>
          <div className="choice-list">
            <label className="choice">
              <input type="radio" name="choice" value="new" checked={choice === 'new'} onChange={() => setChoice('new')} />
              <span>
                <span className="choice-title">{t('enrol.new')}</span>
                <span className="choice-text">{t('enrol.newText', { template, date: formatCalendarDay(locale, cohort.startDate) })}</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="choice" value="existing" checked={choice === 'existing'} disabled={sameTemplate.length === 0} onChange={() => setChoice('existing')} />
              <span>
                <span className="choice-title">{t('enrol.existing')}</span>
                <span className="choice-text">{sameTemplate.length === 0 ? t('enrol.existingNone', { template }) : t('enrol.existingText', { template })}</span>
              </span>
            </label>
          </div>
        </fieldset>
        {choice === 'existing' && sameTemplate.length > 0 && (
          <SelectField
            name="cycleId"
            label={t('enrol.cycle')}
            error={form.fieldErrors.cycleId}
            options={sameTemplate.map((cycle) => ({ value: cycle.id, label: t('enrol.cycleOption', { name: cycle.name, date: formatCalendarDay(locale, cycle.startDate) }) }))}
          />
        )}
      </form>
    </Dialog>
  );
}
