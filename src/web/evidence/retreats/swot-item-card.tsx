import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { rankLabel } from './board-ranking';
import type { BoardWorkspace } from './board-workspace';
import { CitationText } from './citation-text';
import { retreatApi } from './retreat-api';
import type { SwotItem } from './retreat-types';
import type { useBoardWrite } from './use-board-write';

interface SwotItemCardProps {
  workspace: BoardWorkspace;
  item: SwotItem;
  write: ReturnType<typeof useBoardWrite>;
  onEdit: () => void;
  onRemove: () => void;
}

/**
 * One item on the board: its words and citations, the room's dots with its rank (a shared rank
 * says so), and the facilitator's own dots, one more or one less at a time.
 */
export function SwotItemCard({ workspace, item, write, onEdit, onRemove }: SwotItemCardProps) {
  const { t } = useI18n();
  const { board, canEdit } = workspace;
  const rank = rankLabel(item);
  const isClosed = board.retreat.status === 'closed';
  const setDots = (dots: number) => void write.run(`dots-${item.id}`, () => api.put(retreatApi.dots(board.retreat.id, item.id), { dots }));

  return (
    <li className="swot-item">
      <p className="swot-item-text">{item.text}</p>
      {item.citations.length > 0 && (
        <ul className="swot-citations" aria-label={t('retreat.swot.citesLabel')}>
          {item.citations.map((citation, index) => (
            <li key={index}>
              <CitationText citation={citation} charts={board.charts} organizationId={workspace.organizationId} />
            </li>
          ))}
        </ul>
      )}
      <div className="row swot-item-facts">
        <span className="swot-dots">{t('retreat.swot.dots', { count: item.dots })}</span>
        {rank && <Badge tone={item.rank === 1 ? 'brand' : 'neutral'} hasDot={false}>{item.is_tied ? t('retreat.swot.rankTied', { rank: item.rank }) : t('retreat.swot.rank', { rank })}</Badge>}
        {item.is_carried_forward && <Badge tone="success">{t('retreat.swot.carried')}</Badge>}
        {item.author && <span className="muted">{item.author}</span>}
      </div>
      <div className="row swot-item-actions">
        <span className="my-dots" aria-live="polite">
          {t('retreat.swot.myDots', { count: item.my_dots })}
        </span>
        <Button size="small" disabled={isClosed || item.my_dots === 0} isBusy={write.busy === `dots-${item.id}`} aria-label={t('retreat.swot.dotLessLabel', { text: item.text })} onClick={() => setDots(item.my_dots - 1)}>
          −
        </Button>
        <Button size="small" disabled={isClosed || board.my_dots.left === 0} isBusy={write.busy === `dots-${item.id}`} aria-label={t('retreat.swot.dotMoreLabel', { text: item.text })} onClick={() => setDots(item.my_dots + 1)}>
          +
        </Button>
        {canEdit && (
          <>
            <Button size="small" variant="quiet" aria-label={t('retreat.swot.editLabel', { text: item.text })} onClick={onEdit}>
              {t('retreat.edit')}
            </Button>
            <Button size="small" variant="quiet-danger" aria-label={t('retreat.swot.removeLabel', { text: item.text })} onClick={onRemove}>
              {t('retreat.remove')}
            </Button>
          </>
        )}
      </div>
    </li>
  );
}
