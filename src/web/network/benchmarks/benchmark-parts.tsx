import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { formatNumber } from '../../plan/plans/plan-format-text';
import type { Benchmark, Distribution, NamedValue } from './benchmarks-api';
import { RangeBar } from './range-bar';

/** A benchmark's card frame: its name, unit, direction and how many districts share it. */
export function BenchmarkCard({ benchmark, sharingCount, actions, children }: { benchmark: Benchmark; sharingCount: number; actions?: ReactNode; children?: ReactNode }) {
  const { t } = useI18n();
  const headingId = `benchmark-${benchmark.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <div className="card-header benchmark-header">
        <h2 id={headingId}>{benchmark.name}</h2>
        {actions && <div className="benchmark-actions">{actions}</div>}
      </div>
      <div className="card-body stack">
        {benchmark.description && <p>{benchmark.description}</p>}
        <dl className="benchmark-facts">
          <div>
            <dt>{t('benchmarks.unit')}</dt>
            <dd>{benchmark.unit}</dd>
          </div>
          <div>
            <dt>{t('benchmarks.direction')}</dt>
            <dd>{t(`benchmarks.direction.${benchmark.direction}`)}</dd>
          </div>
        </dl>
        <p className="muted">{sharingCount === 0 ? t('benchmarks.sharingNone') : t('benchmarks.sharing', { count: sharingCount })}</p>
        {children}
      </div>
    </article>
  );
}

/** The distribution when the rule lets it out; otherwise the one sentence saying why not. */
export function DistributionView({ distribution, unit, label }: { distribution: Distribution; unit: string; label: string }) {
  const { t } = useI18n();
  if (!distribution.isShown || distribution.count === null) return <p>{t('benchmarks.notEnough')}</p>;
  return <RangeBar distribution={distribution} unit={unit} label={label} />;
}

/** Districts that agreed to be named, with their values; nobody else is ever listed. */
export function NamedDistricts({ named, unit }: { named: NamedValue[]; unit: string }) {
  const { t, locale } = useI18n();
  if (named.length === 0) return null;
  return (
    <div>
      <h3 className="benchmark-named-heading">{t('benchmarks.named')}</h3>
      <ul className="benchmark-named">
        {named.map((district) => (
          <li key={district.districtName}>{t('benchmarks.namedValue', { district: district.districtName, value: `${formatNumber(district.value, locale)} ${unit}`.trim(), period: district.periodLabel })}</li>
        ))}
      </ul>
    </div>
  );
}
