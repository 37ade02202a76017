import { useSearchParams } from 'react-router';
import { groupLabelOf } from '../group-label';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { ErrorAlert } from '../../app/ui/error-message';
import { EmptyState } from '../../app/ui/empty-state';
import { SelectField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import type { EntitiesResponse, EvidenceMetric, IndicatorBy, IndicatorResult } from '../api-types';
import { DataSections } from '../data-sections';
import { evidenceApi } from '../evidence-api';
import { IndicatorView } from './indicator-view';
import { sortPeriods } from './indicator-model';
import '../evidence.css';

const views: IndicatorBy[] = ['school', 'group', 'period'];

/**
 * The indicators explorer: one metric by school, by student group or over time, for a period, a
 * group and a school, against the district and a comparison group. Every number is computed by the
 * server (weighted by n, small groups hidden); the choices live in the address, so a view can be shared.
 */
export function IndicatorsPage() {
  const { t, locale } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const [params, setParams] = useSearchParams();
  const metrics = useResource<{ metrics: EvidenceMetric[] }>(evidenceApi.metrics(organizationId));
  const entities = useResource<EntitiesResponse>(evidenceApi.entities(organizationId));
  const list = metrics.data?.metrics ?? [];
  const metric = list.find((candidate) => candidate.key === params.get('metric')) ?? list[0] ?? null;
  const by = (views as string[]).includes(params.get('by') ?? '') ? (params.get('by') as IndicatorBy) : 'school';
  const periods = sortPeriods(metric?.periods ?? []);
  const period = by === 'period' ? null : periods.includes(params.get('period') ?? '') ? params.get('period') : (periods.at(-1) ?? null);
  const groups = metric?.groups ?? [];
  const group = by === 'group' ? null : groups.includes(params.get('group') ?? '') ? params.get('group') : null;
  const schools = entities.data?.schools ?? [];
  const school = by === 'school' ? null : schools.some((candidate) => candidate.id === params.get('school')) ? params.get('school') : null;
  const compare = groups.includes(params.get('compare') ?? '') ? params.get('compare') : null;
  const result = useResource<IndicatorResult>(metric ? evidenceApi.indicator(organizationId, metric.key, { by, period, group, school, compare }) : null);
  const groupName = (name: string) => groupLabelOf(name, locale, t('indicators.allStudents'));

  const choose = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        // Another metric has other periods and groups: its own defaults apply.
        if (name === 'metric') ['period', 'group', 'compare'].forEach((key) => next.delete(key));
        return next;
      },
      { replace: true },
    );

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('indicators.title')} description={t('indicators.description')} />
      <DataSections organizationId={organizationId} />
      {metrics.isLoading && !metrics.data && <Loading />}
      {metrics.error && <ErrorAlert error={metrics.error} title={t('indicators.loadFailed')} />}
      {metrics.data && !metric && (
        <section className="card">
          <EmptyState icon="inbox" title={t('indicators.empty')}>
            {t('indicators.emptyText')}
          </EmptyState>
        </section>
      )}
      {metric && (
        <section className="card" aria-labelledby="indicator-choices-heading">
          <div className="card-header">
            <h2 id="indicator-choices-heading">{t('indicators.choices')}</h2>
          </div>
          <div className="card-body stack">
            <div className="form-grid indicator-choices">
              <SelectField name="metric" label={t('indicators.metric')} value={metric.key} options={list.map((candidate) => ({ value: candidate.key, label: candidate.label }))} onChange={(event) => choose('metric', event.target.value)} />
              <SelectField name="by" label={t('indicators.view')} value={by} options={views.map((view) => ({ value: view, label: t(`indicators.by.${view}`) }))} onChange={(event) => choose('by', event.target.value)} />
              {by !== 'period' && <SelectField name="period" label={t('indicators.period')} value={period ?? ''} options={periods.map((candidate) => ({ value: candidate, label: candidate }))} onChange={(event) => choose('period', event.target.value)} />}
              {by !== 'group' && (
                <SelectField name="group" label={t('indicators.group')} value={group ?? ''} options={[{ value: '', label: t('indicators.allStudents') }, ...groups.map((name) => ({ value: name, label: groupName(name) }))]} onChange={(event) => choose('group', event.target.value)} />
              )}
              {by !== 'school' && (
                <SelectField name="school" label={t('indicators.school')} value={school ?? ''} options={[{ value: '', label: t('indicators.wholeDistrict') }, ...schools.map((candidate) => ({ value: candidate.id, label: candidate.name }))]} onChange={(event) => choose('school', event.target.value)} />
              )}
              <SelectField
                name="compare"
                label={t('indicators.compare')}
                hint={t('indicators.compareHint')}
                value={compare ?? ''}
                options={[{ value: '', label: t('indicators.noComparison') }, ...groups.map((name) => ({ value: name, label: groupName(name) }))]}
                onChange={(event) => choose('compare', event.target.value)}
              />
            </div>
          </div>
        </section>
      )}
      {metric && <IndicatorView result={result} metric={metric} by={by} schoolName={schools.find((candidate) => candidate.id === school)?.name ?? null} />}
    </div>
  );
}
