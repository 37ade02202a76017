import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanVersion } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { SelectField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { planApi } from '../plans/plan-api';
import { lifecycleLabel, lifecycleTone } from '../plans/plan-lifecycle';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { ComparisonResult } from './comparison-result';
import { useVersionLabel } from './version-label';
import { AdoptionRecordComments } from '../../engagement/public-comment/adoption-record';

const current = 'current';

/**
 * Every frozen version (each lifecycle move freezes one), and a comparison of any two, or of a
 * version with the working copy: the diff from draft to adopted plan the community asks for.
 */
export function VersionsView() {
  const { t, formatDateTime, formatDate } = useI18n();
  const { plan } = usePlanWorkspace();
  const versionLabel = useVersionLabel();
  const versions = useResource<{ versions: PlanVersion[] }>(planApi.versions(plan.id));
  const [searchParams, setSearchParams] = useSearchParams();
  const list = [...(versions.data?.versions ?? [])].sort((a, b) => b.number - a.number);
  const from = searchParams.get('from');
  const to = searchParams.get('to');
  const [choice, setChoice] = useState({ from: from ?? '', to: to ?? current });

  // A new version appears after every lifecycle move; the list follows the plan (not every edit).
  const seenLifecycle = useRef(plan.lifecycle);
  const reloadVersions = versions.reload;
  useEffect(() => {
    if (seenLifecycle.current === plan.lifecycle) return;
    seenLifecycle.current = plan.lifecycle;
    void reloadVersions();
  }, [plan.lifecycle, reloadVersions]);
  useEffect(() => {
    if (!choice.from && list[0]) setChoice((previous) => ({ ...previous, from: String(list[0]!.number) }));
  }, [list, choice.from]);

  const nameOf = (value: string) => (value === current ? t('versions.currentDraft') : t('versions.versionNumber', { number: value }));
  const options = list.map((version) => ({ value: String(version.number), label: `${t('versions.versionNumber', { number: version.number })} · ${version.label ? versionLabel(version.label) : t(lifecycleLabel[version.lifecycle])}` }));
  const compare = (event: FormEvent) => {
    event.preventDefault();
    if (choice.from) setSearchParams({ from: choice.from, to: choice.to });
  };
  const author = (version: PlanVersion) => version.createdBy ?? '—';

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="versions-heading">
        <div className="card-header">
          <div>
            <h2 id="versions-heading">{t('versions.title')}</h2>
            <p>{t('versions.description')}</p>
          </div>
        </div>
        {versions.isLoading && !versions.data && <Loading />}
        {versions.error && (
          <div className="card-body">
            <PlanErrorAlert error={versions.error} title={t('versions.loadFailed')} />
          </div>
        )}
        {versions.data && list.length === 0 && (
          <EmptyState icon="inbox" title={t('versions.emptyTitle')}>
            {t('versions.emptyText')}
          </EmptyState>
        )}
        {list.length > 0 && (
          <div className="table-wrap">
            <table className="table table-stack versions-table">
              <caption className="visually-hidden">{t('versions.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('versions.version')}</th>
                  <th scope="col">{t('versions.state')}</th>
                  <th scope="col">{t('versions.adoption')}</th>
                  <th scope="col">{t('versions.frozen')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('people.column.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((version) => (
                  <tr key={version.number}>
                    <th scope="row" className="cell-primary">
                      {t('versions.versionNumber', { number: version.number })}
                      {version.label && <span className="cell-sub">{versionLabel(version.label)}</span>}
                    </th>
                    <td data-label={t('versions.state')}>
                      <Badge tone={lifecycleTone[version.lifecycle]}>{t(lifecycleLabel[version.lifecycle])}</Badge>
                    </td>
                    <td data-label={t('versions.adoption')} className="cell-wrap">
                      {version.adoption ? (
                        <div>
                          {formatDate(version.adoption.date)}
                          <span className="cell-sub">{[version.adoption.body, version.adoption.resolution, version.adoption.vote].filter(Boolean).join(' · ')}</span>
                        </div>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td data-label={t('versions.frozen')} className="cell-date">
                      <div>
                        {formatDateTime(version.createdAt)}
                        <span className="cell-sub">{author(version)}</span>
                      </div>
                    </td>
                    <td className="cell-actions">
                      <Button size="small" variant="quiet" onClick={() => setSearchParams({ from: String(version.number), to: current })}>
                        {t('versions.compareWithCurrent')}
                        <span className="visually-hidden"> ({t('versions.versionNumber', { number: version.number })})</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list.length > 0 && (
          <form className="card-body inline-form compare-form" onSubmit={compare} aria-label={t('versions.compareLabel')}>
            <SelectField name="from" label={t('versions.from')} value={choice.from} onChange={(event) => setChoice({ ...choice, from: event.target.value })} options={options} />
            <SelectField name="to" label={t('versions.to')} value={choice.to} onChange={(event) => setChoice({ ...choice, to: event.target.value })} options={[{ value: current, label: t('versions.currentDraft') }, ...options]} />
            <Button type="submit" variant="primary">
              {t('versions.compare')}
            </Button>
          </form>
        )}
      </section>
      <AdoptionRecordComments />
      {from && to && <ComparisonResult key={`${from}-${to}`} from={from} to={to} title={t('versions.comparisonTitle', { from: nameOf(from), to: nameOf(to) })} />}
    </div>
  );
}
