import { performanceFactAreas } from '../../../core/evidence/retreat/diagnostic-frame';
import { useT } from '../../app/i18n/i18n-provider';
import { SelectField } from '../../app/ui/field';

/** Which of Performance Fact's five areas a chart, an item or a priority belongs to (a retreat with that frame only). */
export function AreaField({ value, error, onChange }: { value: string | null; error?: string; onChange: (area: string | null) => void }) {
  const t = useT();
  return (
    <SelectField
      name="area"
      label={t('retreat.area.label')}
      value={value ?? ''}
      error={error}
      options={[{ value: '', label: t('retreat.area.none') }, ...performanceFactAreas.map((area) => ({ value: area, label: t(`retreat.area.${area}`) }))]}
      onChange={(event) => onChange(event.target.value || null)}
    />
  );
}
