import { Link } from 'react-router';
import type { SessionOrganization } from '../../app/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { hasPermission } from '../../app/session';
import { Badge } from '../../app/ui/badge';
import { useResource } from '../../app/use-resource';
import type { Scorecard } from '../../monitoring/progress/progress-api';
import { progressApi } from '../../monitoring/progress/progress-api';
import { countGoalStatuses, rollUpStatusLook } from '../../monitoring/progress/progress-status';
import { useStatusText } from '../../monitoring/progress/status-text';
import { updateFormPath, updatesApi, type MyUpdateItem } from '../../monitoring/updates/updates-api';
import type { PlanSummary } from '../../plan/api-types';
import { lifecycleLabel, lifecycleTone } from '../../plan/plans/plan-lifecycle';
import type { CycleDetail, CycleSummary } from '../../process/api-types';
import { formatDay } from '../../process/cycles/process-api';
import { sessionsApi, type MyTask } from '../../process/sessions/sessions-api';

/** Plans being lived have a status worth showing; drafts and archived plans have only their lifecycle. */
const isMonitored = (plan: PlanSummary) => plan.lifecycle === 'adopted' || plan.lifecycle === 'amending';

/**
 * Where the district stands, from the APIs each area already has: its plans (the one being lived
 * first, with how its goals stand), the planning cycle's current phase, and what the reader owes.
 */
export function WhereThingsStand({ organization, plans, cycles }: { organization: SessionOrganization; plans: PlanSummary[]; cycles: CycleSummary[] }) {
  const { t } = useI18n();
  const shown = [...plans.filter(isMonitored), ...plans.filter((plan) => !isMonitored(plan) && plan.lifecycle !== 'archived')].slice(0, 2);
  const latestCycle = [...cycles].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const base = `/o/${organization.id}`;

  return (
    <section aria-labelledby="overview-standing">
      <h2 id="overview-standing" className="section-title">
        {t('overview.standing.title')}
      </h2>
      <div className="standing-grid">
        {shown.length > 0 && (
          <div className="card">
            <div className="card-header">
              <h3>{t('overview.standing.plans')}</h3>
            </div>
            <div className="card-body">
              <ul className="standing-list">
                {shown.map((plan) => (
                  <PlanLine key={plan.id} base={base} plan={plan} />
                ))}
              </ul>
            </div>
          </div>
        )}
        {latestCycle && <CycleCard base={base} cycle={latestCycle} />}
        <DueCard organization={organization} />
      </div>
    </section>
  );
}

function PlanLine({ base, plan }: { base: string; plan: PlanSummary }) {
  const { t } = useI18n();
  const statusText = useStatusText();
  const scorecard = useResource<Scorecard>(isMonitored(plan) ? progressApi.scorecard(plan.id) : null);
  const { counts } = countGoalStatuses(scorecard.data?.goals ?? []);
  const statuses = (['on_track', 'at_risk', 'off_track', 'no_data'] as const).filter((status) => counts[status] > 0);
  return (
    <li>
      <Link to={`${base}/plans/${plan.id}${isMonitored(plan) ? '/progress' : ''}`} className="standing-name">
        {plan.title}
      </Link>
      <span className="row standing-meta">
        <Badge tone={lifecycleTone[plan.lifecycle]}>{t(lifecycleLabel[plan.lifecycle])}</Badge>
        {statuses.map((status) => (
          <Badge key={status} tone={rollUpStatusLook[status].tone}>
            {t('overview.standing.goalCount', { count: counts[status], status: statusText.measure(status) })}
          </Badge>
        ))}
      </span>
    </li>
  );
}

function CycleCard({ base, cycle }: { base: string; cycle: CycleSummary }) {
  const { t } = useI18n();
  const detail = useResource<CycleDetail>(`/api/cycles/${cycle.id}`);
  const phase = detail.data?.currentPhase;
  return (
    <div className="card">
      <div className="card-header">
        <h3>{t('overview.standing.cycle')}</h3>
      </div>
      <div className="card-body stack">
        <Link to={`${base}/process/${cycle.id}`} className="standing-name">
          {cycle.name}
        </Link>
        {detail.data && (
          <p>
            {phase ? t('overview.standing.phase', { phase: phase.name }) : t('overview.standing.allPhasesClosed')}
            {phase?.guidingQuestion && <span className="muted standing-question">{phase.guidingQuestion}</span>}
          </p>
        )}
      </div>
    </div>
  );
}

/** What the reader owes: updates due or overdue on adopted plans, and open tasks and deliverables of the cycle. */
function DueCard({ organization }: { organization: SessionOrganization }) {
  const { t, locale } = useI18n();
  const updates = useResource<{ items: MyUpdateItem[] }>(hasPermission(organization, 'monitoring.update') ? updatesApi.myUpdates(organization.id) : null);
  const tasks = useResource<{ items: MyTask[] }>(hasPermission(organization, 'process.contribute') ? sessionsApi.myTasks(organization.id) : null);
  const owed = (updates.data?.items ?? []).filter((item) => item.state !== 'done');
  const open = (tasks.data?.items ?? []).filter((item) => !item.doneAt && item.status !== 'complete' && item.status !== 'done');
  const isLoading = updates.isLoading || tasks.isLoading;
  const base = `/o/${organization.id}`;
  return (
    <div className="card">
      <div className="card-header">
        <h3>{t('overview.standing.due')}</h3>
      </div>
      <div className="card-body">
        {isLoading ? (
          <p className="muted">…</p>
        ) : owed.length + open.length === 0 ? (
          <p className="muted">{t('overview.standing.nothingDue')}</p>
        ) : (
          <ul className="standing-list">
            {owed.slice(0, 3).map((item) => (
              <li key={`${item.planId}-${item.elementKey}-${item.periodLabel}`}>
                <Link to={updateFormPath(organization.id, item.planId, item.elementKey, item.periodLabel)}>{item.name}</Link>
                <span className="row standing-meta">
                  <Badge tone={item.state === 'overdue' ? 'danger' : 'warning'}>{t(item.state === 'overdue' ? 'overview.standing.overdue' : 'overview.standing.dueOn', { date: formatDay(locale, item.dueOn) })}</Badge>
                </span>
              </li>
            ))}
            {open.slice(0, 3).map((task) => (
              <li key={task.id}>
                <Link to={`${base}/tasks`}>{task.title}</Link>
                <span className="row standing-meta">
                  <Badge tone={task.isOverdue ? 'danger' : 'warning'}>{t(task.isOverdue ? 'overview.standing.overdue' : 'overview.standing.dueOn', { date: formatDay(locale, task.dueDate) })}</Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
        {owed.length + open.length > 0 && (
          <p className="standing-more">
            {owed.length > 0 && <Link to={`${base}/updates`}>{t('overview.standing.allUpdates', { count: owed.length })}</Link>}
            {open.length > 0 && <Link to={`${base}/tasks`}>{t('overview.standing.allTasks', { count: open.length })}</Link>}
          </p>
        )}
      </div>
    </div>
  );
}
