import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import type { FieldErrors } from '../../app/use-form-submit';
import { cellOf, type ResultRow } from './update-form-model';
import type { ElementUpdate } from './updates-api';
import { StudentGroupPicker } from '../student-groups/student-group-picker';
import type { StudentGroup } from '../student-groups/student-groups-api';

interface ValueRowProps {
  row: ResultRow;
  previous: ElementUpdate | null;
  unit: string;
  errors: FieldErrors;
  isFirst: boolean;
  /** The district's groups, which an added row chooses from. */
  groups: readonly StudentGroup[];
  onRemove?: () => void;
}

/**
 * One group's value and n. Each input is named for its group ("English learners: value"), since the
 * column header alone is not read when a screen reader jumps from field to field.
 */
export function ValueRow({ row, previous, unit, errors, isFirst, groups, onRemove }: ValueRowProps) {
  const { t, locale } = useI18n();
  const group = row.subgroup ?? (row.isAdded ? t('updates.newGroup') : t('updates.allStudents'));
  const cell = row.isAdded ? undefined : cellOf(previous, row.subgroup);
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : value.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 6 }));
  const valueName = `value-${row.id}`;
  const nName = `n-${row.id}`;
  const subgroupName = `subgroup-${row.id}`;
  const valueColumn = unit ? t('updates.column.valueIn', { unit }) : t('updates.column.value');
  return (
    <tr>
      <th scope="row" className={row.isAdded ? undefined : 'cell-primary'} data-label={row.isAdded ? t('updates.column.group') : undefined}>
        {row.isAdded ? (
          <GroupCell id={`update-${subgroupName}`} name={subgroupName} label={t('updates.groupName')} error={errors[subgroupName]} groups={groups} />
        ) : (
          group
        )}
      </th>
      <td data-label={valueColumn}>
        <CellInput
          id={`update-${valueName}`}
          name={valueName}
          label={t('updates.valueOf', { group })}
          error={errors[valueName]}
          defaultValue={number(cell?.value)}
          inputMode="decimal"
          isFirst={isFirst}
          suffix={unit === '%' ? '%' : undefined}
        />
      </td>
      <td data-label={t('updates.column.n')}>
        <CellInput id={`update-${nName}`} name={nName} label={t('updates.nOf', { group })} error={errors[nName]} defaultValue={number(cell?.n)} inputMode="numeric" />
      </td>
      <td className="cell-actions">
        {onRemove && (
          <Button size="small" variant="quiet-danger" onClick={onRemove}>
            <Icon name="close" size={16} />
            {t('action.remove')}
            <span className="visually-hidden">: {t('updates.newGroup')}</span>
          </Button>
        )}
      </td>
    </tr>
  );
}

/** An added row's group, chosen from the district's list (typed names split the data). */
function GroupCell({ id, name, label, error, groups }: { id: string; name: string; label: string; error?: string; groups: readonly StudentGroup[] }) {
  const errorId = `${id}-error`;
  return (
    <div className="update-cell">
      <StudentGroupPicker id={id} name={name} aria-label={label} groups={groups} noneLabel="choose" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
      {error && (
        <span className="field-error" id={errorId}>
          <Icon name="error" size={16} />
          <span>{error}</span>
        </span>
      )}
    </div>
  );
}

interface CellInputProps {
  id: string;
  name: string;
  label: string;
  error?: string;
  defaultValue?: string;
  inputMode?: 'decimal' | 'numeric';
  autoComplete?: string;
  isFirst?: boolean;
  suffix?: string;
}

/** An input inside a table cell: labelled for its row, with its error under it. */
function CellInput({ id, name, label, error, defaultValue, inputMode, autoComplete = 'off', isFirst, suffix }: CellInputProps) {
  const errorId = `${id}-error`;
  return (
    <div className="update-cell">
      <span className="update-suffixed">
        <input
          id={id}
          name={name}
          className="input"
          aria-label={label}
          defaultValue={defaultValue}
          inputMode={inputMode}
          autoComplete={autoComplete}
          data-first-field={isFirst || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </span>
      {error && (
        <span className="field-error" id={errorId}>
          <Icon name="error" size={16} />
          <span>{error}</span>
        </span>
      )}
    </div>
  );
}
