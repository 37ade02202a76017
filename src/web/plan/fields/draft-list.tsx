import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { useDraft } from './draft-context';

interface DraftListProps {
  path: string;
  /** The legend of one item ("Target 2"), which also names its buttons for screen readers. */
  itemLabel: (position: number, item: Record<string, unknown>) => string;
  addLabel: string;
  newItem: () => Record<string, unknown>;
  children: (itemPath: string, position: number) => ReactNode;
  emptyText?: string;
}

/**
 * A repeating group (targets, budget lines, milestones): each item a fieldset with its own legend,
 * moved up or down or removed with buttons named after it. Order is meaning in the format.
 */
export function DraftList({ path, itemLabel, addLabel, newItem, children, emptyText }: DraftListProps) {
  const t = useT();
  const draft = useDraft();
  const value = draft.get(path);
  const items = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
  const write = (next: unknown[]) => draft.set(path, next);
  const swap = (at: number, other: number) => {
    const next = [...items];
    [next[at], next[other]] = [next[other]!, next[at]!];
    write(next);
  };

  return (
    <div className="draft-list">
      {items.length === 0 && emptyText && <p className="muted draft-list-empty">{emptyText}</p>}
      {items.map((item, at) => {
        const label = itemLabel(at, item);
        return (
          <fieldset key={at} className="draft-list-item">
            <legend>{label}</legend>
            <div className="draft-list-fields">{children(`${path}.${at}`, at)}</div>
            {!draft.isReadOnly && (
              <div className="draft-list-actions">
                <Button size="small" variant="quiet" disabled={at === 0} onClick={() => swap(at, at - 1)} aria-label={t('list.moveUpLabel', { item: label })}>
                  {t('list.moveUp')}
                </Button>
                <Button size="small" variant="quiet" disabled={at === items.length - 1} onClick={() => swap(at, at + 1)} aria-label={t('list.moveDownLabel', { item: label })}>
                  {t('list.moveDown')}
                </Button>
                <Button size="small" variant="quiet-danger" onClick={() => write(items.filter((_, other) => other !== at))} aria-label={t('list.removeLabel', { item: label })}>
                  {t('action.remove')}
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      {!draft.isReadOnly && (
        <div>
          <Button size="small" onClick={() => write([...items, newItem()])}>
            <Icon name="plus" size={16} />
            {addLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
