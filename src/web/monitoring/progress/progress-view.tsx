import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { MenuButton } from '../../plan/plans/menu-button';
import { PlanErrorAlert } from '../../plan/plans/plan-error-alert';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { BoardView } from './board-view';
import { GoalSection } from './goal-section';
import { formatDay } from './measure-value';
import { MeasureChartDialog } from './measure-chart-dialog';
import { MonitoringGuard } from './monitoring-guard';
import { ReportDownload } from './report-download';
import { progressApi, type Scorecard, type ScoreGoal, type ScoreMeasure } from './progress-api';
import { countGoalStatuses, goalStatusOrder, measureStatusLook, rollUpStatusLook, stagnantLook } from './progress-status';
import { StatusChip } from './status-chip';
import { useStatusText } from './status-text';
import { CloseYearDialog } from './close-year-dialog';
import { rolloverApi, type YearClosure } from './rollover-api';
import { ThresholdsDialog } from './thresholds-dialog';
import { UploadActualsDialog } from './upload-actuals-dialog';
import { YearClosures } from './year-closures';
import './progress.css';

/**
 * The leadership dashboard: every goal with its roll-up, measures with status, trend and the latest
 * narrative, strategies with their actions; or, for board meetings, goals, interim goals and
 * guardrails only. Planners upload actuals, download them, and set the plan's thresholds here.
 */
export function ProgressView() {
  return (
    <MonitoringGuard>
      <ProgressDashboard />
    </MonitoringGuard>
  );
}

function ProgressDashboard() {
  const { t, locale } = useI18n();
  const { plan, organization, levelNames } = usePlanWorkspace();
  const scorecard = useResource<Scorecard>(progressApi.scorecard(plan.id));
  const [searchParams, setSearchParams] = useSearchParams();
  const isBoard = searchParams.get('view') === 'board';
  const [chartOf, setChartOf] = useState<ScoreMeasure | null>(null);
  const [dialog, setDialog] = useState<'upload' | 'thresholds' | 'closeYear' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canManage = hasPermission(organization, 'monitoring.manage');
  const data = scorecard.data;
  const closures = useResource<{ closures: YearClosure[] }>(rolloverApi.list(plan.id));

  const setBoard = (board: boolean) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (board) next.set('view', 'board');
        else next.delete('view');
        return next;
      },
      { replace: true },
    );

  return (
    <div className="stack-lg progress-view">
      <section className="card" aria-labelledby="progress-heading">
        <div className="card-header">
          <div>
            <h2 id="progress-heading">{isBoard ? t('progress.boardTitle') : t('progress.title')}</h2>
            <p>
              {isBoard ? t('progress.boardDescription') : t('progress.description', { measure: levelNames.measure })}
              {data && ` ${t('progress.asOf', { date: formatDay(data.today, locale) })}`}
            </p>
          </div>
          <div className="row progress-actions">
            {canManage && (
              <Button variant="primary" onClick={() => setDialog('upload')}>
                {t('progress.upload.open')}
              </Button>
            )}
            <MenuButton label={t('progress.download.menu')}>
              {(close) => (
                <>
                  <li>
                    <a className="menu-item" href={progressApi.downloadCsv(plan.id)} download onClick={close}>
                      {t('progress.download.csv')}
                    </a>
                  </li>
                  <li>
                    <a className="menu-item" href={progressApi.downloadXlsx(plan.id)} download onClick={close}>
                      {t('progress.download.xlsx')}
                    </a>
                  </li>
                </>
              )}
            </MenuButton>
            {canManage && (
              <Button onClick={() => setDialog('thresholds')}>
                {t('progress.thresholds.open')}
              </Button>
            )}
            {canManage && <Button onClick={() => setDialog('closeYear')}>{t('progress.rollover.open')}</Button>}
          </div>
        </div>
        <div className="card-body progress-toolbar">
          <div className="view-switch" role="group" aria-label={t('progress.view.label')}>
            <button type="button" className="view-switch-button" aria-pressed={!isBoard} onClick={() => setBoard(false)}>
              {t('progress.view.leadership')}
            </button>
            <button type="button" className="view-switch-button" aria-pressed={isBoard} onClick={() => setBoard(true)}>
              {t('progress.view.board')}
            </button>
          </div>
          {data && data.goals.length > 0 && (isBoard ? <BoardSummary goals={data.goals} /> : <MeasureSummary goals={data.goals} />)}
        </div>
        {notice && (
          <div className="card-body">
            <Alert tone="success" onDismiss={() => setNotice(null)}>
              {notice}
            </Alert>
          </div>
        )}
        {scorecard.isLoading && !data && <Loading />}
        {scorecard.error && (
          <div className="card-body">
            <PlanErrorAlert error={scorecard.error} title={t('progress.loadFailed')} />
          </div>
        )}
        {data && data.goals.length === 0 && (
          <EmptyState icon="info" title={t('progress.emptyTitle', { goal: levelNames.goal })}>
            {t('progress.emptyText', { measure: levelNames.measure })}
          </EmptyState>
        )}
      </section>
      {data &&
        (isBoard ? (
          <>
            <ReportDownload planId={plan.id} />
            <BoardView goals={data.goals} levelNames={levelNames} onOpenChart={setChartOf} />
          </>
        ) : (
          data.goals.map((goal) => <GoalSection key={goal.key} goal={goal} levelNames={levelNames} onOpenChart={setChartOf} />)
        ))}
      <YearClosures closures={closures} />
      <MeasureChartDialog planId={plan.id} measure={chartOf} onClose={() => setChartOf(null)} />
      {canManage && (
        <>
          <UploadActualsDialog
            isOpen={dialog === 'upload'}
            onClose={() => setDialog(null)}
            onApplied={(result) => {
              setNotice(t('progress.upload.applied', result));
              void scorecard.reload();
            }}
          />
          <ThresholdsDialog isOpen={dialog === 'thresholds'} onClose={() => setDialog(null)} onSaved={() => void scorecard.reload()} />
          <CloseYearDialog
            isOpen={dialog === 'closeYear'}
            onClose={() => setDialog(null)}
            onClosed={(closure) => {
              setDialog(null);
              setNotice(t('progress.rollover.done', { year: closure.yearLabel, count: closure.carried.length }));
              void closures.reload();
              void scorecard.reload();
            }}
          />
        </>
      )}
    </div>
  );
}

