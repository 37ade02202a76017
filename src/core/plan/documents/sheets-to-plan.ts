import { MORE_HEADER, PLAN_SHEET, VALUE_TYPE_HEADER, sheetNames, tableLayouts, valueTypes, type TableLayout, type TableName } from './plan-sheet-layout.js';
import { decodePlanSheet, mergeMore, registerPath, type ReadContext } from './plan-sheet.js';
import { isPlainObject, type PlainObject } from './plain-data.js';
import { decodeCell, isEmptyCell, type CellValue } from './sheet-cells.js';
import { headerKey, labelOf, type CellProblem, type CellRef, type SheetIn } from './sheet-grid.js';
import { decodeItem } from './sheet-rows.js';

export interface SheetsReading {
  /** The document as read; not yet checked against the format. */
  document: PlainObject;
  /** JSON pointer → the cell it was read from, to name cells in the format's problems. */
  sources: Map<string, CellRef>;
  /** Problems of the cells themselves: text in a number column, a parent key that names nothing. */
  problems: CellProblem[];
}

interface TableRow {
  number: number;
  parentKey: string | undefined;
  valueType: string | undefined;
  item: PlainObject;
  at: { row: CellRef; parent: CellRef; type: CellRef; fields: Array<{ ref: CellRef; path: readonly string[] }>; more: CellRef };
  more: CellValue;
}

interface Node {
  item: PlainObject;
  pointer: string;
}

/**
 * Reads the workbook layout of plan-sheet-layout.ts back into a strategic-plan/v1 document.
 * Children are attached to their parents by key, in row order, so order is kept.
 */
export function sheetsToPlan(sheets: readonly SheetIn[]): SheetsReading {
  const context: ReadContext = { sources: new Map(), problems: [] };
  const byName = new Map(sheets.map((sheet) => [sheet.name.trim().toLowerCase(), sheet]));
  for (const sheet of sheets) {
    if (!sheetNames.some((name) => name.toLowerCase() === sheet.name.trim().toLowerCase()) && sheet.rows.length > 0) {
      context.problems.push({
        ref: { sheet: sheet.name, row: 1, column: 0, label: '' },
        message: `"${sheet.name}" is not a sheet of a plan workbook (the sheets are ${sheetNames.join(', ')}); remove it or rename it`,
      });
    }
  }
  const head = decodePlanSheet(byName.get(PLAN_SHEET.toLowerCase()), context);
  const read = (name: TableName) => readTable(tableLayouts[name], byName.get(tableLayouts[name].sheet.toLowerCase()), name === 'values', context);
  const attach = new Attacher(context);

  const goals: PlainObject[] = [];
  const goalsByKey = new Map<string, Node>();
  for (const row of read('goals')) {
    const node = { item: row.item, pointer: `/plan/goals/${goals.length}` };
    attach.finish(row, node);
    goals.push(row.item);
    remember(goalsByKey, node);
  }
  const strategiesByKey = new Map<string, Node>();
  for (const row of read('strategies')) {
    remember(strategiesByKey, attach.under(row, [goalsByKey], 'strategies', 'a goal on the Goals sheet'));
  }
  const measuresByKey = new Map<string, Node>();
  for (const row of read('measures')) {
    remember(measuresByKey, attach.under(row, [goalsByKey, strategiesByKey], 'measures', 'a goal or strategy'));
  }
  const baselineRow = new Map<PlainObject, number>();
  for (const row of read('values')) {
    const type = row.valueType?.trim().toLowerCase();
    if (!valueTypes.includes(type as never)) {
      context.problems.push({ ref: row.at.type, message: `"${VALUE_TYPE_HEADER}" must be baseline, target or actual` });
      continue;
    }
    if (type !== 'baseline') {
      attach.under(row, [measuresByKey], type === 'target' ? 'targets' : 'actuals', 'a measure on the Measures sheet');
      continue;
    }
    const parent = attach.parentOf(row, [measuresByKey], 'a measure on the Measures sheet');
    if (!parent) continue;
    const earlier = baselineRow.get(parent.item);
    if (earlier) {
      context.problems.push({ ref: row.at.type, message: `a measure has one baseline; ${row.parentKey} already has one on row ${earlier}` });
      continue;
    }
    baselineRow.set(parent.item, row.number);
    parent.item.baseline = row.item;
    attach.finish(row, { item: row.item, pointer: `${parent.pointer}/baseline` });
  }
  for (const row of read('budget')) attach.under(row, [strategiesByKey], 'budget', 'a strategy on the Strategies sheet');
  for (const row of read('decisionRights')) attach.under(row, [strategiesByKey], 'decision_rights', 'a strategy on the Strategies sheet');
  const actionsByKey = new Map<string, Node>();
  for (const row of read('actions')) {
    remember(actionsByKey, attach.under(row, [strategiesByKey], 'actions', 'a strategy on the Strategies sheet'));
  }
  for (const row of read('milestones')) attach.under(row, [actionsByKey], 'milestones', 'an action on the Actions sheet');

  const plan = isPlainObject(head.plan) ? head.plan : {};
  return { document: { ...head, plan: { ...plan, goals } }, sources: context.sources, problems: context.problems };
}

