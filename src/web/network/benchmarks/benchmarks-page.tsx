import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { useConfirmedRemoval } from '../use-confirmed-removal';
import { BenchmarkCard, DistributionView, NamedDistricts } from './benchmark-parts';
import { BenchmarkFormDialog } from './benchmark-form-dialog';
import { benchmarksApi, type Benchmark, type BenchmarkResults } from './benchmarks-api';
import './benchmarks.css';

type ListedBenchmark = Benchmark & { sharingCount: number };

/** The network's benchmarks: define the measures districts compare, and see how many share each and how they spread. */
export function BenchmarksPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const networkId = organization!.id;
  const canManage = hasPermission(organization, 'network.manage');
  const list = useResource<{ benchmarks: ListedBenchmark[] }>(benchmarksApi.ofNetwork(networkId));
  const [editing, setEditing] = useState<Benchmark | 'new' | null>(null);
  const { failure, remove: removeConfirmed } = useConfirmedRemoval(list.reload);
  const benchmarks = list.data?.benchmarks ?? [];
  const remove = (benchmark: Benchmark) => removeConfirmed(t('benchmarks.removeConfirm', { name: benchmark.name }), benchmarksApi.benchmark(networkId, benchmark.id));

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('benchmarks.title')}
        description={t('benchmarks.networkDescription')}
        actions={
          canManage ? (
            <Button variant="primary" onClick={() => setEditing('new')}>
              {t('benchmarks.add')}
            </Button>
          ) : undefined
        }
      />
      {failure && <ErrorAlert error={failure} title={t('benchmarks.form.failed')} />}
      <ResourceStates resource={list} isEmpty={benchmarks.length === 0} errorTitle={t('benchmarks.loadFailed')} emptyIcon="success" emptyTitle={t('benchmarks.empty')} emptyText={t('benchmarks.emptyText')}>
        <div className="benchmark-list">
          {benchmarks.map((benchmark) => (
            <BenchmarkCard
              key={benchmark.id}
              benchmark={benchmark}
              sharingCount={benchmark.sharingCount}
              actions={
                canManage ? (
                  <>
                    <Button size="small" onClick={() => setEditing(benchmark)}>
                      {t('benchmarks.edit')}
                    </Button>
                    <Button size="small" variant="quiet" onClick={() => void remove(benchmark)}>
                      {t('benchmarks.remove')}
                    </Button>
                  </>
                ) : undefined
              }
            >
              {/* Keyed by version and count, so an edit or a new share reads the results again. */}
              <NetworkResults key={`${benchmark.version}-${benchmark.sharingCount}`} networkId={networkId} benchmark={benchmark} />
            </BenchmarkCard>
          ))}
        </div>
      </ResourceStates>
      {canManage && (
        <BenchmarkFormDialog
          networkId={networkId}
          benchmark={editing === 'new' ? null : editing}
          isOpen={editing !== null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void list.reload();
          }}
        />
      )}
    </div>
  );
}

/** One benchmark's results as the network may see them: the same rule as the districts'. */
function NetworkResults({ networkId, benchmark }: { networkId: string; benchmark: ListedBenchmark }) {
  const { t } = useI18n();
  const results = useResource<BenchmarkResults>(benchmarksApi.results(networkId, benchmark.id));
  if (results.error) return <ErrorAlert error={results.error} title={t('benchmarks.results.failed')} />;
  if (!results.data) return <Loading />;
  const { distribution, namedDistricts } = results.data;
  return (
    <div className="stack">
      <DistributionView distribution={distribution} unit={benchmark.unit} label={t('benchmarks.range.label', { count: distribution.count ?? 0 })} />
      <NamedDistricts named={namedDistricts} unit={benchmark.unit} />
    </div>
  );
}
