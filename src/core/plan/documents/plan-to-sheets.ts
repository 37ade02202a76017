import type { Measure, PlanDocument } from '../format/plan-format.schema.js';
import { MORE_HEADER, VALUE_TYPE_HEADER, tableLayouts, tableNames, type TableLayout, type TableName, type ValueType } from './plan-sheet-layout.js';
import type { PlainObject } from './plain-data.js';
import { encodePlanSheet } from './plan-sheet.js';
import type { CellType, CellValue } from './sheet-cells.js';
import type { SheetOut } from './sheet-grid.js';
import { encodeItem } from './sheet-rows.js';

/**
 * A strategic-plan/v1 document as workbook sheets: the Plan sheet, then one sheet per level in
 * document order. sheetsToPlan reads them back to an equal document.
 */
export function planToSheets(document: PlanDocument): SheetOut[] {
  const rows = Object.fromEntries(tableNames.map((name) => [name, [] as CellValue[][]])) as Record<TableName, CellValue[][]>;
  const add = (table: TableName, item: object, parentKey: string | null, valueType?: ValueType) => {
    const layout: TableLayout = tableLayouts[table];
    const { cells, more } = encodeItem(layout, item as PlainObject);
    const leading: CellValue[] = layout.parentHeader ? [parentKey] : [];
    if (valueType) leading.push(valueType);
    rows[table].push([...leading, ...cells, more ? JSON.stringify(more) : null]);
  };
  const addMeasure = (measure: Measure, parentKey: string) => {
    add('measures', measure, parentKey);
    if (measure.baseline) add('values', measure.baseline, measure.key, 'baseline');
    measure.targets?.forEach((value) => add('values', value, measure.key, 'target'));
    measure.actuals?.forEach((value) => add('values', value, measure.key, 'actual'));
  };
  for (const goal of document.plan.goals) {
    add('goals', goal, null);
    goal.measures?.forEach((measure) => addMeasure(measure, goal.key));
    for (const strategy of goal.strategies ?? []) {
      add('strategies', strategy, goal.key);
      strategy.budget?.forEach((line) => add('budget', line, strategy.key));
      strategy.decision_rights?.forEach((right) => add('decisionRights', right, strategy.key));
      strategy.measures?.forEach((measure) => addMeasure(measure, strategy.key));
      for (const action of strategy.actions ?? []) {
        add('actions', action, strategy.key);
        action.milestones?.forEach((milestone) => add('milestones', milestone, action.key));
      }
    }
  }
  return [encodePlanSheet(document), ...tableNames.map((name) => tableSheet(tableLayouts[name], rows[name], name === 'values'))];
}

function tableSheet(layout: TableLayout, rows: CellValue[][], hasValueType: boolean): SheetOut {
  const columns: Array<[string, number, CellType]> = [];
  if (layout.parentHeader) columns.push([layout.parentHeader, 12, 'text']);
  if (hasValueType) columns.push([VALUE_TYPE_HEADER, 10, 'text']);
  for (const column of layout.fields) columns.push([column.header, column.width, column.type]);
  columns.push([MORE_HEADER, 24, 'json']);
  return { name: layout.sheet, headers: columns.map((c) => c[0]), widths: columns.map((c) => c[1]), types: columns.map((c) => c[2]), rows, headingRows: [] };
}
