import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { benchmarksApi, type DistrictProfile } from './benchmarks-api';

const locales = ['city', 'suburb', 'town', 'rural'] as const;
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** The district's size, poverty and locale, by which districts like it are found (never shown to others). */
export function DistrictProfileForm({ districtId, canEdit, onSaved }: { districtId: string; canEdit: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const profile = useResource<DistrictProfile>(benchmarksApi.profile(districtId));
  const [values, setValues] = useState({ enrolment: '', povertyPercent: '', locale: '' });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  useEffect(() => {
    if (profile.data) setValues({ enrolment: profile.data.enrolment?.toString() ?? '', povertyPercent: profile.data.povertyPercent?.toString() ?? '', locale: profile.data.locale ?? '' });
  }, [profile.data]);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => {
    setIsSaved(false);
    setValues((current) => ({ ...current, [field]: event.target.value }));
  };

  const save = async () => {
    setIsSaving(true);
    setFailure(null);
    try {
      profile.setData(await api.put<DistrictProfile>(benchmarksApi.profile(districtId), { enrolment: numberOrNull(values.enrolment), povertyPercent: numberOrNull(values.povertyPercent), locale: values.locale || null }));
      setIsSaved(true);
      onSaved();
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="district-profile-heading">
      <div className="card-header">
        <h2 id="district-profile-heading">{t('benchmarks.profile.title')}</h2>
      </div>
      <form
        className="card-body stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p className="muted">{t('benchmarks.profile.explain')}</p>
        {failure && !['enrolment', 'povertyPercent', 'locale'].some((field) => failure.fieldErrors[field]) && <ErrorAlert error={failure} title={t('benchmarks.profile.failed')} />}
        {isSaved && <Alert tone="success" title={t('benchmarks.profile.saved')} />}
        <div className="benchmark-profile">
          <TextField name="enrolment" type="number" inputMode="numeric" min={0} label={t('benchmarks.profile.enrolment')} value={values.enrolment} disabled={!canEdit} error={failure?.fieldErrors.enrolment} onChange={set('enrolment')} />
          <TextField name="povertyPercent" type="number" inputMode="decimal" min={0} max={100} step="0.1" label={t('benchmarks.profile.poverty')} value={values.povertyPercent} disabled={!canEdit} error={failure?.fieldErrors.povertyPercent} onChange={set('povertyPercent')} />
          <SelectField
            name="locale"
            label={t('benchmarks.profile.locale')}
            value={values.locale}
            disabled={!canEdit}
            error={failure?.fieldErrors.locale}
            options={[{ value: '', label: t('benchmarks.profile.localeNone') }, ...locales.map((locale) => ({ value: locale, label: t(`benchmarks.profile.locale.${locale}`) }))]}
            onChange={set('locale')}
          />
        </div>
        {canEdit && (
          <div>
            <Button type="submit" variant="primary" isBusy={isSaving}>
              {t('benchmarks.profile.save')}
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}
