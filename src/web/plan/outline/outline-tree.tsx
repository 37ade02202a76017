import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { levelOf, type LevelNames } from '../plans/level-names';
import type { OutlineIndex } from '../plans/outline-index';
import { dropPlaceAt, dropTarget, isSamePlace, levelMove, stepMove, type DropPlace, type MoveTarget } from '../plans/outline-moves';
import { OutlineRow, type OutlineRowActions } from './outline-row';
import { visibleRows } from './outline-rows';
import type { OutlineEditing } from './use-outline-editing';

interface OutlineTreeProps {
  index: OutlineIndex;
  collapsed: ReadonlySet<string>;
  selectedId: string | null;
  levelNames: LevelNames;
  checkCounts: ReadonlyMap<string, number>;
  commentCounts: ReadonlyMap<string, number>;
  canEdit: boolean;
  editing: OutlineEditing;
  labelledBy: string;
  describedBy: string;
  onSelect: (element: PlanElement) => void;
  onToggle: (element: PlanElement, isExpanded?: boolean) => void;
}

type Drop = { id: string; place: DropPlace; target: MoveTarget };

/**
 * The outline as an ARIA tree: one tab stop (roving tabindex), arrows to move around, Alt+arrows to
 * move an element, F2 to rename, Delete to delete (with undo). Rows are flat treeitems with
 * aria-level, so a drag or a keyboard move only re-renders the rows whose data changed.
 */
export function OutlineTree(props: OutlineTreeProps) {
  const { index, collapsed, selectedId, levelNames, checkCounts, commentCounts, canEdit, editing, labelledBy, describedBy } = props;
  const t = useT();
  const say = useAnnounce();
  const treeRef = useRef<HTMLUListElement>(null);
  const rows = useMemo(() => visibleRows(index, collapsed), [index, collapsed]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [drop, setDrop] = useState<Drop | null>(null);
  const wantsFocus = useRef<string | null>(null);

  // Handlers read the latest props through a ref, so the one actions object never changes.
  const current = useRef({ props, rows, drop });
  current.current = { props, rows, drop };

  const requestFocus = useCallback((id: string | null) => {
    if (!id) return;
    wantsFocus.current = id;
    setFocusedId(id);
  }, []);

  useEffect(() => {
    const id = wantsFocus.current;
    if (!id) return;
    const row = treeRef.current?.querySelector<HTMLElement>(`[data-id="${id}"]`);
    if (row) {
      wantsFocus.current = null;
      // A row the DOM moved (reordered) loses focus; focusing after the commit puts it back.
      row.focus();
    }
  });

  const moveTo = useCallback(
    (element: PlanElement, target: MoveTarget | null) => {
      if (!target) {
        say(t('outline.cannotMove'));
        return;
      }
      if (isSamePlace(current.current.props.index, element, target)) return;
      void current.current.props.editing.move(element, target).then(() => requestFocus(element.id));
    },
    [requestFocus, say, t],
  );

  const actions = useMemo<OutlineRowActions>(
    () => ({
      select: (element) => current.current.props.onSelect(element),
      toggle: (element) => current.current.props.onToggle(element),
      focusRow: (element) => setFocusedId(element.id),
      startRename: (element) => setRenamingId(element.id),
      finishRename: (element, title) => {
        setRenamingId(null);
        requestFocus(element.id);
        if (title) void current.current.props.editing.rename(element, title);
      },
      dragStart: (element, event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', element.key);
        setDraggedId(element.id);
      },
      dragEnd: () => {
        setDraggedId(null);
        setDrop(null);
      },
    }),
    [requestFocus],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'treeitem') return;
    const at = rows.findIndex((row) => row.element.id === target.dataset.id);
    const row = rows[at];
    if (!row) return;
    const element = row.element;
    const focusAt = (position: number) => requestFocus(rows[Math.max(0, Math.min(rows.length - 1, position))]?.element.id ?? null);

    if (event.altKey && event.key.startsWith('Arrow')) {
      event.preventDefault();
      if (!canEdit) return;
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') moveTo(element, stepMove(index, element, event.key === 'ArrowUp' ? -1 : 1));
      else moveTo(element, levelMove(index, element, event.key === 'ArrowLeft' ? 'out' : 'in'));
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        focusAt(at + 1);
        break;
      case 'ArrowUp':
        focusAt(at - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && collapsed.has(element.id)) props.onToggle(element, true);
        else if (row.hasChildren) focusAt(at + 1);
        break;
      case 'ArrowLeft':
        if (row.hasChildren && !collapsed.has(element.id)) props.onToggle(element, false);
        else if (element.parentId) requestFocus(element.parentId);
        break;
      case 'Enter':
      case ' ':
        props.onSelect(element);
        break;
      case 'F2':
        if (canEdit) setRenamingId(element.id);
        break;
      case 'Delete': {
        if (!canEdit) return;
        // Focus lands on the row after the deleted branch, or the one before it.
        const after = rows.slice(at + 1).find((candidate) => candidate.level <= row.level);
        const neighbour = after ?? rows[at - 1];
        void editing.remove(element).then((result) => result && requestFocus(neighbour?.element.id ?? null));
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const onDragOver = (event: DragEvent<HTMLUListElement>) => {
    const dragged = draggedId ? index.byId.get(draggedId) : undefined;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const onto = item?.dataset.id ? index.byId.get(item.dataset.id) : undefined;
    if (!dragged || !item || !onto) return;
    const box = item.getBoundingClientRect();
    const place = dropPlaceAt(dragged, onto, (event.clientY - box.top) / box.height);
    const target = place ? dropTarget(index, dragged, onto, place) : null;
    if (!place || !target) {
      if (drop) setDrop(null);
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (drop?.id !== onto.id || drop.place !== place) setDrop({ id: onto.id, place, target });
  };

  const onDrop = (event: DragEvent<HTMLUListElement>) => {
    event.preventDefault();
    const dragged = draggedId ? index.byId.get(draggedId) : undefined;
    if (dragged && drop) moveTo(dragged, drop.target);
    setDraggedId(null);
    setDrop(null);
  };

  const visibleFocus = rows.some((row) => row.element.id === focusedId) ? focusedId : null;
  const visibleSelection = rows.some((row) => row.element.id === selectedId) ? selectedId : null;
  const tabStopId = visibleFocus ?? visibleSelection ?? rows[0]?.element.id;

  return (
    <ul
      ref={treeRef}
      role="tree"
      className="outline-tree"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDrop(null);
      }}
    >
      {rows.map((row) => (
        <OutlineRow
          key={row.element.id}
          element={row.element}
          level={row.level}
          setSize={row.setSize}
          posInSet={row.posInSet}
          isExpanded={row.hasChildren ? !collapsed.has(row.element.id) : undefined}
          isSelected={row.element.id === selectedId}
          isTabStop={row.element.id === tabStopId}
          isRenaming={row.element.id === renamingId}
          isDragged={row.element.id === draggedId}
          dropPlace={drop?.id === row.element.id ? drop.place : null}
          levelLabel={levelOf(levelNames, row.element)}
          checkCount={checkCounts.get(row.element.key) ?? 0}
          commentCount={commentCounts.get(row.element.id) ?? 0}
          canEdit={canEdit}
          actions={actions}
        />
      ))}
    </ul>
  );
}
