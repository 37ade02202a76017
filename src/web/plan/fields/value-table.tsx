import { useState } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { ScrollRegion } from '../plans/scroll-region';
import { CellNumber, CellText } from './cell-inputs';
import { CellGroup } from './group-inputs';
import { useDraft } from './draft-context';

/** Past this many values the list starts folded: a measure with 8 student groups over 6 years has 54 targets. */
const foldedAfter = 12;

/**
 * Targets or actuals as a compact table, one row per value in the plan's order (order is meaning):
 * period, its end date, the number or the plan's own words, student group, n and note.
 */
export function ValueTable({ path, kind }: { path: 'targets' | 'actuals'; kind: 'target' | 'actual' }) {
  const t = useT();
  const draft = useDraft();
  const value = draft.get(path);
  const items = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
  const [isUnfolded, setIsUnfolded] = useState(false);
  const shown = isUnfolded || items.length <= foldedAfter ? items : items.slice(0, foldedAfter);
  const write = (next: unknown[]) => draft.set(path, next);
  const rowName = (at: number) => {
    const item = items[at]!;
    const period = (item.period as { label?: string } | undefined)?.label;
    const group = typeof item.subgroup === 'string' ? `, ${item.subgroup}` : '';
    return `${t(kind === 'target' ? 'value.targetNumber' : 'value.actualNumber', { number: at + 1 })}${period ? ` (${period}${group})` : ''}`;
  };
  const columns = [t('value.period'), t('value.endsOn'), t('value.value'), t('value.raw'), t('value.subgroup'), t('value.n'), t('value.note')];

  if (items.length === 0 && draft.isReadOnly) return <p className="muted">{t(kind === 'target' ? 'value.noTargets' : 'value.noActuals')}</p>;
  return (
    <div className="stack value-table-block">
      {items.length > 0 && (
        <ScrollRegion label={t(kind === 'target' ? 'detail.section.targets' : 'detail.section.actuals')}>
          <table className="table value-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                {!draft.isReadOnly && (
                  <th scope="col">
                    <span className="visually-hidden">{t('people.column.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((_, at) => {
                const name = rowName(at);
                const cell = (column: number) => `${columns[column]}, ${name}`;
                return (
                  <tr key={at}>
                    <td><CellText path={`${path}.${at}.period.label`} label={cell(0)} isRequired /></td>
                    <td><CellText path={`${path}.${at}.period.ends_on`} label={cell(1)} type="date" /></td>
                    <td><CellNumber path={`${path}.${at}.value`} label={cell(2)} emptyIs={null} /></td>
                    <td><CellText path={`${path}.${at}.raw`} label={cell(3)} /></td>
                    <td><CellGroup path={`${path}.${at}.subgroup`} label={cell(4)} /></td>
                    <td><CellNumber path={`${path}.${at}.n`} label={cell(5)} /></td>
                    <td><CellText path={`${path}.${at}.note`} label={cell(6)} /></td>
                    {!draft.isReadOnly && (
                      <td className="cell-actions">
                        <Button size="small" variant="quiet-danger" onClick={() => write(items.filter((__, other) => other !== at))} aria-label={t('list.removeLabel', { item: name })}>
                          {t('action.remove')}
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <div className="row">
        {shown.length < items.length && (
          <Button size="small" variant="quiet" onClick={() => setIsUnfolded(true)}>
            {t('value.showAll', { count: items.length })}
          </Button>
        )}
        {!draft.isReadOnly && (
          <Button
            size="small"
            onClick={() => {
              setIsUnfolded(true);
              write([...items, { period: { label: '' }, value: null }]);
            }}
          >
            <Icon name="plus" size={16} />
            {t(kind === 'target' ? 'value.addTarget' : 'value.addActual')}
          </Button>
        )}
        {items.length === 0 && <span className="muted">{t(kind === 'target' ? 'value.noTargets' : 'value.noActuals')}</span>}
      </div>
    </div>
  );
}
