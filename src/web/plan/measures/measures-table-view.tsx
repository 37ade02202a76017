import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { EmptyState } from '../../app/ui/empty-state';
import { usePlanErrorMessage } from '../plans/plan-error-alert';
import { levelOf, titleOf } from '../plans/level-names';
import { planApi } from '../plans/plan-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { MeasureRows } from './measure-rows';
import { targetPeriods } from './measure-table-model';
import { ScrollRegion } from '../plans/scroll-region';

/**
 * Every measure as a district scorecard is drawn: baseline and a column per target period, with a
 * row per student group. One table per goal, because goals often count in different periods.
 */
export function MeasuresTableView() {
  const t = useT();
  const say = useAnnounce();
  const describe = usePlanErrorMessage();
  const { plan, index, levelNames, permissions, replaceElements, refreshChecks, ownerNames } = usePlanWorkspace();
  const [feedback, setFeedback] = useState<{ tone: 'warning' | 'danger'; text: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);
  const closeEditor = useCallback(() => {
    setEditing((current) => {
      returnFocusTo.current = current;
      return null;
    });
  }, []);
  // Back from editing, focus returns to the cell's button, as it would after closing a dialog.
  useEffect(() => {
    if (editing !== null || !returnFocusTo.current) return;
    document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(returnFocusTo.current)}"]`)?.focus();
    returnFocusTo.current = null;
  }, [editing]);

  const save = useCallback(
    async (measure: PlanElement, fields: Record<string, unknown>) => {
      setFeedback(null);
      try {
        replaceElements([await api.patch<PlanElement>(planApi.element(plan.id, measure.id), { version: measure.version, fields })]);
        refreshChecks();
        say(t('detail.saved'));
        return true;
      } catch (error) {
        const apiError = ApiError.from(error);
        if (apiError.code === 'conflict' && apiError.body.current) {
          replaceElements([apiError.body.current as PlanElement]);
          setFeedback({ tone: 'warning', text: t('measures.conflict', { title: titleOf(measure) }) });
          return true;
        }
        setFeedback({ tone: 'danger', text: apiError.details[0] ? `${describe(apiError)} ${apiError.details[0].message}` : describe(apiError) });
        return false;
      }
    },
    [plan.id, replaceElements, refreshChecks, say, t, describe],
  );

  // Built once per change of the plan, so opening a cell re-renders only that measure's rows.
  const sections = useMemo(() => {
    const measuresUnder = (goal: PlanElement) =>
      index.inOrder.filter((element) => element.kind === 'measure' && (element.parentId === goal.id || index.byId.get(element.parentId ?? '')?.parentId === goal.id));
    return (index.children.get(null) ?? [])
      .map((goal) => ({ goal, measures: measuresUnder(goal) }))
      .filter((section) => section.measures.length > 0)
      .map((section) => ({ ...section, periods: targetPeriods(section.measures) }));
  }, [index]);

  return (
    <div className="stack-lg">
      <div className="stack">
        <h2>{t('measures.title', { measure: levelNames.measure })}</h2>
        <p className="muted">{permissions.canEdit ? t('measures.descriptionEdit') : t('measures.description')}</p>
        {feedback && (
          <Alert tone={feedback.tone} onDismiss={() => setFeedback(null)}>
            {feedback.text}
          </Alert>
        )}
      </div>
      {sections.length === 0 && (
        <div className="card">
          <EmptyState icon="info" title={t('measures.emptyTitle', { measure: levelNames.measure })} />
        </div>
      )}
      {sections.map(({ goal, measures, periods }) => {
        const headingId = `measures-${goal.id}`;
        return (
          <section key={goal.id} className="card measures-section" aria-labelledby={headingId}>
            <div className="card-header">
              <h3 id={headingId}>
                {levelOf(levelNames, goal)} <span className="mono">{goal.key}</span>: {titleOf(goal)}
              </h3>
            </div>
            <ScrollRegion label={t('measures.caption', { goal: titleOf(goal) })}>
              <table className="table measures-table">
                <caption className="visually-hidden">{t('measures.caption', { goal: titleOf(goal) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{levelNames.measure}</th>
                    <th scope="col">{t('measures.group')}</th>
                    <th scope="col" className="cell-number">
                      {t('measures.baseline')}
                    </th>
                    {periods.map((period) => (
                      <th scope="col" key={period} className="cell-number">
                        {period}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {measures.map((measure) => (
                    <MeasureRows
                      key={measure.id}
                      measure={measure}
                      ownerName={ownerNames.get(measure.key) ?? null}
                      periods={periods}
                      canEdit={permissions.canEdit}
                      editing={editing?.startsWith(`${measure.id}|`) ? editing : null}
                      onEdit={setEditing}
                      onClose={closeEditor}
                      onSave={save}
                    />
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        );
      })}
    </div>
  );
}
