import { useI18n } from '../../app/i18n/i18n-provider';
import type { LevelNames } from '../../plan/plans/level-names';
import { goalLevel } from './goal-section';
import { ExpectedActual } from './measure-table';
import type { ScoreGoal, ScoreMeasure } from './progress-api';
import { isGoalStagnant, isMeasureStagnant, measureStatusLook, rollUpStatusLook, stagnantLook } from './progress-status';
import { ExplainedChip, StatusChip, TrendText } from './status-chip';
import { useStatusText } from './status-text';
import './board-view.css';

/**
 * What a board monitors: goals, interim goals and guardrails only, each with the status every
 * other view shows (one rule decides it) and, beside it, whether it is stagnant, with the measures
 * that decide it. Strategies and actions belong to management views.
 */
export function BoardView({ goals, levelNames, onOpenChart }: { goals: readonly ScoreGoal[]; levelNames: LevelNames; onOpenChart: (measure: ScoreMeasure) => void }) {
  const { t } = useI18n();
  const statusText = useStatusText();
  return (
    <ul className="board-list" aria-label={t('progress.view.board')}>
      {goals.map((goal) => {
        const status = goal.rollUp.status;
        const stagnant = isGoalStagnant(goal);
        const headingId = `board-goal-${goal.key}`;
        return (
          <li key={goal.key}>
            <section className={`card board-goal is-${status}${stagnant ? ' is-stagnant' : ''}`} aria-labelledby={headingId}>
              <div className="card-header progress-goal-header">
                <div>
                  <p className="progress-eyebrow">
                    {goalLevel(levelNames, goal.kind)} <span className="mono">{goal.key}</span>
                  </p>
                  <h2 id={headingId}>{goal.title}</h2>
                </div>
                <span className="board-goal-status">
                  <ExplainedChip
                    look={rollUpStatusLook[status]}
                    label={statusText.measure(status)}
                    explanation={stagnant ? `${statusText.rollUp(goal.rollUp)}. ${t('progress.board.stagnantWhy')}` : statusText.rollUp(goal.rollUp)}
                  />
                  {stagnant && <StatusChip look={stagnantLook}>{t('progress.board.stagnant')}</StatusChip>}
                </span>
              </div>
              {goal.measures.length > 0 ? (
                <ul className="board-measures">
                  {goal.measures.map((measure) => {
                    return (
                      <li key={measure.key} className="board-measure list-row">
                        <button type="button" className="link-button measure-chart-button" aria-label={`${measure.name}, ${t('progress.showChart')}`} onClick={() => onOpenChart(measure)}>
                          {measure.name}
                        </button>
                        <span className="board-measure-facts">
                          <StatusChip look={measureStatusLook[measure.status.status]}>{statusText.measure(measure.status.status)}</StatusChip>
                          {isMeasureStagnant(measure.status) && <StatusChip look={stagnantLook}>{t('progress.board.stagnant')}</StatusChip>}
                          <ExpectedActual measure={measure} />
                          <TrendText trend={measure.status.trend} />
                        </span>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="muted progress-none">{t('progress.board.noMeasures', { measure: levelNames.measure })}</p>
              )}
            </section>
          </li>
        );
      })}
    </ul>
  );
}
