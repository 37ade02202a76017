import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { TextAreaField, TextField } from '../../app/ui/field';
import { Icon } from '../../app/ui/icons';

/** Where a field sits in the API's body ("/focus/evidence/dataFindings/2"), to find its error. */
export type FieldErrors = ReadonlyMap<string, string>;

interface LimitedTextProps {
  label: string;
  name: string;
  path: string;
  value: string;
  max: number;
  errors: FieldErrors;
  onChange: (value: string) => void;
  isMultiline?: boolean;
  hint?: string;
}

/** A text with its room left shown ("120 of 500 characters"), since each page must fit one printed page. */
export function LimitedText({ label, name, path, value, max, errors, onChange, isMultiline = true, hint }: LimitedTextProps) {
  const t = useT();
  const count = t('focus.characters', { count: value.length, max });
  const props = { label, name, value, maxLength: max, error: errors.get(path), hint: hint ? `${hint} ${count}` : count };
  return isMultiline ? (
    <TextAreaField {...props} rows={Math.min(8, Math.max(2, Math.ceil(max / 160)))} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <TextField {...props} onChange={(event) => onChange(event.target.value)} />
  );
}

interface TextListProps {
  label: string;
  name: string;
  path: string;
  items: readonly string[];
  limit: { items: number; length: number };
  errors: FieldErrors;
  onChange: (items: string[]) => void;
}

/** A short list (data findings, check-points): add up to its limit, edit, remove. */
export function TextList({ label, name, path, items, limit, errors, onChange }: TextListProps) {
  const t = useT();
  const replace = (index: number, text: string) => onChange(items.map((item, at) => (at === index ? text : item)));
  return (
    <fieldset className="focus-list">
      <legend>{label}</legend>
      {errors.get(path) && <p className="field-error">{errors.get(path)}</p>}
      {items.map((item, index) => (
        <div className="focus-list-item" key={index}>
          <LimitedText label={t('focus.item', { number: index + 1 })} name={`${name}-${index}`} path={`${path}/${index}`} value={item} max={limit.length} errors={errors} onChange={(text) => replace(index, text)} />
          <Button size="small" variant="secondary" onClick={() => onChange(items.filter((_, at) => at !== index))} aria-label={t('focus.removeItem', { list: label, number: index + 1 })}>
            <Icon name="close" size={16} />
            {t('focus.remove')}
          </Button>
        </div>
      ))}
      {items.length < limit.items ? (
        <Button size="small" variant="secondary" onClick={() => onChange([...items, ''])} aria-label={t('focus.addTo', { list: label })}>
          <Icon name="plus" size={16} />
          {t('focus.add')}
        </Button>
      ) : (
        <p className="muted">{t('focus.listFull', { count: limit.items })}</p>
      )}
    </fieldset>
  );
}
