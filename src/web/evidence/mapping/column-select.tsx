import { useT } from '../../app/i18n/i18n-provider';
import { SelectField } from '../../app/ui/field';
import { columnChoices } from './mapping-model';

interface ColumnSelectProps {
  name: string;
  label: string;
  hint?: string;
  headers: readonly string[];
  value: string | undefined;
  /** What "no column" means here ("None", "Every row is All Students"); left out when a column is required. */
  noneLabel?: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A select of the file's headers (and "none" where a column may be left out). */
export function ColumnSelect({ name, label, hint, headers, value, noneLabel, error, onChange }: ColumnSelectProps) {
  const t = useT();
  const options = [
    ...(noneLabel !== undefined ? [{ value: '', label: noneLabel }] : value === undefined ? [{ value: '', label: t('mapping.chooseColumn') }] : []),
    ...columnChoices(headers, value).map((header) => ({ value: header, label: header })),
  ];
  return <SelectField name={name} label={label} hint={hint} error={error} options={options} value={value ?? ''} onChange={(event) => onChange(event.target.value)} />;
}
