import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { Icon } from '../../app/ui/icons';
import { ElementDetailPanel } from '../detail/element-detail-panel';
import { ancestorsOf } from '../plans/outline-index';
import { focusWhenShown } from '../plans/focus-when-shown';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { AddElementForm } from './add-element-form';
import { MoveToDialog } from './move-to-dialog';
import { OutlineSummary } from './outline-summary';
import { OutlineTree } from './outline-tree';
import { UndoToast } from './undo-toast';
import { useOutlineEditing } from './use-outline-editing';

/**
 * The outline: the tree of goals, measures, strategies and actions beside the detail panel of the
 * selected element (?element=KEY, so a check or a comment can link straight to it).
 */
export function OutlineView() {
  const renderStartedAt = useRef(performance.now());
  const t = useT();
  const workspace = usePlanWorkspace();
  const { index, levelNames, permissions, checks, comments } = workspace;
  const editing = useOutlineEditing();
  const [searchParams, setSearchParams] = useSearchParams();
  const selected = index.byKey.get(searchParams.get('element') ?? '');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [isAddingGoal, setIsAddingGoal] = useState(false);
  const [moving, setMoving] = useState<PlanElement | null>(null);
  const [isPersonSelection, setIsPersonSelection] = useState(false);
  const headingId = useId();
  const helpId = useId();

  // The render budget (300 ms for a 530-element plan) is measured here, once, from the first render to the commit.
  useLayoutEffect(() => {
    performance.measure('waymark:outline-first-render', { start: renderStartedAt.current, end: performance.now() });
  }, []);

  const checkCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const check of checks.data?.checks ?? []) if (check.key) counts.set(check.key, (counts.get(check.key) ?? 0) + 1);
    return counts;
  }, [checks.data]);
  const commentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const comment of comments.data?.comments ?? []) if (comment.elementId && !comment.resolvedAt) counts.set(comment.elementId, (counts.get(comment.elementId) ?? 0) + 1);
    return counts;
  }, [comments.data]);

  const select = useCallback(
    (element: PlanElement) => {
      setIsPersonSelection(true);
      setSearchParams((params) => {
        const next = new URLSearchParams(params);
        next.set('element', element.key);
        return next;
      });
    },
    [setSearchParams],
  );

  const closePanel = useCallback(() => {
    const id = selected?.id;
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      next.delete('element');
      return next;
    });
    // Back on the outline, the reader continues from the element they had open.
    focusWhenShown(`.outline-tree [data-id="${id}"]`);
  }, [selected?.id, setSearchParams]);

  const afterDelete = useCallback(() => {
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      next.delete('element');
      return next;
    });
    focusWhenShown('.outline-tree [tabindex="0"]');
  }, [setSearchParams]);

  const toggle = useCallback((element: PlanElement, isExpanded?: boolean) => {
    setCollapsed((current) => {
      const next = new Set(current);
      const expand = isExpanded ?? next.has(element.id);
      if (expand) next.delete(element.id);
      else next.add(element.id);
      return next;
    });
  }, []);

  // An element opened from a link is shown even inside a collapsed branch, and scrolled to.
  useEffect(() => {
    if (!selected) return;
    const hidden = ancestorsOf(index, selected).filter((ancestor) => collapsed.has(ancestor.id));
    if (hidden.length > 0) setCollapsed((current) => new Set([...current].filter((id) => !hidden.some((ancestor) => ancestor.id === id))));
  }, [selected?.id]);
  useEffect(() => {
    if (selected && !isPersonSelection) document.querySelector(`.outline-tree [data-id="${selected.id}"]`)?.scrollIntoView({ block: 'center' });
  }, []);

  const setAllCollapsed = (isCollapsed: boolean) =>
    setCollapsed(isCollapsed ? new Set(index.inOrder.filter((element) => (index.children.get(element.id)?.length ?? 0) > 0).map((element) => element.id)) : new Set());

  const isEmpty = index.inOrder.length === 0;

  return (
    <div className="outline-layout" data-has-selection={selected ? 'true' : 'false'}>
      <section className="card outline-pane" aria-labelledby={headingId}>
        <div className="card-header">
          <div>
            <h2 id={headingId}>{t('outline.title')}</h2>
            <OutlineSummary />
          </div>
          <div className="row outline-toolbar">
            {!isEmpty && (
              <>
                <Button size="small" variant="quiet" onClick={() => setAllCollapsed(false)}>
                  {t('outline.expandAll')}
                </Button>
                <Button size="small" variant="quiet" onClick={() => setAllCollapsed(true)}>
                  {t('outline.collapseAll')}
                </Button>
              </>
            )}
            {permissions.canEdit && (
              <Button size="small" variant="primary" onClick={() => setIsAddingGoal(true)} aria-expanded={isAddingGoal}>
                <Icon name="plus" size={16} />
                {t('outline.add', { level: levelNames.goal })}
              </Button>
            )}
          </div>
        </div>
        {isAddingGoal && (
          <div className="card-body outline-add">
            <AddElementForm
              kind="goal"
              parentId={null}
              levelLabel={levelNames.goal}
              editing={editing}
              onCancel={() => setIsAddingGoal(false)}
              onCreated={(element) => {
                setIsAddingGoal(false);
                select(element);
                // The new goal's panel is where its fields are filled in next.
                focusWhenShown('#detail-heading');
              }}
            />
          </div>
        )}
        {editing.feedback && (
          <div className="card-body outline-add">
            <Alert tone={editing.feedback.tone} onDismiss={editing.clearFeedback}>
              {editing.feedback.text}
            </Alert>
          </div>
        )}
        {isEmpty ? (
          <EmptyState icon="book" title={t('outline.emptyTitle', { level: levelNames.goal })}>
            {permissions.canEdit ? t('outline.emptyTextEdit', { level: levelNames.goal }) : t('outline.emptyTextRead')}
          </EmptyState>
        ) : (
          <>
            <OutlineTree
              index={index}
              collapsed={collapsed}
              selectedId={selected?.id ?? null}
              levelNames={levelNames}
              checkCounts={checkCounts}
              commentCounts={commentCounts}
              canEdit={permissions.canEdit}
              editing={editing}
              labelledBy={headingId}
              describedBy={helpId}
              onSelect={select}
              onToggle={toggle}
            />
            <details className="outline-help">
              <summary>{t('outline.shortcutsTitle')}</summary>
              <p id={helpId}>{permissions.canEdit ? t('outline.shortcutsEdit') : t('outline.shortcutsRead')}</p>
            </details>
          </>
        )}
      </section>
      <div className="detail-pane">
        {selected ? (
          <ElementDetailPanel
            element={selected}
            editing={editing}
            shouldTakeFocus={isPersonSelection}
            onClose={closePanel}
            onSelect={select}
            onMoveTo={setMoving}
            onDeleted={afterDelete}
            onKeyChanged={(key) => setSearchParams((params) => new URLSearchParams({ ...Object.fromEntries(params), element: key }), { replace: true })}
          />
        ) : (
          <div className="card detail-placeholder">
            <EmptyState icon="info" title={t('detail.noneTitle')}>
              {searchParams.get('element') ? t('detail.notFound', { key: searchParams.get('element') ?? '' }) : t('detail.noneText')}
            </EmptyState>
          </div>
        )}
      </div>
      {editing.undo && <UndoToast offer={editing.undo} onUndo={() => void editing.undoDelete(editing.undo!)} onDismiss={editing.dismissUndo} />}
      <MoveToDialog element={moving} onClose={() => setMoving(null)} onMove={(element, target) => void editing.move(element, target)} />
    </div>
  );
}

