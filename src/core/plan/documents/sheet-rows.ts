import type { FieldColumn } from './plan-sheet-layout.js';
import { getAt, isDeepEqual, setAt, type PlainObject } from './plain-data.js';
import { decodeCell, encodeCell, type CellValue } from './sheet-cells.js';

export interface ItemShape {
  fields: readonly FieldColumn[];
  childLists?: readonly string[];
  childObjects?: readonly string[];
  nullWhenEmpty?: readonly string[];
}

/**
 * Reads one item from its cells. A cell that cannot be read is reported through onProblem and
 * left out, so the rest of the row is still checked.
 */
export function decodeItem(shape: ItemShape, cells: readonly CellValue[], onProblem: (fieldIndex: number, message: string) => void = () => {}): PlainObject {
  const item: PlainObject = {};
  shape.fields.forEach((column, i) => {
    const decoded = decodeCell(cells[i] ?? null, column.type);
    if (decoded.ok) setAt(item, column.path, decoded.value);
    else onProblem(i, column.hint ? `${decoded.message}; ${column.hint}` : decoded.message);
  });
  for (const name of shape.nullWhenEmpty ?? []) if (item[name] === undefined) item[name] = null;
  return item;
}

/**
 * Writes one item to cells. Whatever the cells would not give back exactly (an empty list, a
 * null amount, a name with a semicolon, a field of a newer format) goes to `more` instead, and
 * its cells stay empty, so reading the row back gives the item unchanged.
 */
export function encodeItem(shape: ItemShape, item: PlainObject): { cells: CellValue[]; more: PlainObject | null } {
  const cells = shape.fields.map((column) => encodeCell(getAt(item, column.path), column.type));
  const readBack = decodeItem(shape, cells);
  const columnRoots = new Set(shape.fields.map((column) => column.path[0]));
  const more: PlainObject = {};
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined || shape.childObjects?.includes(name)) continue;
    if (shape.childLists?.includes(name)) {
      // A list with items is carried by rows of another sheet; only "present but empty" needs saying.
      if (!(Array.isArray(value) && value.length > 0)) more[name] = value;
      continue;
    }
    if (columnRoots.has(name) && isDeepEqual(readBack[name], value)) continue;
    more[name] = value;
    shape.fields.forEach((column, i) => {
      if (column.path[0] === name) cells[i] = null;
    });
  }
  return { cells, more: Object.keys(more).length ? more : null };
}
