import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge, type BadgeTone } from '../../app/ui/badge';
import type { BankStrategy } from './strategy-bank-api';

const tierTone: Record<number, BadgeTone> = { 1: 'success', 2: 'info', 3: 'warning', 4: 'neutral' };
const statusOrder = ['on_track', 'complete', 'at_risk', 'off_track', 'not_started', 'no_data', 'removed'];

/** One strategy of the bank: its evidence, what it addresses and costs, and how districts fare with it. */
export function StrategyCard({ strategy, actions }: { strategy: BankStrategy; actions?: ReactNode }) {
  const { t } = useI18n();
  const statusWord = (status: string) => (statusOrder.includes(status) ? t(`bank.status.${status}` as 'bank.status.on_track') : status);
  const statuses = Object.entries(strategy.use.statuses).sort(([a], [b]) => statusOrder.indexOf(a) - statusOrder.indexOf(b));
  const headingId = `strategy-${strategy.id}`;
  return (
    <article className="card bank-strategy" aria-labelledby={headingId}>
      <div className="card-header bank-strategy-header">
        <h2 id={headingId}>{strategy.title}</h2>
        <Badge tone={tierTone[strategy.essaTier]}>{t(`bank.tier.${strategy.essaTier}`)}</Badge>
      </div>
      <div className="card-body stack">
        {strategy.summary && <p>{strategy.summary}</p>}
        <dl className="bank-facts">
          <div>
            <dt>{t('bank.study')}</dt>
            <dd>
              {strategy.studyCitation}{' '}
              {strategy.studyUrl && (
                <a href={strategy.studyUrl} target="_blank" rel="noreferrer noopener">
                  {t('bank.studyLink')}
                </a>
              )}
            </dd>
          </div>
          {strategy.problems.length > 0 && (
            <div>
              <dt>{t('bank.problems')}</dt>
              <dd>{strategy.problems.join(' · ')}</dd>
            </div>
          )}
          {strategy.cost && (
            <div>
              <dt>{t('bank.cost')}</dt>
              <dd>{strategy.cost}</dd>
            </div>
          )}
          {strategy.measures.length > 0 && (
            <div>
              <dt>{t('bank.measures')}</dt>
              <dd>{strategy.measures.map((measure) => measure.name).join(' · ')}</dd>
            </div>
          )}
          {strategy.actions.length > 0 && (
            <div>
              <dt>{t('bank.actions')}</dt>
              <dd>
                <ol className="bank-actions">
                  {strategy.actions.map((action) => (
                    <li key={action}>{action}</li>
                  ))}
                </ol>
              </dd>
            </div>
          )}
        </dl>
        <p className="bank-use">
          <strong>{strategy.use.districtCount === 0 ? t('bank.unused') : t('bank.use', { count: strategy.use.districtCount })}</strong>
          {statuses.length > 0 && <span>{` (${statuses.map(([status, count]) => `${count} ${statusWord(status)}`).join(', ')})`}</span>}
        </p>
        {strategy.use.namedDistricts.length > 0 && (
          <p className="muted">
            {t('bank.named')} {strategy.use.namedDistricts.map((district) => `${district.name} (${statusWord(district.status)})`).join(', ')}
          </p>
        )}
        {actions && <div className="row">{actions}</div>}
      </div>
    </article>
  );
}
