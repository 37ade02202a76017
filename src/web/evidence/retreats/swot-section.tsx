import { useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { quadrants } from '../../../core/evidence/retreat/dot-voting';
import { rankedItems, rankLabel, totalDots } from './board-ranking';
import type { BoardWorkspace } from './board-workspace';
import { retreatApi } from './retreat-api';
import type { Quadrant, SwotItem } from './retreat-types';
import { SwotItemCard } from './swot-item-card';
import { SwotItemDialog } from './swot-item-dialog';
import { useBoardWrite } from './use-board-write';

/**
 * The SWOT board: strengths, weaknesses, opportunities and threats as the room writes them, with
 * dots spent live, and the ranking across the board beside it (ties shown as ties: the room
 * decides between them, not the order).
 */
export function SwotSection({ workspace }: { workspace: BoardWorkspace }) {
  const { t } = useI18n();
  const { board } = workspace;
  const write = useBoardWrite(workspace.reload);
  const [target, setTarget] = useState<{ item: SwotItem } | { quadrant: Quadrant } | null>(null);
  const [removing, setRemoving] = useState<SwotItem | null>(null);
  const ranking = rankedItems(board.swot).filter((item) => item.dots > 0);
  const isClosed = board.retreat.status === 'closed';

  return (
    <>
      <section className="card" aria-labelledby="swot-heading">
        <div className="card-header">
          <div>
            <h2 id="swot-heading">{t('retreat.swot.title')}</h2>
            <p>{t('retreat.swot.intro', { dots: board.retreat.dots_per_person })}</p>
          </div>
        </div>
        <div className="card-body stack">
          <p className="dots-summary" aria-live="polite">
            {t('retreat.swot.myDotsLeft', { left: board.my_dots.left, allowance: board.my_dots.allowance })} {t('retreat.swot.roomDots', { count: totalDots(board.swot) })}
          </p>
          {write.failure && <ErrorAlert error={write.failure} title={t('retreat.swot.failed')} onDismiss={write.dismiss} />}
          <div className="swot-grid">
            {quadrants.map((quadrant) => {
              const headingId = `swot-${quadrant}`;
              return (
                <section key={quadrant} className={`swot-quadrant swot-${quadrant}`} aria-labelledby={headingId}>
                  <div className="swot-quadrant-header">
                    <h3 id={headingId}>{t(`retreat.swot.quadrant.${quadrant}`)}</h3>
                    {!isClosed && (
                      <Button size="small" onClick={() => setTarget({ quadrant })} aria-label={t('retreat.swot.addLabel', { quadrant: t(`retreat.swot.quadrant.${quadrant}`) })}>
                        {t('retreat.swot.addOpen')}
                      </Button>
                    )}
                  </div>
                  {board.swot[quadrant].length === 0 && <p className="muted">{t('retreat.swot.emptyQuadrant')}</p>}
                  <ul className="retreat-list stack-sm">
                    {board.swot[quadrant].map((item) => (
                      <SwotItemCard key={item.id} workspace={workspace} item={item} write={write} onEdit={() => setTarget({ item })} onRemove={() => setRemoving(item)} />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </div>
      </section>
      <section className="card" aria-labelledby="ranking-heading">
        <div className="card-header">
          <div>
            <h2 id="ranking-heading">{t('retreat.swot.rankingTitle')}</h2>
            <p>{t('retreat.swot.rankingIntro')}</p>
          </div>
        </div>
        <div className="card-body" aria-live="polite">
          {ranking.length === 0 ? (
            <p className="muted">{t('retreat.swot.noDots')}</p>
          ) : (
            <ol className="retreat-list ranking-list">
              {ranking.map((item) => (
                <li key={item.id} className="ranking-row">
                  <span className="ranking-place">{rankLabel(item)}</span>
                  <span>
                    {item.text}
                    <span className="cell-sub">
                      {t(`retreat.swot.quadrant.${item.quadrant}`)} · {t('retreat.swot.dots', { count: item.dots })}
                      {item.is_tied && ` · ${t('retreat.swot.tied')}`}
                    </span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>
      <SwotItemDialog workspace={workspace} target={target} onClose={() => setTarget(null)} />
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('retreat.swot.removeTitle')}
        confirmLabel={t('retreat.remove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const item = removing!;
          setRemoving(null);
          void write.run(item.id, () => api.delete(retreatApi.swotItem(board.retreat.id, item.id)));
        }}
      >
        <p>{t('retreat.swot.removeText', { text: removing?.text ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
