import { useT } from '../../app/i18n/i18n-provider';
import { kindLabel, outreachKinds, type OutreachItem } from './outreach-api';

/** The kit's items by kind; the chosen one is marked for assistive technology too. */
export function ItemList({ items, selectedId, onSelect }: { items: OutreachItem[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const t = useT();
  return (
    <div className="outreach-item-groups">
      {outreachKinds
        .filter((kind) => items.some((item) => item.kind === kind))
        .map((kind) => (
          <div key={kind} className="outreach-item-group">
            <h3 className="outreach-kind-heading">{t(kindLabel(kind))}</h3>
            <ul className="plain-list">
              {items
                .filter((item) => item.kind === kind)
                .map((item) => (
                  <li key={item.id}>
                    <button type="button" className={`outreach-item-button${item.id === selectedId ? ' is-selected' : ''}`} aria-current={item.id === selectedId ? 'true' : undefined} onClick={() => onSelect(item.id)}>
                      {item.title}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
