import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { EmptyState } from '../../app/ui/empty-state';
import { Icon } from '../../app/ui/icons';
import { evidenceCoverage, evidenceSources, type GoalCoverage } from '../../../core/plan/evidence-coverage';
import { levelOf, titleOf } from '../plans/level-names';
import { elementPath } from '../plans/plan-views';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { ScrollRegion } from '../plans/scroll-region';
import './evidence-coverage.css';

/**
 * Evidence and voice: for each goal, how many citations it and everything under it carry, by
 * source (surveys, conversations, focus groups, public comment, other evidence), with the goals
 * that cite nothing, and those that cite no community voice, listed first. Counted in the browser
 * from the plan already loaded: every element links to where its evidence is edited.
 */
export function EvidenceCoverageView() {
  const { t, locale } = useI18n();
  const { index, levelNames } = usePlanWorkspace();
  const coverage = useMemo(() => evidenceCoverage(index.inOrder), [index]);
  const goal = levelNames.goal.toLocaleLowerCase(locale);
  const uncited = coverage.filter((row) => row.isUncited);
  const noVoice = coverage.filter((row) => row.hasNoVoice);
  const citations = coverage.reduce((sum, row) => sum + row.total.total, 0);

  return (
    <div className="stack-lg evidence-coverage">
      <section className="card" aria-labelledby="evidence-coverage-heading">
        <div className="card-header">
          <div>
            <h2 id="evidence-coverage-heading">{t('evidenceCoverage.title')}</h2>
            <p>{t('evidenceCoverage.description', { goal })}</p>
          </div>
        </div>
        {coverage.length === 0 ? (
          <EmptyState title={t('evidenceCoverage.emptyTitle', { goal })}>{t('evidenceCoverage.emptyText', { goal })}</EmptyState>
        ) : (
          <div className="card-body stat-grid evidence-stats">
            <Stat label={t('evidenceCoverage.uncitedStat')} count={uncited.length} isGap={uncited.length > 0} />
            <Stat label={t('evidenceCoverage.noVoiceStat')} count={noVoice.length} isGap={noVoice.length > 0} />
            <Stat label={t('evidenceCoverage.citationsStat')} count={citations} isGap={false} />
          </div>
        )}
      </section>
      {coverage.length > 0 && (
        <>
          <div className="evidence-lists">
            <GoalList id="evidence-uncited" title={t('evidenceCoverage.uncitedTitle')} goals={uncited} emptyText={t('evidenceCoverage.uncitedEmpty', { goal })} />
            <GoalList id="evidence-no-voice" title={t('evidenceCoverage.noVoiceTitle')} goals={noVoice} emptyText={t('evidenceCoverage.noVoiceEmpty', { goal })} hint={t('evidenceCoverage.noVoiceHint')} />
          </div>
          <BySourceTable coverage={coverage} />
        </>
      )}
    </div>
  );
}

function Stat({ label, count, isGap }: { label: string; count: number; isGap: boolean }) {
  return (
    <div className={`stat${isGap ? ' has-gaps' : ''}`}>
      <p className="stat-label">{label}</p>
      <p className="stat-value">{count}</p>
    </div>
  );
}

/** "Goal G2: Whole child", linking to it in the outline. */
function ElementLink({ elementKey }: { elementKey: string }): ReactNode {
  const { plan, organization, index, levelNames } = usePlanWorkspace();
  const element = index.byKey.get(elementKey);
  if (!element) return <span className="mono">{elementKey}</span>;
  return (
    <Link to={elementPath(organization.id, plan.id, elementKey)}>
      {levelOf(levelNames, element)} <span className="mono">{elementKey}</span>: {titleOf(element)}
    </Link>
  );
}

function GoalList({ id, title, goals, emptyText, hint }: { id: string; title: string; goals: GoalCoverage[]; emptyText: string; hint?: string }) {
  return (
    <section className={`card evidence-list${goals.length ? ' has-gaps' : ''}`} aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>
          {title} <span className="evidence-count">({goals.length})</span>
        </h2>
      </div>
      {goals.length === 0 ? (
        <p className="card-body evidence-none">
          <Icon name="check" size={16} />
          <span>{emptyText}</span>
        </p>
      ) : (
        <ul className="evidence-items">
          {goals.map((row) => (
            <li key={row.goal.key}>
              <ElementLink elementKey={row.goal.key} />
              {hint && <span className="cell-sub">{hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function BySourceTable({ coverage }: { coverage: GoalCoverage[] }) {
  const { t } = useI18n();
  const { plan, organization, levelNames } = usePlanWorkspace();
  const caption = t('evidenceCoverage.tableTitle');
  const columns = evidenceSources.map((source) => ({ source, label: t(`evidenceCoverage.col.${source}`) }));
  const total = t('evidenceCoverage.col.total');
  return (
    <section className="card" aria-labelledby="evidence-by-source">
      <div className="card-header">
        <h2 id="evidence-by-source">{caption}</h2>
      </div>
      <ScrollRegion label={caption}>
        <table className="table table-stack evidence-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{levelNames.goal}</th>
              {columns.map((column) => (
                <th key={column.source} scope="col" className="cell-number">
                  {column.label}
                </th>
              ))}
              <th scope="col" className="cell-number">
                {total}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((row) => (
              <tr key={row.goal.key} className={row.isUncited ? 'is-uncited' : undefined}>
                <th scope="row" className="cell-primary">
                  <ElementLink elementKey={row.goal.key} />
                  <span className="cell-sub">
                    {row.total.total === 0 ? (
                      t('evidenceCoverage.citedOnNothing')
                    ) : (
                      <>
                        {t('evidenceCoverage.citedOn')}{' '}
                        {[...(row.goal.counts.total ? [row.goal.key] : []), ...row.citing.map((element) => element.key)].map((key, at) => (
                          <span key={key}>
                            {at > 0 && ', '}
                            <Link to={elementPath(organization.id, plan.id, key)} className="mono">
                              {key}
                            </Link>
                          </span>
                        ))}
                      </>
                    )}
                  </span>
                </th>
                {columns.map((column) => (
                  <td key={column.source} data-label={column.label} className="cell-number">
                    {row.total[column.source]}
                  </td>
                ))}
                <td data-label={total} className={`cell-number cell-total${row.isUncited ? ' has-gaps' : ''}`}>
                  {row.total.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