function allMeasures(goals: readonly ScoreGoal[]): ScoreMeasure[] {
  return goals.flatMap((goal) => [...goal.measures, ...goal.strategies.flatMap((strategy) => strategy.measures)]);
}

/** How many measures are in each state, across the plan. */
function MeasureSummary({ goals }: { goals: readonly ScoreGoal[] }) {
  const { t } = useI18n();
  const { levelNames } = usePlanWorkspace();
  const statusText = useStatusText();
  const measures = allMeasures(goals);
  const order = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
  return (
    <ul className="status-summary" aria-label={t('progress.summaryLabel', { measure: levelNames.measure })}>
      {order.map((status) => (
        <li key={status}>
          <StatusChip look={measureStatusLook[status]}>
            {statusText.measure(status)}: <strong>{measures.filter((measure) => measure.status.status === status).length}</strong>
          </StatusChip>
        </li>
      ))}
    </ul>
  );
}

/** How many goals are in each status (the same statuses as everywhere), and how many are stagnant. */
function BoardSummary({ goals }: { goals: readonly ScoreGoal[] }) {
  const { t } = useI18n();
  const { levelNames } = usePlanWorkspace();
  const statusText = useStatusText();
  const { counts, stagnant } = countGoalStatuses(goals);
  return (
    <ul className="status-summary" aria-label={t('progress.summaryLabel', { measure: levelNames.goal })}>
      {goalStatusOrder.map((status) => (
        <li key={status}>
          <StatusChip look={rollUpStatusLook[status]}>
            {statusText.measure(status)}: <strong>{counts[status]}</strong>
          </StatusChip>
        </li>
      ))}
      <li>
        <StatusChip look={stagnantLook}>
          {t('progress.board.stagnant')}: <strong>{stagnant}</strong>
        </StatusChip>
      </li>
    </ul>
  );
}
