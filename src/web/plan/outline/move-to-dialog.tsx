import { useEffect, useId, useState } from 'react';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { SelectField } from '../../app/ui/field';
import { levelOf, titleOf } from '../plans/level-names';
import { ancestorsOf, childrenOf } from '../plans/outline-index';
import { possibleParents, type MoveTarget } from '../plans/outline-moves';
import { usePlanWorkspace } from '../plans/plan-workspace-context';

interface MoveToDialogProps {
  element: PlanElement | null;
  onClose: () => void;
  onMove: (element: PlanElement, target: MoveTarget) => void;
}

/** The keyboard- and screen-reader-friendly way to move an element anywhere: pick a parent, then a place. */
export function MoveToDialog({ element, onClose, onMove }: MoveToDialogProps) {
  const t = useT();
  const formId = useId();
  const { index, levelNames } = usePlanWorkspace();
  const [parentId, setParentId] = useState('');
  const [position, setPosition] = useState('end');

  useEffect(() => {
    setParentId(element?.parentId ?? '');
    setPosition('end');
  }, [element]);

  if (!element) return <Dialog isOpen={false} title="" onClose={onClose}>{null}</Dialog>;

  const parents = possibleParents(index, element).filter((parent): parent is PlanElement => parent !== null);
  const parentOptions = parents.map((parent) => ({
    value: parent.id,
    // Indentation by depth keeps the list readable as a tree in a plain select.
    label: `${'\u00a0\u00a0\u00a0'.repeat(ancestorsOf(index, parent).length)}${levelOf(levelNames, parent)} ${parent.key} · ${titleOf(parent)}`,
  }));
  const siblings = childrenOf(index, parentId || null, element.kind).filter((sibling) => sibling.id !== element.id);
  const positionOptions = [
    ...siblings.map((sibling, at) => ({ value: String(at), label: t('moveTo.before', { title: `${sibling.key} · ${titleOf(sibling)}` }) })),
    { value: 'end', label: t('moveTo.atEnd') },
  ];

  return (
    <Dialog
      isOpen
      title={t('moveTo.title', { title: titleOf(element) })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary">
            {t('moveTo.submit')}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          onMove(element, { parentId: parentId || null, position: position === 'end' ? siblings.length : Number(position) });
          onClose();
        }}
      >
        <SelectField
          name="parent"
          label={t('moveTo.parent')}
          value={parentId}
          onChange={(event) => {
            setParentId(event.target.value);
            setPosition('end');
          }}
          options={parentOptions}
        />
        <SelectField name="position" label={t('moveTo.position')} value={position} onChange={(event) => setPosition(event.target.value)} options={positionOptions} />
      </form>
    </Dialog>
  );
}
