import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { TextField } from '../../app/ui/field';
import { useFormSubmit, textOf, type FieldErrors } from '../../app/use-form-submit';
import { useResource } from '../../app/use-resource';
import { NoAccessPage } from '../../app/no-access-page';
import { useState } from 'react';
import type { SurveySummary } from '../api-types';
import { engagementPath, surveysApi } from '../surveys/surveys-api';
import type { DistrictEngagementSettings } from './engagement-settings-types';
import { PageTextsSection } from './page-texts-section';

const THRESHOLD = { min: 3, max: 100 };
const GAP = { min: 1, max: 100 };

/**
 * The district's engagement settings, for administrators: the fewest respondents a group of
 * results may show (smaller ones are hidden everywhere results leave the server), and how far a
 * group's share of respondents may trail its share of the population before it is flagged; and
 * the respondent page's own words in each further language of the district's surveys.
 */
export function EngagementSettingsPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const districtId = organization!.id;
  const canManage = hasPermission(organization, 'engagement.manage');
  const settings = useResource<DistrictEngagementSettings>(canManage ? surveysApi.settings(districtId) : null);
  // The languages the district's surveys use, offered first for the page's words.
  const surveys = useResource<{ surveys: SurveySummary[] }>(canManage ? surveysApi.list(districtId) : null);
  const conversations = useResource<{ conversations: Array<{ languages: string[] }> }>(canManage ? `/api/districts/${districtId}/conversations` : null);
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);

  const read = (data: FormData) => ({ respondent_threshold: Number(textOf(data, 'respondent_threshold')), representation_gap: Number(textOf(data, 'representation_gap')) });
  const form = useFormSubmit({
    validate: (data) => {
      const values = read(data);
      const errors: FieldErrors = {};
      const isWhole = (value: number, range: { min: number; max: number }) => Number.isInteger(value) && value >= range.min && value <= range.max;
      if (!isWhole(values.respondent_threshold, THRESHOLD)) errors.respondent_threshold = t('engagementSettings.check.range', THRESHOLD);
      if (!isWhole(values.representation_gap, GAP)) errors.representation_gap = t('engagementSettings.check.range', GAP);
      return errors;
    },
    submit: async (data) => {
      setNotice(null);
      try {
        settings.setData(await api.put<DistrictEngagementSettings>(surveysApi.settings(districtId), { ...read(data), version: settings.data!.version }));
        setNotice('saved');
      } catch (error) {
        if (error instanceof ApiError && error.code === 'conflict') {
          await settings.reload();
          setNotice('conflict');
          return;
        }
        throw error;
      }
    },
  });

  if (!canManage) return <NoAccessPage reason="permission" />;
  const data = settings.data;
  return (
    <div className="stack-lg">
      <Link to={engagementPath(districtId)} className="back-link">
        ← {t('surveys.title')}
      </Link>
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('engagementSettings.title')} description={t('engagementSettings.description')} />
      {notice === 'saved' && <Alert tone="success" onDismiss={() => setNotice(null)}>{t('engagementSettings.saved')}</Alert>}
      {notice === 'conflict' && <Alert tone="warning" onDismiss={() => setNotice(null)}>{t('engagementSettings.conflict')}</Alert>}
      {settings.isLoading && !data && <Loading />}
      {settings.error && <ErrorAlert error={settings.error} title={t('engagementSettings.loadFailed')} />}
      {data && (
        <form key={data.version} ref={form.formRef} className="card card-body form settings-form" noValidate onSubmit={form.onSubmit}>
          {form.error && <ErrorAlert error={form.error} title={t('engagementSettings.failed')} />}
          <div className="form-grid">
            <TextField
              name="respondent_threshold"
              type="number"
              inputMode="numeric"
              min={THRESHOLD.min}
              max={THRESHOLD.max}
              step={1}
              label={t('engagementSettings.threshold')}
              hint={t('engagementSettings.thresholdHint')}
              defaultValue={data.respondent_threshold}
              error={form.fieldErrors.respondent_threshold}
            />
            <TextField
              name="representation_gap"
              type="number"
              inputMode="numeric"
              min={GAP.min}
              max={GAP.max}
              step={1}
              label={t('engagementSettings.gap')}
              hint={t('engagementSettings.gapHint')}
              defaultValue={data.representation_gap}
              error={form.fieldErrors.representation_gap}
            />
          </div>
          <div className="form-actions">
            <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
              {t('engagementSettings.save')}
            </Button>
          </div>
        </form>
      )}
      {data && <PageTextsSection districtId={districtId} settings={data} surveyLanguages={[...(surveys.data?.surveys ?? []), ...(conversations.data?.conversations ?? [])].flatMap((item) => item.languages)} onSaved={(saved) => settings.setData(saved)} />}
    </div>
  );
}
