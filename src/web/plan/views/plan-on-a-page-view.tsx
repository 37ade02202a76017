import type { PlanElement } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { levelOf, titleOf } from '../plans/level-names';
import { baselineOf, targetFor, targetPeriods } from '../measures/measure-table-model';
import { periodText, unitSuffixOf, valueText } from '../plans/plan-format-text';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import './plan-on-a-page.css';

/**
 * The whole plan on one page, the way districts pin it to a wall: mission, vision and values on
 * top, then one column per goal with its measures (baseline → final target) and strategies.
 * The print style sheet fits a typical plan on one landscape page.
 */
export function PlanOnAPageView() {
  const { t } = useI18n();
  const { plan, index, levelNames } = usePlanWorkspace();
  const header = plan.header.plan;
  const goals = index.children.get(null) ?? [];
  const named = (items: typeof header.values) => (items ?? []).map((item) => item.name);

  return (
    <div className="stack">
      <div className="row row-end plan-chrome">
        <Button variant="primary" onClick={() => window.print()}>
          {t('onePage.print')}
        </Button>
      </div>
      <article className="plan-on-a-page" aria-labelledby="one-page-title">
        <header className="one-page-header">
          <h2 id="one-page-title">{plan.title}</h2>
          {header.period && <p className="one-page-period">{periodText(header.period)}</p>}
        </header>
        <div className="one-page-statements">
          {header.mission && <Statement title={t('planDetails.mission')} text={header.mission} />}
          {header.vision && <Statement title={t('planDetails.vision')} text={header.vision} />}
          {(header.values?.length ?? 0) > 0 && <Statement title={t('planDetails.values')} text={named(header.values).join(' · ')} />}
          {(header.portrait_of_graduate?.length ?? 0) > 0 && <Statement title={t('planDetails.portrait')} text={named(header.portrait_of_graduate).join(' · ')} />}
        </div>
        {header.theory_of_action && <Statement title={t('planDetails.theoryOfAction')} text={header.theory_of_action} />}
        {goals.length === 0 ? (
          <EmptyState icon="book" title={t('outline.emptyTitle', { level: levelNames.goal })} />
        ) : (
          <ol className="one-page-goals" style={{ ['--goal-count' as string]: Math.min(goals.length, 5) }}>
            {goals.map((goal) => (
              <GoalColumn key={goal.id} goal={goal} />
            ))}
          </ol>
        )}
      </article>
    </div>
  );
}

function Statement({ title, text }: { title: string; text: string }) {
  return (
    <section className="one-page-statement">
      <h3>{title}</h3>
      <p>{text}</p>
    </section>
  );
}

function GoalColumn({ goal }: { goal: PlanElement }) {
  const { t, locale } = useI18n();
  const { index, levelNames } = usePlanWorkspace();
  const children = index.children.get(goal.id) ?? [];
  const measures = children.filter((child) => child.kind === 'measure');
  const strategies = children.filter((child) => child.kind === 'strategy');
  return (
    <li className={`one-page-goal is-${String(goal.fields.kind ?? 'goal')}`}>
      <p className="one-page-level">
        {levelOf(levelNames, goal)} {goal.key}
      </p>
      <h3>{titleOf(goal)}</h3>
      {measures.length > 0 && (
        <>
          <h4>{levelNames.measure}</h4>
          <ul>
            {measures.map((measure) => {
              const suffix = unitSuffixOf(measure.fields.unit);
              const last = targetPeriods([measure]).at(-1);
              const final = last ? targetFor(measure, last, '') : undefined;
              const baseline = baselineOf(measure);
              return (
                <li key={measure.id}>
                  {titleOf(measure)}
                  {(baseline || final) && (
                    <span className="one-page-numbers">
                      {baseline ? valueText(baseline, locale, suffix) : t('onePage.noBaseline')}
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden"> {t('onePage.to')} </span>
                      {final ? `${valueText(final, locale, suffix)} (${last})` : t('onePage.noTarget')}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {strategies.length > 0 && (
        <>
          <h4>{levelNames.strategy}</h4>
          <ul>
            {strategies.map((strategy) => (
              <li key={strategy.id}>{titleOf(strategy)}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
