import { useI18n } from '../../app/i18n/i18n-provider';
import type { LevelNames } from '../../plan/plans/level-names';
import { ActionTable } from './action-table';
import { MeasureTable } from './measure-table';
import type { GoalKind, ScoreGoal, ScoreMeasure } from './progress-api';
import { rollUpStatusLook } from './progress-status';
import { ExplainedChip } from './status-chip';
import { useStatusText } from './status-text';

export function goalLevel(levelNames: LevelNames, kind: GoalKind): string {
  return kind === 'interim_goal' ? levelNames.interimGoal : kind === 'guardrail' ? levelNames.guardrail : levelNames.goal;
}

/** One goal on the leadership dashboard: its roll-up, its measures, and each strategy with its measures and actions. */
export function GoalSection({ goal, levelNames, onOpenChart }: { goal: ScoreGoal; levelNames: LevelNames; onOpenChart: (measure: ScoreMeasure) => void }) {
  const { t } = useI18n();
  const statusText = useStatusText();
  const headingId = `progress-goal-${goal.key}`;
  return (
    <section className="card progress-goal" aria-labelledby={headingId}>
      <div className="card-header progress-goal-header">
        <div>
          <p className="progress-eyebrow">
            {goalLevel(levelNames, goal.kind)} <span className="mono">{goal.key}</span>
          </p>
          <h2 id={headingId}>{goal.title}</h2>
        </div>
        <div className="progress-goal-chips">
          <ExplainedChip look={rollUpStatusLook[goal.rollUp.status]} label={statusText.measure(goal.rollUp.status)} explanation={statusText.rollUp(goal.rollUp)} />
          {goal.strategies.length > 0 && (
            <ExplainedChip
              look={rollUpStatusLook[goal.implementation.status]}
              label={t('progress.implementation', { status: statusText.measure(goal.implementation.status) })}
              explanation={statusText.rollUp(goal.implementation)}
            />
          )}
        </div>
      </div>
      {goal.measures.length > 0 && (
        <div className="progress-block">
          <MeasureTable caption={t('progress.measuresCaption', { measure: levelNames.measure, title: goal.title })} measureLevel={levelNames.measure} measures={goal.measures} onOpenChart={onOpenChart} />
        </div>
      )}
      {goal.strategies.map((strategy) => (
        <div key={strategy.key} className="progress-block progress-strategy">
          <div className="progress-strategy-header">
            <h3 className="progress-block-title">
              {levelNames.strategy} <span className="mono">{strategy.key}</span>: {strategy.title}
            </h3>
            <ExplainedChip look={rollUpStatusLook[strategy.rollUp.status]} label={statusText.measure(strategy.rollUp.status)} explanation={statusText.rollUp(strategy.rollUp)} />
          </div>
          {strategy.measures.length > 0 && (
            <MeasureTable caption={t('progress.measuresCaption', { measure: levelNames.measure, title: strategy.title })} measureLevel={levelNames.measure} measures={strategy.measures} onOpenChart={onOpenChart} />
          )}
          {strategy.actions.length > 0 ? (
            <ActionTable caption={t('progress.actionsCaption', { action: levelNames.action, title: strategy.title })} actionLevel={levelNames.action} actions={strategy.actions} />
          ) : (
            <p className="muted progress-none">{t('progress.noActions', { action: levelNames.action })}</p>
          )}
        </div>
      ))}
      {goal.measures.length === 0 && goal.strategies.length === 0 && <p className="muted progress-none">{t('progress.goalEmpty', { measure: levelNames.measure, strategy: levelNames.strategy })}</p>}
    </section>
  );
}
