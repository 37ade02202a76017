import type { SelectHTMLAttributes } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { districtGroupMatcher, studentGroupCategories, type GroupNameMatch } from '../../../core/monitoring/district-student-groups';
import type { StudentGroup } from './student-groups-api';

type Translate = ReturnType<typeof useT>;

/** A category's name: the known ones translated, a district's own as written. */
export function categoryLabel(t: Translate, category: string): string {
  return (studentGroupCategories as readonly string[]).includes(category) ? t(`groups.category.${category as (typeof studentGroupCategories)[number]}`) : category;
}

/** The categories in the list's order: the known ones first, then the district's own. */
export function categoriesOf(groups: readonly StudentGroup[]): string[] {
  const own = [...new Set(groups.map((g) => g.category))].filter((c) => !(studentGroupCategories as readonly string[]).includes(c));
  return [...studentGroupCategories.filter((c) => groups.some((g) => g.category === c)), ...own];
}

/** How a written value stands against the list (null for no value). */
export function matchWritten(groups: readonly StudentGroup[], written: string | null | undefined): GroupNameMatch | null {
  return written ? districtGroupMatcher(groups)(written) : null;
}

interface PickerProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'defaultValue'> {
  groups: readonly StudentGroup[];
  /** The value as written; one not on the list stays selectable, labelled as such, until changed. */
  value?: string | null;
  defaultValue?: string | null;
  onChange?: (value: string | null) => void;
  /** What no group means here: "All students" (a value's group) or "Choose a group" (a row being added). */
  noneLabel: 'allStudents' | 'choose';
}

/**
 * A student group chosen from the district's list, by category, instead of typed: typos split
 * the data. A value written before (an import, an older plan) that is not one of the list's names
 * is kept as an option saying what it is, never silently: see GroupNote for the words under it.
 */
export function StudentGroupPicker({ groups, value, defaultValue, onChange, noneLabel, ...select }: PickerProps) {
  const t = useT();
  const written = (value ?? defaultValue) || null;
  const match = matchWritten(groups, written);
  const isOffList = written !== null && match?.kind !== 'listed';
  const shown = groups.filter((g) => !g.isRetired || g.name === written);
  const valueProps = onChange ? { value: written ?? '', onChange: (e: { target: { value: string } }) => onChange(e.target.value || null) } : { defaultValue: written ?? '' };
  return (
    <select className="select" {...select} {...valueProps}>
      <option value="">{t(noneLabel === 'allStudents' ? 'groups.picker.allStudents' : 'groups.picker.choose')}</option>
      {isOffList && written && (
        <option value={written}>{match?.kind === 'alias' ? t('groups.picker.alias', { written, name: match.group.name }) : t('groups.picker.unknown', { written })}</option>
      )}
      {categoriesOf(shown).map((category) => (
        <optgroup key={category} label={categoryLabel(t, category)}>
          {shown
            .filter((g) => g.category === category)
            .map((g) => (
              <option key={g.key} value={g.name}>
                {g.name}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The words under a picker whose value is not one of the list's names: what it means, or that it must be matched. */
export function GroupNote({ groups, written, id }: { groups: readonly StudentGroup[]; written: string | null | undefined; id?: string }) {
  const t = useT();
  const match = matchWritten(groups, written);
  if (!written || !match || match.kind === 'listed') return null;
  return (
    <span id={id} className={match.kind === 'unknown' ? 'field-error' : 'field-hint'}>
      {match.kind === 'alias' ? t('groups.picker.aliasNote', { written, name: match.group.name }) : t('groups.picker.unknownNote', { written })}
    </span>
  );
}
