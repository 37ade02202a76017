import { useT } from '../../app/i18n/i18n-provider';
import type { ItemKind } from './process-api';
import { itemName, siblingsOf, type CycleEditor, type CycleItem } from './use-cycle-editor';
import type { CycleDetail } from '../api-types';

interface ItemControlsProps {
  cycle: CycleDetail;
  editor: CycleEditor;
  kind: ItemKind;
  item: CycleItem;
}

/**
 * Edit, move up, move down and remove for one item. Each button says what it acts on to screen
 * readers (the visible word, then the item's name), and the move buttons are ordinary buttons, so
 * the order can be changed from the keyboard.
 */
export function ItemControls({ cycle, editor, kind, item }: ItemControlsProps) {
  const t = useT();
  const siblings = siblingsOf(cycle, kind, 'phaseId' in item ? item.phaseId : null);
  const index = siblings.findIndex((s) => s.id === item.id);
  const name = itemName(item);
  const isBusy = editor.busyKey !== null;
  const named = (label: string, isArrow = false) => (
    <>
      {/* On a phone the move buttons show only their arrow; the words stay for screen readers. */}
      <span className={isArrow ? 'item-control-word' : undefined}>{label}</span>
      <span className="visually-hidden"> ({name})</span>
    </>
  );
  return (
    <span className="item-controls">
      <button type="button" className="button button-small button-quiet" onClick={() => editor.setTarget({ mode: 'edit', kind, item })}>
        {named(t('cycleEdit.edit'))}
      </button>
      <button type="button" className="button button-small button-quiet" data-move={`${item.id}:-1`} disabled={index <= 0 || isBusy} onClick={() => void editor.move(kind, item, -1)}>
        <span aria-hidden="true" className="item-control-arrow">↑</span>
        {named(t('cycleEdit.moveUp'), true)}
      </button>
      <button type="button" className="button button-small button-quiet" data-move={`${item.id}:1`} disabled={index >= siblings.length - 1 || isBusy} onClick={() => void editor.move(kind, item, 1)}>
        <span aria-hidden="true" className="item-control-arrow">↓</span>
        {named(t('cycleEdit.moveDown'), true)}
      </button>
      <button type="button" className="button button-small button-quiet item-remove" onClick={() => editor.setRemoving({ kind, item })}>
        {named(t('cycleEdit.remove'))}
      </button>
    </span>
  );
}
