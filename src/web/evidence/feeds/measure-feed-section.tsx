import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { groupLabelOf } from '../group-label';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { planPath } from '../../plan/plans/plan-views';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import type { EntitiesResponse, EvidenceMetric, MeasureFeed } from '../api-types';
import { dataPath, evidenceApi } from '../evidence-api';
import '../evidence.css';

/**
 * "Fed by data" under a measure in the plan editor: the indicator (metric, the district or one
 * school, all students or one group) whose values arrive as the measure's actuals with each new
 * data file, and the periods it fed so far. Shown to those who may read the district's data.
 */
export function MeasureFeedSection({ measureKey }: { measureKey: string }) {
  const { organization } = usePlanWorkspace();
  if (organization.kind !== 'district' || !hasPermission(organization, 'evidence.read')) return null;
  return <FeedSection measureKey={measureKey} />;
}

function FeedSection({ measureKey }: { measureKey: string }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { plan, organization, permissions } = usePlanWorkspace();
  const feeds = useResource<{ feeds: MeasureFeed[] }>(evidenceApi.measureFeeds(plan.id));
  const metrics = useResource<{ metrics: EvidenceMetric[] }>(evidenceApi.metrics(organization.id));
  const entities = useResource<EntitiesResponse>(evidenceApi.entities(organization.id));
  const feed = feeds.data?.feeds.find((candidate) => candidate.measure_key === measureKey) ?? null;
  const [isEditing, setIsEditing] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const canEdit = permissions.hasEdit;
  const metricList = metrics.data?.metrics ?? [];
  const schools = entities.data?.schools ?? [];
  const [metricKey, setMetricKey] = useState<string>('');
  const chosenMetric = metricList.find((metric) => metric.key === (metricKey || feed?.metric)) ?? metricList[0] ?? null;
  const headingId = `measure-feed-${measureKey}`;
  const metricLabel = (key: string) => metricList.find((metric) => metric.key === key)?.label ?? key;
  const schoolLabel = (id: string | null) => (id === null ? t('feeds.district') : (schools.find((school) => school.id === id)?.name ?? t('feeds.unknownSchool')));
  const groupLabel = (name: string | null) => (name === null ? t('feeds.allStudents') : groupLabelOf(name, locale, t('feeds.allStudents')));

  const replaceFeed = (next: MeasureFeed | null) =>
    feeds.setData((current) => ({ feeds: [...(current?.feeds ?? []).filter((candidate) => candidate.measure_key !== measureKey), ...(next ? [next] : [])] }));

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const school = String(data.get('school') ?? '');
    const group = String(data.get('group') ?? '');
    setIsBusy(true);
    setFailure(null);
    try {
      const saved = await api.put<MeasureFeed>(evidenceApi.measureFeed(plan.id, measureKey), { metric: String(data.get('metric')), school_id: school || null, group_name: group || null, ...(feed ? { version: feed.version } : {}) });
      replaceFeed(saved);
      setIsEditing(false);
      say(t('feeds.saved', { count: saved.periods_fed.length }));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  const stop = async () => {
    setIsBusy(true);
    setFailure(null);
    try {
      await api.delete(evidenceApi.measureFeed(plan.id, measureKey));
      replaceFeed(null);
      say(t('feeds.stopped'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  const showsForm = canEdit && isEditing;
  return (
    <section className="measure-feed" aria-labelledby={headingId}>
      <h3 id={headingId} className="detail-section-title">
        {t('feeds.title')}
      </h3>
      {failure && <ErrorAlert error={failure} title={t('feeds.failed')} onDismiss={() => setFailure(null)} />}
      {feeds.error && <ErrorAlert error={feeds.error} title={t('feeds.loadFailed')} />}
      {feed && !isEditing && (
        <div className="stack-sm">
          <p>{t('feeds.fedBy', { metric: metricLabel(feed.metric), where: schoolLabel(feed.school_id), group: groupLabel(feed.group_name) })}</p>
          <p className="muted">{feed.periods_fed.length > 0 ? t('feeds.periodsFed', { periods: feed.periods_fed.join(', ') }) : t('feeds.noPeriodsYet')}</p>
          {feed.periods_fed.length > 0 && (
            <p>
              <Link to={planPath(organization.id, plan.id, 'progress')}>{t('feeds.seeProgress')}</Link>
            </p>
          )}
          {canEdit && (
            <div className="row">
              <Button size="small" onClick={() => setIsEditing(true)}>
                {t('feeds.change')}
              </Button>
              <Button size="small" variant="quiet-danger" isBusy={isBusy} onClick={() => void stop()}>
                {t('feeds.stop')}
              </Button>
            </div>
          )}
        </div>
      )}
      {!feed && !isEditing && (
        <div className="stack-sm">
          <p className="muted">{metricList.length > 0 ? t('feeds.none') : t('feeds.noData')}</p>
          {metricList.length === 0 && metrics.data && (
            <p>
              <Link to={dataPath(organization.id)}>{t('feeds.openData')}</Link>
            </p>
          )}
          {canEdit && metricList.length > 0 && (
            <div>
              <Button size="small" onClick={() => setIsEditing(true)}>
                {t('feeds.start')}
              </Button>
            </div>
          )}
        </div>
      )}
      {showsForm && chosenMetric && (
        <form className="stack measure-feed-form" noValidate onSubmit={(event) => void save(event)}>
          <p className="muted">{t('feeds.explain')}</p>
          <div className="form-grid">
            <SelectField name="metric" label={t('feeds.metric')} value={chosenMetric.key} options={metricList.map((metric) => ({ value: metric.key, label: metric.label }))} onChange={(event) => setMetricKey(event.target.value)} />
            <SelectField name="school" label={t('feeds.school')} defaultValue={feed?.school_id ?? ''} options={[{ value: '', label: t('feeds.district') }, ...schools.map((school) => ({ value: school.id, label: school.name }))]} />
            <SelectField
              key={chosenMetric.key}
              name="group"
              label={t('feeds.group')}
              defaultValue={feed?.metric === chosenMetric.key ? (feed.group_name ?? '') : ''}
              options={[{ value: '', label: t('feeds.allStudents') }, ...chosenMetric.groups.map((name) => ({ value: name, label: groupLabelOf(name, locale, t('feeds.allStudents')) }))]}
            />
          </div>
          <div className="row">
            <Button type="submit" variant="primary" size="small" isBusy={isBusy}>
              {t('feeds.save')}
            </Button>
            <Button size="small" onClick={() => setIsEditing(false)}>
              {t('action.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
