import type { PlanDocument } from '../format/plan-format.schema.js';
import { IDENTIFIER_PREFIX, MORE_HEADER, PLAN_HEADERS, PLAN_SHEET, planColumnWidths, planFields, planSections, type FieldColumn, type PlanSection } from './plan-sheet-layout.js';
import { isPlainObject, type PlainObject } from './plain-data.js';
import { decodeCell, isEmptyCell, type CellValue } from './sheet-cells.js';
import { headerKey, labelOf, type CellProblem, type CellRef, type SheetIn, type SheetOut } from './sheet-grid.js';
import { decodeItem, encodeItem } from './sheet-rows.js';

/**
 * The Plan sheet: one label/value row per field of the organization and the plan, then a block
 * per list (values, portrait of a graduate, communication plan, sources): a title row, a header
 * row, one row per item, a blank row. A block that is there with no items is an empty list.
 *
 * Organization and plan fields are compared one field deep (`plan.period`, not `plan`), so one
 * odd field lands in the More (JSON) row without taking its neighbours with it.
 */
const sectionLists = new Set<string>(planSections.map((s) => s.list));

export function encodePlanSheet(document: PlanDocument): SheetOut {
  const fields = headFields(Object.keys(document.organization.identifiers ?? {}));
  const { cells, more } = encodeItem({ fields: fields.map(flatColumn) }, flattenHead(document));
  const rows: CellValue[][] = fields.map((column, i) => [column.header, cells[i] ?? null]);
  rows.push([MORE_HEADER, more ? JSON.stringify(unflattenHead(more)) : null]);
  const headingRows: number[] = [];
  for (const section of planSections) {
    const list = document.plan[section.list] as PlainObject[] | undefined;
    if (list === undefined) continue;
    rows.push([]);
    headingRows.push(rows.length, rows.length + 1);
    rows.push([section.title]);
    rows.push([...section.fields.map((f) => f.header), MORE_HEADER]);
    for (const item of list) {
      const encoded = encodeItem(section, item);
      rows.push([...encoded.cells, encoded.more ? JSON.stringify(encoded.more) : null]);
    }
  }
  // Labels, dates and JSON alike: every cell of the Plan sheet is text.
  return { name: PLAN_SHEET, headers: [...PLAN_HEADERS], widths: planColumnWidths, types: planColumnWidths.map(() => 'text' as const), rows, headingRows };
}

export interface ReadContext {
  /** JSON pointer of each field read → the cell it came from. */
  sources: Map<string, CellRef>;
  problems: CellProblem[];
}

/** Reads the Plan sheet into the document without its goals. */
export function decodePlanSheet(sheet: SheetIn | undefined, context: ReadContext): PlainObject {
  if (!sheet) {
    context.problems.push({ ref: { sheet: PLAN_SHEET, row: 1, column: 0, label: '' }, message: 'the Plan sheet is missing' });
    return {};
  }
  const ref = (row: number, column: number, label: string): CellRef => ({ sheet: PLAN_SHEET, row, column, label });
  const fields: FieldColumn[] = [];
  const values: CellValue[] = [];
  const rowOfField: number[] = [];
  const seen = new Map<string, number>();
  let more: { value: CellValue; row: number } | null = null;
  const sections: Array<{ section: PlanSection; items: PlainObject[] }> = [];
  let open: { section: PlanSection; items: PlainObject[]; columns: Array<number | 'more' | null> | null } | null = null;
  let previous = 1;

  for (const { number, cells } of sheet.rows) {
    // Row 1 holds the headers; a sheet whose header row was deleted starts with fields at once.
    if (number === 1 && headerKey(cells[0] ?? null) === PLAN_HEADERS[0].toLowerCase()) continue;
    if (number > previous + 1) open = null; // a blank row ends a list
    previous = number;
    const label = isEmptyCell(cells[0] ?? null) ? '' : String(cells[0]).trim();
    const section = planSections.find((s) => s.title.toLowerCase() === label.toLowerCase());
    if (section && cells.slice(1).every(isEmptyCell)) {
      if (sections.some((s) => s.section === section)) context.problems.push({ ref: ref(number, 0, ''), message: `the "${section.title}" list appears twice` });
      open = { section, items: [], columns: null };
      sections.push(open);
      continue;
    }
    if (open && !open.columns) {
      open.columns = sectionColumns(open.section, cells, number, context);
      continue;
    }
    if (open) {
      readSectionItem(open.section, open.columns!, open.items, cells, number, context);
      continue;
    }
    const key = label.toLowerCase();
    if (seen.has(key)) {
      context.problems.push({ ref: ref(number, 0, ''), message: `"${label}" is already on row ${seen.get(key)}` });
      continue;
    }
    seen.set(key, number);
    if (key === MORE_HEADER.toLowerCase()) {
      more = { value: cells[1] ?? null, row: number };
      continue;
    }
    const column = planFields.find((f) => f.header.toLowerCase() === key) ?? identifierField(label);
    if (!column) {
      context.problems.push({ ref: ref(number, 0, ''), message: `"${label}" is not a field of the Plan sheet` });
      continue;
    }
    fields.push(column);
    values.push(cells[1] ?? null);
    rowOfField.push(number);
  }

  const flat = decodeItem({ fields: fields.map(flatColumn) }, values, (i, message) =>
    context.problems.push({ ref: ref(rowOfField[i]!, 1, labelOf(fields[i]!.header)), message }),
  );
  // Not "/plan" itself: a problem with a missing plan field must not land on whichever row came first.
  fields.forEach((column, i) => registerPath(context.sources, '', column.path, ref(rowOfField[i]!, 1, labelOf(column.header)), 2));
  if (more) mergeMore(flat, more.value, ref(more.row, 1, 'more (JSON)'), context);
  const head = unflattenHead(flat);
  const plan = (isPlainObject(head.plan) ? head.plan : (head.plan = {})) as PlainObject;
  for (const { section, items } of sections) plan[section.list] = items;
  return head;
}

