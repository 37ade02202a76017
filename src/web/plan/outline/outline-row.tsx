import { memo, useEffect, useRef, useState, type DragEvent } from 'react';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { titleOf } from '../plans/level-names';
import type { DropPlace } from '../plans/outline-moves';

/** What a row asks of the tree; one stable object for all rows, so rows re-render only when their own data changes. */
export interface OutlineRowActions {
  select: (element: PlanElement) => void;
  toggle: (element: PlanElement) => void;
  focusRow: (element: PlanElement) => void;
  startRename: (element: PlanElement) => void;
  finishRename: (element: PlanElement, title: string | null) => void;
  dragStart: (element: PlanElement, event: DragEvent) => void;
  dragEnd: () => void;
}

interface OutlineRowProps {
  element: PlanElement;
  level: number;
  setSize: number;
  posInSet: number;
  /** undefined when the row has no children (aria-expanded must then be absent). */
  isExpanded: boolean | undefined;
  isSelected: boolean;
  isTabStop: boolean;
  isRenaming: boolean;
  isDragged: boolean;
  dropPlace: DropPlace | null;
  levelLabel: string;
  checkCount: number;
  commentCount: number;
  canEdit: boolean;
  actions: OutlineRowActions;
}

export const OutlineRow = memo(function OutlineRow(props: OutlineRowProps) {
  const { element, level, setSize, posInSet, isExpanded, isSelected, isTabStop, isRenaming, isDragged, dropPlace, levelLabel, checkCount, commentCount, canEdit, actions } = props;
  const t = useT();
  const title = titleOf(element);
  const className = ['outline-row', `is-${element.kind}`, isSelected && 'is-selected', isDragged && 'is-dragged', dropPlace && `drop-${dropPlace}`].filter(Boolean).join(' ');

  return (
    <li
      role="treeitem"
      data-id={element.id}
      data-key={element.key}
      aria-level={level}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      aria-expanded={isExpanded}
      aria-selected={isSelected}
      tabIndex={isTabStop ? 0 : -1}
      className={className}
      style={{ paddingInlineStart: `${0.5 + (level - 1) * 1.5}rem` }}
      draggable={canEdit && !isRenaming}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('input')) return;
        actions.focusRow(element);
        actions.select(element);
      }}
      onDoubleClick={() => canEdit && actions.startRename(element)}
      onFocus={(event) => event.target === event.currentTarget && actions.focusRow(element)}
      onDragStart={(event) => actions.dragStart(element, event)}
      onDragEnd={actions.dragEnd}
    >
      <span
        className="outline-toggle"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (isExpanded !== undefined) actions.toggle(element);
        }}
      >
        {isExpanded !== undefined && <span className={isExpanded ? 'chevron is-open' : 'chevron'} />}
      </span>
      {isRenaming ? (
        <RenameInput element={element} onDone={(value) => actions.finishRename(element, value)} />
      ) : (
        <span className="outline-title">{title || <em>{t('outline.untitled')}</em>}</span>
      )}
      <span className="outline-meta">
        <span className="outline-level">{levelLabel}</span>
        <span className="outline-key">{element.key}</span>
        {checkCount > 0 && <span className="outline-flag is-check">{t('outline.checkCount', { count: checkCount })}</span>}
        {commentCount > 0 && <span className="outline-flag is-comment">{t('outline.commentCount', { count: commentCount })}</span>}
      </span>
    </li>
  );
});

/** Inline rename: Enter saves, Escape cancels; typing stays in this input's own state. */
function RenameInput({ element, onDone }: { element: PlanElement; onDone: (value: string | null) => void }) {
  const t = useT();
  const [value, setValue] = useState(titleOf(element));
  const ref = useRef<HTMLInputElement>(null);
  const isDone = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (result: string | null) => {
    if (isDone.current) return;
    isDone.current = true;
    onDone(result);
  };
  return (
    <input
      ref={ref}
      className="input outline-rename"
      aria-label={t('outline.renameLabel', { key: element.key })}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value.trim() && value.trim() !== titleOf(element) ? value.trim() : null);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value.trim() && value.trim() !== titleOf(element) ? value.trim() : null)}
    />
  );
}
