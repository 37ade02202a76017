import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { useConfirmedRemoval } from '../use-confirmed-removal';
import { formatNumber } from '../../plan/plans/plan-format-text';
import { BenchmarkCard, DistributionView, NamedDistricts } from './benchmark-parts';
import { benchmarksApi, type DistrictBenchmark } from './benchmarks-api';
import { DistrictProfileForm } from './district-profile-form';
import { ShareMeasureDialog } from './share-measure-dialog';
import './benchmarks.css';

/**
 * The district's benchmarks: for each of its network's, share one of its measures (named only if it
 * agrees) and, once shared, see its value beside every sharing district and districts like it; and
 * the profile that decides which districts are like it.
 */
export function DistrictBenchmarksPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const districtId = organization!.id;
  const canShare = hasPermission(organization, 'plans.edit');
  const list = useResource<{ benchmarks: DistrictBenchmark[] }>(benchmarksApi.ofDistrict(districtId));
  const [sharing, setSharing] = useState<DistrictBenchmark | null>(null);
  const { failure, remove } = useConfirmedRemoval(list.reload);
  const items = list.data?.benchmarks ?? [];
  const stop = (item: DistrictBenchmark) => remove(t('benchmarks.stopConfirm', { name: item.benchmark.name }), benchmarksApi.share(districtId, item.benchmark.id));

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('benchmarks.title')} description={t('benchmarks.districtDescription')} />
      {failure && <ErrorAlert error={failure} title={t('benchmarks.shareDialog.failed')} />}
        <ResourceStates resource={list} isEmpty={items.length === 0} errorTitle={t('benchmarks.loadFailed')} emptyIcon="success" emptyTitle={organization!.networkId ? t('benchmarks.emptyDistrict') : t('benchmarks.noNetwork')}>
          <div className="benchmark-list">
            {items.map((item) => (
              <BenchmarkCard
                key={item.benchmark.id}
                benchmark={item.benchmark}
                sharingCount={item.sharingCount}
                actions={
                  canShare ? (
                    <>
                      <Button size="small" variant={item.share ? 'secondary' : 'primary'} onClick={() => setSharing(item)}>
                        {item.share ? t('benchmarks.changeShare') : t('benchmarks.share')}
                      </Button>
                      {item.share && (
                        <Button size="small" variant="quiet" onClick={() => void stop(item)}>
                          {t('benchmarks.stopSharing')}
                        </Button>
                      )}
                    </>
                  ) : undefined
                }
              >
                <Comparison item={item} />
              </BenchmarkCard>
            ))}
          </div>
        </ResourceStates>
      <DistrictProfileForm districtId={districtId} canEdit={hasPermission(organization, 'organization.manage')} onSaved={() => void list.reload()} />
      {canShare && (
        <ShareMeasureDialog
          districtId={districtId}
          item={sharing}
          onClose={() => setSharing(null)}
          onShared={() => {
            setSharing(null);
            void list.reload();
          }}
        />
      )}
    </div>
  );
}

/** What the district shares, its value, and that value beside the others when the rule allows. */
function Comparison({ item }: { item: DistrictBenchmark }) {
  const { t, locale } = useI18n();
  const { share, benchmark } = item;
  if (!share) {
    return (
      <>
        <p>{t('benchmarks.notShared')}</p>
        <NamedDistricts named={item.namedDistricts} unit={benchmark.unit} />
      </>
    );
  }
  const own = share.own;
  return (
    <div className="stack">
      <p>
        {t('benchmarks.sharedAs', { measure: share.measureName, plan: share.planTitle })} {share.namedWithConsent ? t('benchmarks.sharedNamed') : t('benchmarks.sharedUnnamed')}
      </p>
      <p>
        <strong>{own.status === 'shared' ? t('benchmarks.own', { value: `${formatNumber(own.value, locale)} ${benchmark.unit}`.trim(), period: own.periodLabel }) : t(`benchmarks.own.${own.status}`)}</strong>
      </p>
      <div className="benchmark-compare">
        <div>
          <h3>{t('benchmarks.allDistricts')}</h3>
          {item.distribution && <DistributionView distribution={item.distribution} unit={benchmark.unit} label={t('benchmarks.range.label', { count: item.distribution.count ?? 0 })} />}
        </div>
        <div>
          <h3>{t('benchmarks.similar')}</h3>
          <p className="muted">{t('benchmarks.similarHint')}</p>
          {item.similar?.noProfile ? <p>{t('benchmarks.similarNoProfile')}</p> : item.similar && <DistributionView distribution={item.similar} unit={benchmark.unit} label={t('benchmarks.range.similarLabel', { count: item.similar.count ?? 0 })} />}
        </div>
      </div>
      <NamedDistricts named={item.namedDistricts} unit={benchmark.unit} />
    </div>
  );
}
