import type { DatasetMapping, MetricUnit, PercentScale } from '../../../core/evidence/dataset-mapping';
import { useT } from '../../app/i18n/i18n-provider';
import { SelectField, TextField } from '../../app/ui/field';
import { ColumnSelect } from './column-select';
import { column, isWide, listOf, wideColumnsOf, wideKindOf, withFixedMetric, withMetricSource, withShape, type WideKind } from './mapping-model';

interface MappingFieldsProps {
  mapping: DatasetMapping;
  headers: readonly string[];
  sheets: readonly string[];
  /** The server's word on a field, by its path in the mapping ("valueColumn", "metric.fixed.key"). */
  errorAt: (path: string) => string | undefined;
  onChange: (mapping: DatasetMapping) => void;
}

const units: MetricUnit[] = ['percent', 'count', 'rate', 'number'];
const scales: PercentScale[] = ['auto', '0_100', '0_1'];

/**
 * Which column of the file says what: the school or district, the year, the student group, the
 * metric, the value (one column, or one column per year, group or metric) and the count n.
 */
export function MappingFields({ mapping, headers, sheets, errorAt, onChange }: MappingFieldsProps) {
  const t = useT();
  const none = t('mapping.none');
  const wide = isWide(mapping);
  const wideKind = wideKindOf(mapping);
  const wideChosen = new Set((mapping.wideColumns ?? []).map((wideColumn) => wideColumn.column));
  const metricSource = mapping.metric.fixed ? 'fixed' : 'column';
  const set = (change: Partial<DatasetMapping>) => onChange({ ...mapping, ...change });
  const toggleWide = (header: string, isChosen: boolean) => {
    const chosen = headers.filter((candidate) => (candidate === header ? isChosen : wideChosen.has(candidate)));
    set({ wideColumns: wideColumnsOf(chosen, wideKind, mapping) });
  };

  return (
    <div className="stack-lg mapping-fields">
      <fieldset className="fieldset">
        <legend>{t('mapping.section.file')}</legend>
        <div className="form-grid">
          {sheets.length > 1 && (
            <SelectField name="sheet" label={t('mapping.sheet')} hint={t('mapping.sheetHint')} value={mapping.sheet ?? sheets[0]} options={sheets.map((sheet) => ({ value: sheet, label: sheet }))} onChange={(event) => set({ sheet: event.target.value })} />
          )}
          <TextField
            name="headerRow"
            type="number"
            min={1}
            inputMode="numeric"
            label={t('mapping.headerRow')}
            hint={t('mapping.headerRowHint')}
            value={String(mapping.headerRow)}
            error={errorAt('headerRow')}
            onChange={(event) => {
              const line = Number(event.target.value);
              if (Number.isInteger(line) && line >= 1) set({ headerRow: line });
            }}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('mapping.section.entity')}</legend>
        <div className="form-grid">
          <ColumnSelect name="entityCode" label={t('mapping.entityCode')} hint={t('mapping.entityCodeHint')} headers={headers} value={mapping.entity.codeColumn} noneLabel={none} error={errorAt('entity.codeColumn')} onChange={(value) => set({ entity: { ...mapping.entity, codeColumn: column(value) } })} />
          <ColumnSelect name="entityName" label={t('mapping.entityName')} headers={headers} value={mapping.entity.nameColumn} noneLabel={t('mapping.entityNameNone')} error={errorAt('entity.nameColumn')} onChange={(value) => set({ entity: { ...mapping.entity, nameColumn: column(value) } })} />
          <TextField
            name="districtValues"
            label={t('mapping.districtValues')}
            hint={t('mapping.districtValuesHint')}
            defaultValue={(mapping.entity.districtValues ?? []).join(', ')}
            error={errorAt('entity.districtValues')}
            onBlur={(event) => set({ entity: { ...mapping.entity, districtValues: listOf(event.target.value) } })}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('mapping.section.period')}</legend>
        <div className="form-grid">
          {!(wide && wideKind === 'period') && (
            <ColumnSelect name="periodColumn" label={t('mapping.periodColumn')} headers={headers} value={mapping.period.column} noneLabel={t('mapping.periodFixedChoice')} error={errorAt('period.column')} onChange={(value) => set({ period: { ...mapping.period, column: column(value) } })} />
          )}
          {!mapping.period.column && !(wide && wideKind === 'period') && (
            <TextField name="periodFixed" label={t('mapping.periodFixed')} hint={t('mapping.periodFixedHint')} value={mapping.period.fixed ?? ''} error={errorAt('period.fixed')} onChange={(event) => set({ period: { ...mapping.period, fixed: event.target.value || undefined } })} />
          )}
        </div>
        <label className="checkbox">
          <input type="checkbox" name="yearMeans" checked={mapping.period.yearMeans === 'school_year_ending'} onChange={(event) => set({ period: { ...mapping.period, yearMeans: event.target.checked ? 'school_year_ending' : 'as_written' } })} />
          <span>{t('mapping.yearMeans')}</span>
        </label>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('mapping.section.group')}</legend>
        <div className="form-grid">
          {!(wide && wideKind === 'group') && (
            <ColumnSelect name="groupColumn" label={t('mapping.groupColumn')} headers={headers} value={mapping.group.column} noneLabel={t('mapping.groupNone')} error={errorAt('group.column')} onChange={(value) => set({ group: { ...mapping.group, column: column(value) } })} />
          )}
          <ColumnSelect
            name="subgroupColumn"
            label={t('mapping.subgroupColumn')}
            hint={t('mapping.subgroupColumnHint')}
            headers={headers}
            value={mapping.subgroup?.column}
            noneLabel={none}
            error={errorAt('subgroup.column')}
            onChange={(value) => {
              const { subgroup: _dropped, ...rest } = mapping;
              onChange(value ? { ...rest, subgroup: { allValues: mapping.subgroup?.allValues ?? [], ...(mapping.subgroup?.prefix ? { prefix: mapping.subgroup.prefix } : {}), column: value } } : rest);
            }}
          />
          {mapping.subgroup && (
            <TextField
              name="subgroupAll"
              label={t('mapping.subgroupAll')}
              hint={t('mapping.subgroupAllHint')}
              defaultValue={mapping.subgroup.allValues.join(', ')}
              error={errorAt('subgroup.allValues')}
              onBlur={(event) => mapping.subgroup && set({ subgroup: { ...mapping.subgroup, allValues: listOf(event.target.value) } })}
            />
          )}
        </div>
      </fieldset>

      {/* Wide by metric: each value column is its own measure, named by its header. */}
      {!(wide && wideKind === 'metric') && (
        <fieldset className="fieldset">
          <legend>{t('mapping.section.metric')}</legend>
          <div className="choice-list" role="radiogroup" aria-label={t('mapping.metricSource')}>
            {(['column', 'fixed'] as const).map((source) => (
              <label key={source} className="choice">
                <input type="radio" name="metricSource" value={source} checked={metricSource === source} onChange={() => onChange(withMetricSource(mapping, source, headers))} />
                <span className="choice-title">{t(source === 'column' ? 'mapping.metricFromColumn' : 'mapping.metricFixed')}</span>
              </label>
            ))}
          </div>
          <div className="form-grid">
            {metricSource === 'column' && <ColumnSelect name="metricColumn" label={t('mapping.metricColumn')} headers={headers} value={mapping.metric.column} error={errorAt('metric.column')} onChange={(value) => set({ metric: { column: column(value) } })} />}
            {metricSource === 'fixed' && (
              <>
                <TextField name="metricLabel" label={t('mapping.metricLabel')} value={mapping.metric.fixed?.label ?? ''} error={errorAt('metric.fixed.label')} onChange={(event) => onChange(withFixedMetric(mapping, { label: event.target.value }))} />
                <TextField name="metricKey" label={t('mapping.metricKey')} hint={t('mapping.metricKeyHint')} value={mapping.metric.fixed?.key ?? ''} error={errorAt('metric.fixed.key')} onChange={(event) => onChange(withFixedMetric(mapping, { key: event.target.value }))} />
                <SelectField name="metricUnit" label={t('mapping.metricUnit')} value={mapping.metric.fixed?.unit ?? 'percent'} options={units.map((unit) => ({ value: unit, label: t(`mapping.unit.${unit}`) }))} onChange={(event) => onChange(withFixedMetric(mapping, { unit: event.target.value as MetricUnit }))} />
                <SelectField
                  name="metricDirection"
                  label={t('mapping.metricDirection')}
                  value={mapping.metric.fixed?.higherIsBetter === null ? 'neither' : mapping.metric.fixed?.higherIsBetter === false ? 'lower' : 'higher'}
                  options={[
                    { value: 'higher', label: t('mapping.direction.higher') },
                    { value: 'lower', label: t('mapping.direction.lower') },
                    { value: 'neither', label: t('mapping.direction.neither') },
                  ]}
                  onChange={(event) => onChange(withFixedMetric(mapping, { higherIsBetter: event.target.value === 'neither' ? null : event.target.value === 'higher' }))}
                />
              </>
          )}
        </div>
      </fieldset>
      )}

      <fieldset className="fieldset">
        <legend>{t('mapping.section.values')}</legend>
        <div className="choice-list" role="radiogroup" aria-label={t('mapping.shape')}>
          {(['long', 'wide'] as const).map((shape) => (
            <label key={shape} className="choice">
              <input type="radio" name="shape" value={shape} checked={(shape === 'wide') === wide} onChange={() => onChange(withShape(mapping, shape, headers))} />
              <span>
                <span className="choice-title">{t(shape === 'long' ? 'mapping.shapeLong' : 'mapping.shapeWide')}</span>
                <span className="choice-text">{t(shape === 'long' ? 'mapping.shapeLongText' : 'mapping.shapeWideText')}</span>
              </span>
            </label>
          ))}
        </div>
        {!wide ? (
          <div className="form-grid">
            <ColumnSelect name="valueColumn" label={t('mapping.valueColumn')} headers={headers} value={mapping.valueColumn} error={errorAt('valueColumn')} onChange={(value) => set({ valueColumn: column(value) })} />
          </div>
        ) : (
          <div className="stack">
            <SelectField
              name="wideKind"
              label={t('mapping.wideKind')}
              value={wideKind}
              options={(['period', 'group', 'metric'] as const).map((kind) => ({ value: kind, label: t(`mapping.wideKind.${kind}`) }))}
              onChange={(event) => set({ wideColumns: wideColumnsOf([...wideChosen], event.target.value as WideKind, mapping) })}
            />
            <fieldset className="fieldset">
              <legend>{t('mapping.wideColumns')}</legend>
              {errorAt('wideColumns') && <p className="field-error">{errorAt('wideColumns')}</p>}
              <div className="wide-columns">
                {headers.map((header) => (
                  <label key={header} className="checkbox">
                    <input type="checkbox" checked={wideChosen.has(header)} onChange={(event) => toggleWide(header, event.target.checked)} />
                    <span>{header}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        <div className="form-grid">
          <ColumnSelect name="nColumn" label={t('mapping.nColumn')} hint={t('mapping.nColumnHint')} headers={headers} value={mapping.nColumn} noneLabel={none} error={errorAt('nColumn')} onChange={(value) => set({ nColumn: column(value) })} />
          <SelectField name="percentScale" label={t('mapping.percentScale')} hint={t('mapping.percentScaleHint')} value={mapping.percentScale} options={scales.map((scale) => ({ value: scale, label: t(`mapping.scale.${scale}`) }))} onChange={(event) => set({ percentScale: event.target.value as PercentScale })} />
        </div>
      </fieldset>
    </div>
  );
}
