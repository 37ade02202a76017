import { useId, useState } from 'react';
import { api } from '../../app/api';
import { checkEmail, checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { useResource } from '../../app/use-resource';
import type { NetworkDistrict } from '../../platform/api-types';
import { cohortsApi, type Cohort, type CohortDistrict } from './cohorts-api';

interface InviteDistrictDialogProps {
  isOpen: boolean;
  cohort: Cohort;
  /** Districts invited or enrolled already: not offered again (a withdrawn one may be invited back). */
  inCohort: readonly string[];
  onClose: () => void;
  onInvited: (district: CohortDistrict) => void;
}

type Source = 'existing' | 'new';

/**
 * Invite a district into the cohort: one the network already has, or a new one by name with its
 * administrator's email (who gets an invitation, signs the enrolment documents and enrols it).
 */
export function InviteDistrictDialog({ isOpen, cohort, inCohort, onClose, onInvited }: InviteDistrictDialogProps) {
  const t = useT();
  const formId = useId();
  const districts = useResource<{ districts: NetworkDistrict[] }>(isOpen ? cohortsApi.networkDistricts(cohort.networkId) : null);
  const offered = (districts.data?.districts ?? []).filter((district) => !inCohort.includes(district.id));
  const [chosenSource, setSource] = useState<Source | null>(null);
  // With no district left to offer, the new one is the only choice.
  const source: Source = chosenSource ?? (districts.data && offered.length === 0 ? 'new' : 'existing');
  const form = useFormSubmit({
    validate: (data) => (source === 'existing' ? checkRequired(t, data, ['districtId']) : checkEmail(t, data, 'administratorEmail', checkRequired(t, data, ['name', 'administratorEmail']))),
    submit: async (data) => {
      const body = source === 'existing' ? { districtId: textOf(data, 'districtId') } : { name: textOf(data, 'name'), administratorEmail: textOf(data, 'administratorEmail') };
      onInvited(await api.post<CohortDistrict>(cohortsApi.districts(cohort.id), body));
      setSource(null);
    },
  });
  const close = () => {
    form.reset();
    setSource(null);
    onClose();
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('inviteDistrict.title', { cohort: cohort.name })}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('inviteDistrict.send')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('inviteDistrict.failed')} />}
        {districts.error && <ErrorAlert error={districts.error} title={t('inviteDistrict.districtsFailed')} />}
        {districts.isLoading && !districts.data && <Loading />}
        <fieldset className="fieldset">
          <legend>{t('inviteDistrict.which')}</legend>
          <div className="choice-list">
            <label className="choice">
              <input type="radio" name="source" value="existing" checked={source === 'existing'} disabled={offered.length === 0} onChange={() => setSource('existing')} />
              <span>
                <span className="choice-title">{t('inviteDistrict.existing')}</span>
                <span className="choice-text">{offered.length === 0 && districts.data ? t('inviteDistrict.existingNone') : t('inviteDistrict.existingText')}</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="source" value="new" checked={source === 'new'} onChange={() => setSource('new')} />
              <span>
                <span className="choice-title">{t('inviteDistrict.new')}</span>
                <span className="choice-text">{t('inviteDistrict.newText')}</span>
              </span>
            </label>
          </div>
        </fieldset>
        {source === 'existing' ? (
          <SelectField
            name="districtId"
            label={t('inviteDistrict.district')}
            error={form.fieldErrors.districtId}
            defaultValue=""
            options={[{ value: '', label: t('inviteDistrict.districtChoose') }, ...offered.map((district) => ({ value: district.id, label: district.name }))]}
          />
        ) : (
          <>
            <TextField name="name" label={t('inviteDistrict.name')} error={form.fieldErrors.name} required maxLength={200} />
            <TextField name="administratorEmail" type="email" autoComplete="off" label={t('inviteDistrict.email')} hint={t('inviteDistrict.emailHint')} error={form.fieldErrors.administratorEmail} required />
          </>
        )}
      </form>
    </Dialog>
  );
}
