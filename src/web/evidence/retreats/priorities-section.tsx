import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { carryForwardPreview, moveInList } from './board-ranking';
import type { BoardWorkspace } from './board-workspace';
import { PriorityEditor } from './priority-editor';
import { retreatApi } from './retreat-api';
import type { Priority } from './retreat-types';
import { useBoardWrite } from './use-board-write';

/**
 * The priorities the retreat carries forward: the board's top items by dots (ties carried
 * together), or one the team names itself; put in order, each opened onto its gap analysis.
 */
export function PrioritiesSection({ workspace }: { workspace: BoardWorkspace }) {
  const { t } = useI18n();
  const { board, canEdit } = workspace;
  const retreatId = board.retreat.id;
  const write = useBoardWrite(workspace.reload);
  const [count, setCount] = useState('3');
  const [title, setTitle] = useState('');
  // Several analyses may be open at once: the team compares them.
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(new Set());
  const [removing, setRemoving] = useState<Priority | null>(null);
  const priorities = board.priorities;
  const wanted = Math.min(20, Math.max(1, Math.floor(Number(count) || 0)));
  const preview = carryForwardPreview(board.swot, wanted);

  const carry = (event: FormEvent) => {
    event.preventDefault();
    void write.run('carry', () => api.post(retreatApi.priorities(retreatId), { count: wanted }));
  };
  const addOwn = async (event: FormEvent) => {
    event.preventDefault();
    if (await write.run('own', () => api.post(retreatApi.priorities(retreatId), { title }))) setTitle('');
  };
  const move = (index: number, delta: -1 | 1) =>
    void write.run(`move-${priorities[index]!.id}`, () => api.put(retreatApi.priorityOrder(retreatId), { priority_ids: moveInList(priorities, index, delta).map((priority) => priority.id) }));

  return (
    <>
      <section className="card" aria-labelledby="priorities-heading">
        <div className="card-header">
          <div>
            <h2 id="priorities-heading">{t('retreat.priorities.title')}</h2>
            <p>{t('retreat.priorities.intro')}</p>
          </div>
        </div>
        <div className="card-body stack">
          {write.failure && <ErrorAlert error={write.failure} title={t('retreat.priorities.failed')} onDismiss={write.dismiss} />}
          {canEdit && (
            <div className="priority-adders">
              <form className="stack-sm" onSubmit={carry} noValidate>
                <TextField name="count" type="number" inputMode="numeric" min={1} max={20} label={t('retreat.priorities.count')} value={count} onChange={(event) => setCount(event.target.value)} />
                <p className="muted" aria-live="polite">
                  {preview.length === 0 ? t('retreat.priorities.previewNone') : t('retreat.priorities.preview', { items: preview.map((item) => item.text).join('; '), count: preview.length })}
                </p>
                <div>
                  <Button type="submit" variant="primary" isBusy={write.busy === 'carry'} disabled={preview.length === 0}>
                    {t('retreat.priorities.carry', { count: wanted })}
                  </Button>
                </div>
              </form>
              <form className="stack-sm" onSubmit={(event) => void addOwn(event)} noValidate>
                <TextField name="title" label={t('retreat.priorities.own')} maxLength={300} value={title} error={write.failure?.fieldErrors.title} onChange={(event) => setTitle(event.target.value)} />
                <div>
                  <Button type="submit" isBusy={write.busy === 'own'} disabled={!title.trim()}>
                    {t('retreat.priorities.addOwn')}
                  </Button>
                </div>
              </form>
            </div>
          )}
        </div>
        {priorities.length === 0 && (
          <EmptyState icon="inbox" title={t('retreat.priorities.empty')}>
            {t('retreat.priorities.emptyText')}
          </EmptyState>
        )}
      </section>
      {priorities.map((priority, index) => {
        const isOpen = openIds.has(priority.id);
        const headingId = `priority-heading-${priority.id}`;
        return (
          <section key={priority.id} className="card priority-card" aria-labelledby={headingId}>
            <div className="card-header">
              <div>
                <h3 id={headingId}>{t('retreat.priorities.numbered', { number: index + 1, title: priority.title })}</h3>
                <div className="row priority-facts">
                  {priority.swot_item_id && <span className="muted">{t('retreat.priorities.fromBoard', { count: priority.dots })}</span>}
                  <Badge tone={priority.goal_key ? 'success' : 'neutral'}>{priority.goal_key ? t('retreat.priorities.goal', { goal: priority.goal_key }) : t('retreat.priorities.noGoal')}</Badge>
                  <Badge tone={priority.has_root_causes ? 'success' : 'neutral'}>{t(priority.has_root_causes ? 'retreat.priorities.hasCauses' : 'retreat.priorities.noCauses')}</Badge>
                </div>
              </div>
              <div className="row chart-controls">
                {canEdit && (
                  <>
                    <Button size="small" variant="quiet" disabled={index === 0} aria-label={t('retreat.priorities.upLabel', { title: priority.title })} onClick={() => move(index, -1)}>
                      {t('retreat.move.up')}
                    </Button>
                    <Button size="small" variant="quiet" disabled={index === priorities.length - 1} aria-label={t('retreat.priorities.downLabel', { title: priority.title })} onClick={() => move(index, 1)}>
                      {t('retreat.move.down')}
                    </Button>
                    <Button size="small" variant="quiet-danger" aria-label={t('retreat.priorities.removeLabel', { title: priority.title })} onClick={() => setRemoving(priority)}>
                      {t('retreat.remove')}
                    </Button>
                  </>
                )}
                <Button size="small" variant={isOpen ? 'secondary' : 'primary'} aria-expanded={isOpen} aria-controls={`priority-body-${priority.id}`} onClick={() => setOpenIds((current) => (isOpen ? new Set([...current].filter((id) => id !== priority.id)) : new Set([...current, priority.id])))}>
                  {isOpen ? t('retreat.priorities.close') : t('retreat.priorities.open')}
                </Button>
              </div>
            </div>
            <div id={`priority-body-${priority.id}`} className="card-body" hidden={!isOpen}>
              {isOpen && <PriorityEditor workspace={workspace} priority={priority} />}
            </div>
          </section>
        );
      })}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('retreat.priorities.removeTitle')}
        confirmLabel={t('retreat.remove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const priority = removing!;
          setRemoving(null);
          void write.run(priority.id, () => api.delete(retreatApi.priority(retreatId, priority.id)));
        }}
      >
        <p>{t('retreat.priorities.removeText', { title: removing?.title ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
