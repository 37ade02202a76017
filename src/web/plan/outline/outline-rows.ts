import type { PlanElement } from '../api-types';
import type { OutlineIndex } from '../plans/outline-index';

export interface OutlineRowModel {
  element: PlanElement;
  /** aria-level: 1 for goals. */
  level: number;
  setSize: number;
  posInSet: number;
  hasChildren: boolean;
}

/** The rows on screen: every element whose ancestors are all expanded, in reading order. */
export function visibleRows(index: OutlineIndex, collapsed: ReadonlySet<string>): OutlineRowModel[] {
  const rows: OutlineRowModel[] = [];
  const walk = (parentId: string | null, level: number) => {
    const children = index.children.get(parentId) ?? [];
    children.forEach((element, at) => {
      const hasChildren = (index.children.get(element.id)?.length ?? 0) > 0;
      rows.push({ element, level, setSize: children.length, posInSet: at + 1, hasChildren });
      if (hasChildren && !collapsed.has(element.id)) walk(element.id, level + 1);
    });
  };
  walk(null, 1);
  return rows;
}
