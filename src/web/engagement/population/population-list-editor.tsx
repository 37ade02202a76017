import { useState } from 'react';
import { api, ApiError, fieldIssueMessage } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import type { PopulationDimension } from '../../../core/engagement/population/population-groups';
import { populationApi, type Population, type PopulationList } from './population-api';

interface Row {
  key?: string;
  label: string;
  count: string;
}

interface PopulationListEditorProps {
  districtId: string;
  population: Population;
  school: string;
  dimension: PopulationDimension;
  canEdit: boolean;
  onSaved: (population: Population, dimension: PopulationDimension) => void;
  onConflict: (current: Population) => void;
}

const rowsOf = (list: PopulationList | undefined): Row[] => (list?.groups ?? []).map((group) => ({ key: group.key, label: group.label, count: String(group.count) }));

/**
 * One dimension's groups for one place, as a small table the planner types into: a label and a
 * number of people per row, the share worked out as they type. Saving replaces the whole list;
 * the server's 400 names the row ("/groups/2/count"), shown beside it.
 */
export function PopulationListEditor({ districtId, population, school, dimension, canEdit, onSaved, onConflict }: PopulationListEditorProps) {
  const { t, locale } = useI18n();
  const list = population.lists.find((l) => l.school === school && l.dimension === dimension);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(list));
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const name = t(`population.dimension.${dimension}`);
  const counts = rows.map((row) => Number(row.count));
  const total = counts.reduce((sum, count) => sum + (Number.isFinite(count) && count > 0 ? count : 0), 0);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(locale);
  const rowError = (at: number, field: string) => {
    const detail = error?.details.find((d) => d.path === `/groups/${at}/${field}`);
    return detail ? fieldIssueMessage(detail) : null;
  };
  const change = (at: number, values: Partial<Row>) => setRows((current) => current.map((row, i) => (i === at ? { ...row, ...values } : row)));

  const save = async () => {
    setIsSaving(true);
    setError(null);
    try {
      const groups = rows.map((row) => ({ ...(row.key ? { key: row.key } : {}), label: row.label.trim(), count: Number(row.count.trim() === '' ? NaN : row.count) }));
      const saved = await api.put<Population>(populationApi.population(districtId), { version: population.version, school, dimension, groups });
      onSaved(saved, dimension);
    } catch (cause) {
      const failure = ApiError.from(cause);
      if (failure.code === 'conflict' && failure.body.current) {
        onConflict(failure.body.current as Population);
        setRows(rowsOf((failure.body.current as Population).lists.find((l) => l.school === school && l.dimension === dimension)));
      } else setError(failure);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`population-${dimension}`}>
      <div className="card-header">
        <h2 id={`population-${dimension}`}>{name}</h2>
        {canEdit && rows.length === 0 && (
          <Button size="small" onClick={() => setRows(population.suggestions[dimension].map((group) => ({ key: group.key, label: group.label, count: '' })))}>
            {t('population.useSuggestions')}
          </Button>
        )}
      </div>
      <div className="card-body stack">
        {error && <ErrorAlert error={error} title={t('population.failed', { dimension: name })} />}
        {rows.length === 0 ? (
          <p className="muted">{t('population.empty', { dimension: name })}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('population.tableLabel', { dimension: name })}>
          <table className="table population-table">
            <thead>
              <tr>
                <th scope="col">{t('population.group')}</th>
                <th scope="col" className="numeric">{t('population.count')}</th>
                <th scope="col" className="numeric">{t('population.share')}</th>
                {canEdit && <td />}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, at) => {
                const labelError = rowError(at, 'label') ?? rowError(at, 'key');
                const countError = rowError(at, 'count');
                const label = row.label || t('population.groupNumber', { number: at + 1 });
                return (
                  <tr key={at}>
                    <td>
                      {canEdit ? (
                        <>
                          <input className="input" aria-label={t('population.group') + ' ' + (at + 1)} value={row.label} onChange={(event) => change(at, { label: event.target.value })} aria-invalid={labelError ? true : undefined} />
                          {labelError && <span className="field-error">{labelError}</span>}
                        </>
                      ) : (
                        row.label
                      )}
                    </td>
                    <td className="numeric">
                      {canEdit ? (
                        <>
                          <input className="input population-count" inputMode="numeric" aria-label={t('population.count') + ': ' + label} value={row.count} onChange={(event) => change(at, { count: event.target.value })} aria-invalid={countError ? true : undefined} />
                          {countError && <span className="field-error">{countError}</span>}
                        </>
                      ) : (
                        number.format(Number(row.count))
                      )}
                    </td>
                    <td className="numeric">{total > 0 && Number(row.count) >= 0 ? percent.format(Number(row.count) / total) : '—'}</td>
                    {canEdit && (
                      <td>
                        <Button size="small" variant="quiet" aria-label={t('population.removeLabel', { name: label })} onClick={() => setRows((current) => current.filter((_, i) => i !== at))}>
                          {t('population.remove')}
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('population.total')}</th>
                <td className="numeric">{number.format(total)}</td>
                <td />
                {canEdit && <td />}
              </tr>
            </tfoot>
          </table>
          </div>
        )}
        {canEdit && (
          <div className="row">
            <Button size="small" onClick={() => setRows((current) => [...current, { label: '', count: '' }])}>
              {t('population.addRow')}
            </Button>
            <Button variant="primary" size="small" isBusy={isSaving} onClick={() => void save()}>
              {t('population.save', { dimension: name })}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