/** The first item with a key wins; the format's check reports the second as a duplicate. */
function remember(index: Map<string, Node>, node: Node) {
  const key = node.item.key;
  if (typeof key === 'string' && !index.has(key)) index.set(key, node);
}

class Attacher {
  // Lists a parent got from its More (JSON) cell ("targets": []) give way to rows for the same list.
  private readonly fromRows = new WeakMap<PlainObject, Set<string>>();
  // Takes the rows whose parent is missing; pointers under it start with no "/", so they name no cell.
  private readonly detached: Node = { item: {}, pointer: 'detached' };
  constructor(private readonly context: ReadContext) {}

  parentOf(row: TableRow, indexes: ReadonlyArray<Map<string, Node>>, what: string): Node | undefined {
    if (row.parentKey === undefined) {
      this.context.problems.push({ ref: row.at.parent, message: `is empty; it must name the key of ${what}` });
      return undefined;
    }
    const parent = indexes.map((index) => index.get(row.parentKey!)).find(Boolean);
    if (!parent) this.context.problems.push({ ref: row.at.parent, message: `"${row.parentKey}" is not the key of ${what}` });
    return parent;
  }

  under(row: TableRow, indexes: ReadonlyArray<Map<string, Node>>, list: string, what: string): Node {
    // A row whose parent is missing still takes its own children, so one wrong key is one problem.
    const parent = this.parentOf(row, indexes, what) ?? this.detached;
    const lists = this.fromRows.get(parent.item) ?? new Set<string>();
    this.fromRows.set(parent.item, lists);
    if (!lists.has(list)) {
      parent.item[list] = [];
      lists.add(list);
    }
    const items = parent.item[list] as PlainObject[];
    const node = { item: row.item, pointer: `${parent.pointer}/${list}/${items.length}` };
    items.push(row.item);
    this.finish(row, node);
    return node;
  }

  finish(row: TableRow, node: Node) {
    const { sources } = this.context;
    sources.set(node.pointer, row.at.row);
    for (const { ref, path } of row.at.fields) registerPath(sources, node.pointer, path, ref);
    mergeMore(node.item, row.more, row.at.more, this.context, node.pointer);
  }
}

function readTable(layout: TableLayout, sheet: SheetIn | undefined, hasValueType: boolean, context: ReadContext): TableRow[] {
  if (!sheet) return [];
  const problem = (row: number, column: number, message: string) => context.problems.push({ ref: { sheet: layout.sheet, row, column, label: '' }, message });
  const headerRow = sheet.rows.find((r) => r.number === 1);
  const dataRows = sheet.rows.filter((r) => r.number > 1 && !r.cells.every(isEmptyCell));
  const columnOf = new Map<string, number>();
  headerRow?.cells.forEach((cell, column) => {
    const key = headerKey(cell);
    if (key === '') return;
    if (columnOf.has(key)) return problem(1, column, `the column "${String(cell).trim()}" appears twice`);
    columnOf.set(key, column);
  });
  const known = new Set([layout.parentHeader, hasValueType ? VALUE_TYPE_HEADER : null, ...layout.fields.map((f) => f.header), MORE_HEADER].filter(Boolean).map((h) => h!.toLowerCase()));
  for (const [key, column] of columnOf) {
    if (!known.has(key)) problem(1, column, `"${String(headerRow!.cells[column]).trim()}" is not a column of the ${layout.sheet} sheet`);
  }
  const required = [layout.parentHeader, hasValueType ? VALUE_TYPE_HEADER : null, layout.fields.some((f) => f.header === 'Key') ? 'Key' : null];
  for (const header of required) {
    if (header && dataRows.length > 0 && !columnOf.has(header.toLowerCase())) problem(1, 0, `the "${header}" column is missing from row 1`);
  }
  const find = (header: string | null) => (header ? columnOf.get(header.toLowerCase()) : undefined);
  const keyColumn = find('Key') ?? find(layout.parentHeader) ?? 0;

  return dataRows.map(({ number, cells }) => {
    const at = (column: number | undefined, label: string): CellRef => ({ sheet: layout.sheet, row: number, column: column ?? keyColumn, label });
    const fields = layout.fields.map((f) => ({ ref: at(find(f.header), labelOf(f.header)), path: f.path }));
    const cellAt = (column: number | undefined) => (column === undefined ? null : (cells[column] ?? null));
    const values = layout.fields.map((f) => cellAt(find(f.header)));
    const item = decodeItem(layout, values, (i, message) => context.problems.push({ ref: fields[i]!.ref, message }));
    const textAt = (column: number | undefined) => {
      const decoded = decodeCell(cellAt(column), 'text');
      return decoded.ok ? (decoded.value as string | undefined)?.trim() : undefined;
    };
    return {
      number,
      parentKey: textAt(find(layout.parentHeader)),
      valueType: textAt(find(VALUE_TYPE_HEADER)),
      item,
      at: { row: at(keyColumn, ''), parent: at(find(layout.parentHeader), ''), type: at(find(VALUE_TYPE_HEADER), ''), fields, more: at(find(MORE_HEADER), 'more (JSON)') },
      more: cellAt(find(MORE_HEADER)),
    };
  });
}
