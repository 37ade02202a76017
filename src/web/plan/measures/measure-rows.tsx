import { memo } from 'react';
import type { MeasureValue } from '../../../core/plan/format/plan-format.schema';
import type { PlanElement } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useChoiceLabel } from '../fields/choices';
import { titleOf } from '../plans/level-names';
import { unitSuffixOf, valueText } from '../plans/plan-format-text';
import { CellEditor } from './cell-editor';
import { localizeUnitLabel } from '../../../core/plan/unit-words';
import { baselineOf, groupsOf, parseCell, targetFor, withBaseline, withTarget, type Group } from './measure-table-model';

/** Which cell of the table: a measure, a column ('baseline' or a period label) and a student group. */
export function cellId(measureId: string, column: string, group: Group): string {
  return `${measureId}|${column}|${group}`;
}

interface MeasureRowsProps {
  measure: PlanElement;
  /** The person who owns the measure (the one owner every view reads), or null. */
  ownerName: string | null;
  periods: readonly string[];
  canEdit: boolean;
  /** The cell of this measure being edited, or null (then the rows need no re-render while others edit). */
  editing: string | null;
  onEdit: (cell: string) => void;
  onClose: () => void;
  /** Saves new fields for the measure; resolves false when refused. */
  onSave: (measure: PlanElement, fields: Record<string, unknown>) => Promise<boolean>;
}

const plain = (value: MeasureValue | undefined) => (value ? (value.value === null ? (value.raw ?? '') : String(value.value)) : '');

/** One measure: a row for all students, then a row per student group the measure names. */
export const MeasureRows = memo(function MeasureRows({ measure, ownerName, periods, canEdit, editing, onEdit, onClose, onSave }: MeasureRowsProps) {
  const { t, locale } = useI18n();
  const choiceLabel = useChoiceLabel();
  const name = titleOf(measure);
  const suffix = unitSuffixOf(measure.fields.unit);
  const unitLabel = measure.fields.unit_label as string | undefined;
  const unit = unitLabel ? localizeUnitLabel(unitLabel, locale) : choiceLabel('unit', measure.fields.unit);
  const baseline = baselineOf(measure);
  // Unit, direction and owner ride under the name, so the period columns get the width.
  const direction = choiceLabel('direction', measure.fields.direction);
  // The owner is the person; the plan's own words for it follow as the role, in brackets.
  const role = typeof measure.fields.owner === 'string' ? measure.fields.owner.trim() : '';
  const owner = ownerName ? (role ? `${ownerName} (${role})` : ownerName) : null;
  const facts = [unit, direction && t('measures.betterIs', { direction }), owner ? t('measures.ownedBy', { owner }) : t('measures.noOwner')].filter(Boolean);

  const cell = (column: string, group: Group, value: MeasureValue | undefined, display: string, label: string, fieldsFor: (text: string) => Record<string, unknown>) => {
    const id = cellId(measure.id, column, group);
    const shown = display || <span className="muted">—</span>;
    if (!canEdit) return <td key={column} className="cell-number">{shown}</td>;
    return (
      <td key={column} className="cell-number cell-editable">
        {editing === id ? (
          <CellEditor initial={plain(value)} label={label} onSave={(text) => onSave(measure, fieldsFor(text))} onClose={onClose} />
        ) : (
          <button type="button" className="cell-button" data-cell={id} aria-label={t('measures.editCell', { cell: label, value: display || t('value.empty') })} onClick={() => onEdit(id)}>
            {shown}
          </button>
        )}
      </td>
    );
  };

  return (
    <>
      {groupsOf(measure).map((group, at) => {
        const groupName = group || t('measures.allStudents');
        const baselineHere = baseline && (baseline.subgroup ?? '') === group ? baseline : undefined;
        const cellName = (column: string) => t('measures.cellName', { column, measure: name, group: groupName });
        return (
          <tr key={group} className={at === 0 ? 'measure-row' : 'measure-row is-group'}>
            <th scope="row" className="measure-name">
              {at === 0 ? (
                <>
                  <span className="mono measure-key">{measure.key}</span> {name}
                  <span className="cell-sub measure-facts">{facts.join(' · ')}</span>
                </>
              ) : (
                <span className="visually-hidden">{name}</span>
              )}
            </th>
            <td className={at === 0 ? undefined : 'measure-group'}>{groupName}</td>
            {baselineHere ? (
              cell('baseline', group, baselineHere, `${valueText(baselineHere, locale, suffix)} (${baselineHere.period.label})`, cellName(t('measures.baseline')), (text) => withBaseline(measure, parseCell(text)))
            ) : (
              <td className="cell-number">
                <span className="muted">—</span>
              </td>
            )}
            {periods.map((period) => {
              const target = targetFor(measure, period, group);
              return cell(period, group, target, valueText(target, locale, suffix), cellName(t('measures.targetFor', { period })), (text) => withTarget(measure, period, group, parseCell(text)));
            })}
          </tr>
        );
      })}
    </>
  );
});
