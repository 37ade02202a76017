import { useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { useResource } from '../../app/use-resource';
import type { EntitiesResponse, EvidenceMetric } from '../api-types';
import { evidenceApi } from '../evidence-api';
import { moveInList } from './board-ranking';
import type { BoardWorkspace } from './board-workspace';
import { ChartDialog } from './chart-dialog';
import { ChartFigure, useChartHeading } from './chart-figure';
import { ChartObservations } from './chart-observations';
import { retreatApi } from './retreat-api';
import type { BoardChart } from './retreat-types';
import { useBoardWrite } from './use-board-write';

/**
 * The data picture: the charts the team chose, in the order the room walks through them, each with
 * the question it answers and what the room notices and wonders under it.
 */
export function DataPictureSection({ workspace }: { workspace: BoardWorkspace }) {
  const { t } = useI18n();
  const { board, canEdit, organizationId } = workspace;
  const retreatId = board.retreat.id;
  const metrics = useResource<{ metrics: EvidenceMetric[] }>(evidenceApi.metrics(organizationId));
  const entities = useResource<EntitiesResponse>(evidenceApi.entities(organizationId));
  const schools = entities.data?.schools ?? [];
  const heading = useChartHeading();
  const write = useBoardWrite(workspace.reload);
  const [editing, setEditing] = useState<BoardChart | 'new' | null>(null);
  const [removing, setRemoving] = useState<BoardChart | null>(null);
  const charts = board.charts;

  const move = (index: number, delta: -1 | 1) =>
    void write.run(`move-${charts[index]!.id}`, () => api.put(retreatApi.chartOrder(retreatId), { chart_ids: moveInList(charts, index, delta).map((chart) => chart.id) }));

  return (
    <>
      <section className="card" aria-labelledby="data-picture-heading">
        <div className="card-header">
          <div>
            <h2 id="data-picture-heading">{t('retreat.charts.title')}</h2>
            <p>{t('retreat.charts.intro')}</p>
          </div>
          {canEdit && (
            <Button variant="primary" onClick={() => setEditing('new')}>
              {t('retreat.charts.addOpen')}
            </Button>
          )}
        </div>
        {write.failure && (
          <div className="card-body">
            <ErrorAlert error={write.failure} title={t('retreat.charts.failed')} onDismiss={write.dismiss} />
          </div>
        )}
        {charts.length === 0 && (
          <EmptyState icon="inbox" title={t('retreat.charts.empty')}>
            {canEdit ? t('retreat.charts.emptyEdit') : undefined}
          </EmptyState>
        )}
      </section>
      {charts.map((chart, index) => {
        const schoolName = schools.find((school) => school.id === chart.view.school_id)?.name ?? null;
        const title = heading(chart, schoolName);
        const headingId = `chart-heading-${chart.id}`;
        return (
          <section key={chart.id} className="card retreat-chart" aria-labelledby={headingId}>
            <div className="card-header">
              <div>
                <h3 id={headingId}>{t('retreat.charts.numbered', { number: index + 1, question: chart.question })}</h3>
                <p>
                  {title}
                  {chart.area && ` · ${t(`retreat.area.${chart.area}` as 'retreat.area.trust')}`}
                </p>
              </div>
              {canEdit && (
                <div className="row chart-controls">
                  <Button size="small" variant="quiet" disabled={index === 0} isBusy={write.busy === `move-${chart.id}`} aria-label={t('retreat.charts.upLabel', { number: index + 1 })} onClick={() => move(index, -1)}>
                    {t('retreat.move.up')}
                  </Button>
                  <Button size="small" variant="quiet" disabled={index === charts.length - 1} aria-label={t('retreat.charts.downLabel', { number: index + 1 })} onClick={() => move(index, 1)}>
                    {t('retreat.move.down')}
                  </Button>
                  <Button size="small" aria-label={t('retreat.charts.editLabel', { number: index + 1 })} onClick={() => setEditing(chart)}>
                    {t('retreat.edit')}
                  </Button>
                  <Button size="small" variant="quiet-danger" aria-label={t('retreat.charts.removeLabel', { number: index + 1 })} onClick={() => setRemoving(chart)}>
                    {t('retreat.remove')}
                  </Button>
                </div>
              )}
            </div>
            <div className="card-body stack">
              <ChartFigure chart={chart} heading={title} />
              <ChartObservations workspace={workspace} chart={chart} number={index + 1} />
            </div>
          </section>
        );
      })}
      {canEdit && (
        <ChartDialog
          retreatId={retreatId}
          frame={board.retreat.frame}
          chart={editing === 'new' ? null : editing}
          isOpen={editing !== null}
          metrics={metrics.data?.metrics ?? []}
          schools={schools}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            await workspace.reload();
          }}
        />
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('retreat.charts.removeTitle')}
        confirmLabel={t('retreat.remove')}
        isBusy={removing !== null && write.busy === removing.id}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const chart = removing!;
          setRemoving(null);
          void write.run(chart.id, () => api.delete(retreatApi.chart(retreatId, chart.id)));
        }}
      >
        <p>{t('retreat.charts.removeText', { question: removing?.question ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
