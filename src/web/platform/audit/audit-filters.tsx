import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { TextField } from '../../app/ui/field';

export const auditFilterNames = ['action', 'entityType', 'actor', 'from', 'to'] as const;
export type AuditFilters = Record<(typeof auditFilterNames)[number], string>;

interface AuditFiltersFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
  onClear: () => void;
  /** Values seen in the loaded events, offered as suggestions while typing. */
  knownActions: string[];
  knownEntityTypes: string[];
}

/** The filters live in the URL, so a filtered log can be bookmarked or shared with a colleague. */
export function AuditFiltersForm({ filters, onApply, onClear, knownActions, knownEntityTypes }: AuditFiltersFormProps) {
  const t = useT();
  const isFiltered = auditFilterNames.some((name) => filters[name] !== '');
  const dateError = filters.from && filters.to && filters.from > filters.to ? t('audit.dateOrder') : undefined;

  return (
    <form
      key={JSON.stringify(filters)}
      className="stack"
      role="search"
      aria-label={t('audit.filtersLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const next = Object.fromEntries(auditFilterNames.map((name) => [name, String(data.get(name) ?? '').trim()])) as AuditFilters;
        onApply(next);
      }}
    >
      <div className="filters">
        <TextField name="action" label={t('audit.action')} defaultValue={filters.action} list="audit-actions" />
        <TextField name="entityType" label={t('audit.entityType')} defaultValue={filters.entityType} list="audit-entity-types" />
        <TextField name="actor" label={t('audit.actor')} defaultValue={filters.actor} />
        <TextField name="from" type="date" label={t('audit.from')} defaultValue={filters.from} />
        <TextField name="to" type="date" label={t('audit.to')} defaultValue={filters.to} error={dateError} />
      </div>
      <datalist id="audit-actions">
        {knownActions.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <datalist id="audit-entity-types">
        {knownEntityTypes.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {t('audit.apply')}
        </Button>
        {isFiltered && <Button onClick={onClear}>{t('audit.clear')}</Button>}
      </div>
    </form>
  );
}
