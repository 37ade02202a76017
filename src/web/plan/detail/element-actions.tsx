import { useState } from 'react';
import type { PlanElement, PlanElementKind } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { levelOfKind } from '../plans/level-names';
import { childKindsOf, stepMove } from '../plans/outline-moves';
import { focusWhenShown } from '../plans/focus-when-shown';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { AddElementForm } from '../outline/add-element-form';
import type { OutlineEditing } from '../outline/use-outline-editing';

interface ElementActionsProps {
  element: PlanElement;
  editing: OutlineEditing;
  onMoveTo: (element: PlanElement) => void;
  onSelect: (element: PlanElement) => void;
  onDeleted: () => void;
}

/** The buttons that do what the outline's keyboard shortcuts do, for mouse, touch and everyone else. */
export function ElementActions({ element, editing, onMoveTo, onSelect, onDeleted }: ElementActionsProps) {
  const t = useT();
  const { index, levelNames, permissions } = usePlanWorkspace();
  const [adding, setAdding] = useState<PlanElementKind | null>(null);
  if (!permissions.canEdit) return null;
  const up = stepMove(index, element, -1);
  const down = stepMove(index, element, 1);

  return (
    <div className="detail-actions">
      <div className="row">
        {childKindsOf[element.kind].map((kind) => (
          <Button key={kind} size="small" onClick={() => setAdding(kind)} aria-expanded={adding === kind}>
            <Icon name="plus" size={16} />
            {t('outline.add', { level: levelOfKind(levelNames, kind) })}
          </Button>
        ))}
        <Button size="small" variant="quiet" disabled={!up} onClick={() => up && void editing.move(element, up)}>
          {t('outline.moveUp')}
        </Button>
        <Button size="small" variant="quiet" disabled={!down} onClick={() => down && void editing.move(element, down)}>
          {t('outline.moveDown')}
        </Button>
        {element.kind !== 'goal' && (
          <Button size="small" variant="quiet" onClick={() => onMoveTo(element)}>
            {t('outline.moveTo')}
          </Button>
        )}
        <Button size="small" variant="quiet-danger" onClick={() => void editing.remove(element).then((result) => result && onDeleted())}>
          {t('outline.delete')}
        </Button>
      </div>
      {adding && (
        <AddElementForm
          key={adding}
          kind={adding}
          parentId={element.id}
          levelLabel={levelOfKind(levelNames, adding)}
          editing={editing}
          onCancel={() => setAdding(null)}
          onCreated={(created) => {
            setAdding(null);
            onSelect(created);
            focusWhenShown('#detail-heading');
          }}
        />
      )}
    </div>
  );
}