function sectionColumns(section: PlanSection, cells: readonly CellValue[], row: number, context: ReadContext): Array<number | 'more' | null> {
  return cells.map((cell, column) => {
    const key = headerKey(cell);
    if (key === '') return null;
    if (key === MORE_HEADER.toLowerCase()) return 'more';
    const index = section.fields.findIndex((f) => f.header.toLowerCase() === key);
    if (index < 0) context.problems.push({ ref: { sheet: PLAN_SHEET, row, column, label: '' }, message: `"${String(cell).trim()}" is not a column of the ${section.title} list` });
    return index < 0 ? null : index;
  });
}

function readSectionItem(section: PlanSection, columns: Array<number | 'more' | null>, items: PlainObject[], cells: readonly CellValue[], row: number, context: ReadContext) {
  const values: CellValue[] = section.fields.map(() => null);
  const columnOf: number[] = section.fields.map(() => 0);
  let moreCell: { value: CellValue; column: number } | null = null;
  columns.forEach((target, column) => {
    if (target === 'more') moreCell = { value: cells[column] ?? null, column };
    else if (target !== null) {
      values[target] = cells[column] ?? null;
      columnOf[target] = column;
    }
  });
  const pointer = `/plan/${section.list}/${items.length}`;
  const at = (i: number): CellRef => ({ sheet: PLAN_SHEET, row, column: columnOf[i]!, label: labelOf(section.fields[i]!.header) });
  const item = decodeItem(section, values, (i, message) => context.problems.push({ ref: at(i), message }));
  context.sources.set(pointer, { sheet: PLAN_SHEET, row, column: 0, label: '' });
  section.fields.forEach((column, i) => registerPath(context.sources, pointer, column.path, at(i)));
  const found = moreCell as { value: CellValue; column: number } | null;
  if (found) mergeMore(item, found.value, { sheet: PLAN_SHEET, row, column: found.column, label: 'more (JSON)' }, context, pointer);
  items.push(item);
}

/**
 * Fields from a More (JSON) cell fill in what the columns left empty; a value typed in a column
 * wins, because that is the cell a person edits.
 */
export function mergeMore(item: PlainObject, cell: CellValue, ref: CellRef, context: ReadContext, pointer = ''): void {
  const decoded = decodeCell(cell, 'json');
  if (!decoded.ok) return void context.problems.push({ ref, message: decoded.message });
  if (decoded.value === undefined) return;
  if (!isPlainObject(decoded.value)) return void context.problems.push({ ref, message: 'must be a JSON object like {"field": value}' });
  const fields = pointer === '' ? flattenHead(decoded.value) : decoded.value;
  for (const [name, value] of Object.entries(fields)) {
    if (item[name] !== undefined) continue;
    item[name] = value;
    context.sources.set(`${pointer}/${name.replace('.', '/')}`, ref);
  }
}

/** Records where a field came from, and where its enclosing objects start (for "is required" on them). */
export function registerPath(sources: Map<string, CellRef>, base: string, path: readonly string[], ref: CellRef, fromDepth = 1): void {
  for (let depth = fromDepth; depth <= path.length; depth++) {
    const pointer = `${base}/${path.slice(0, depth).join('/')}`;
    if (depth === path.length || !sources.has(pointer)) sources.set(pointer, ref);
  }
}

function headFields(identifiers: readonly string[]): FieldColumn[] {
  const region = planFields.findIndex((f) => f.header === 'Region');
  const extra = identifiers.map((name) => identifierField(IDENTIFIER_PREFIX + name)!);
  return [...planFields.slice(0, region + 1), ...extra, ...planFields.slice(region + 1)];
}

function identifierField(label: string): FieldColumn | undefined {
  if (!label.toLowerCase().startsWith(IDENTIFIER_PREFIX.toLowerCase())) return undefined;
  const name = label.slice(IDENTIFIER_PREFIX.length).trim();
  return name ? { header: IDENTIFIER_PREFIX + name, path: ['organization', 'identifiers', name], type: 'text', width: 18 } : undefined;
}

/** ["plan", "period", "start"] → ["plan.period", "start"]: the unit compared and kept whole. */
function flatColumn(column: FieldColumn): FieldColumn {
  const [root, child, ...rest] = column.path;
  return child === undefined ? column : { ...column, path: [`${root}.${child}`, ...rest] };
}

const HEAD_CONTAINERS = new Set(['organization', 'plan']);

function flattenHead(head: PlainObject): PlainObject {
  const flat: PlainObject = {};
  for (const [name, value] of Object.entries(head)) {
    if (!HEAD_CONTAINERS.has(name) || !isPlainObject(value)) {
      flat[name] = value;
      continue;
    }
    for (const [child, inner] of Object.entries(value)) {
      if (name === 'plan' && (child === 'goals' || sectionLists.has(child))) continue;
      flat[`${name}.${child}`] = inner;
    }
  }
  return flat;
}

function unflattenHead(flat: PlainObject): PlainObject {
  const head: PlainObject = {};
  for (const [name, value] of Object.entries(flat)) {
    const dot = name.indexOf('.');
    if (dot < 0) head[name] = value;
    else {
      const container = name.slice(0, dot);
      if (!isPlainObject(head[container])) head[container] = {};
      (head[container] as PlainObject)[name.slice(dot + 1)] = value;
    }
  }
  return head;
}
