import type { CellType } from './sheet-cells.js';

/**
 * The workbook layout of a strategic-plan/v1 document: one sheet per level, one row per item,
 * children naming their parent by key. Columns are found by their header, so a district may
 * reorder them or leave out the ones it does not use.
 */
export interface FieldColumn {
  header: string;
  /** Where the cell's value lives in the item, e.g. ["period", "label"]. */
  path: readonly string[];
  type: CellType;
  /** Column width in characters. */
  width: number;
  /** Said after a type problem, to show where the wording should go instead. */
  hint?: string;
}

export interface TableLayout {
  sheet: string;
  /** The column naming the parent item by key; goals have none. */
  parentHeader: string | null;
  fields: readonly FieldColumn[];
  /** The item's lists that are rows of other sheets (an empty one is kept in the JSON column). */
  childLists: readonly string[];
  /** The item's objects that are rows of another sheet (a measure's baseline). */
  childObjects: readonly string[];
  /** Fields the format requires but allows to be null: an empty cell means null. */
  nullWhenEmpty?: readonly string[];
}

/** Whatever has no column of its own: unusual values, empty lists, fields from a newer format. */
export const MORE_HEADER = 'More (JSON)';
export const VALUE_TYPE_HEADER = 'Type';
export const valueTypes = ['baseline', 'target', 'actual'] as const;
export type ValueType = (typeof valueTypes)[number];

const field = (header: string, path: string, type: CellType = 'text', width = 18, hint?: string): FieldColumn => ({
  header,
  path: path.split('.'),
  type,
  width,
  ...(hint ? { hint } : {}),
});
const extensionsColumn = field('Extensions (JSON)', 'extensions', 'json', 30);

export const tableLayouts = {
  goals: {
    sheet: 'Goals',
    parentHeader: null,
    fields: [
      field('Key', 'key', 'text', 10),
      field('Kind', 'kind', 'text', 13),
      field('Parent goal', 'parent', 'text', 12),
      field('Title', 'title', 'text', 50),
      field('Description', 'description', 'text', 50),
      field('Rationale', 'rationale', 'text', 40),
      extensionsColumn,
    ],
    childLists: ['measures', 'strategies'],
    childObjects: [],
  },
  measures: {
    sheet: 'Measures',
    parentHeader: 'Belongs to',
    fields: [
      field('Key', 'key', 'text', 12),
      field('Name', 'name', 'text', 50),
      field('Description', 'description', 'text', 40),
      field('Unit', 'unit', 'text', 16),
      field('Unit label', 'unit_label', 'text', 14),
      field('Direction', 'direction', 'text', 12),
      field('Range min', 'range.min', 'number', 10),
      field('Range max', 'range.max', 'number', 10),
      field('Kind', 'kind', 'text', 10),
      field('Subgroup', 'subgroup', 'text', 18),
      field('Cadence', 'cadence', 'text', 11),
      field('Source', 'source', 'text', 28),
      field('Owner', 'owner', 'text', 24),
      field('Original text', 'original_text', 'text', 40),
      extensionsColumn,
    ],
    childLists: ['targets', 'actuals'],
    childObjects: ['baseline'],
  },
  values: {
    sheet: 'Targets & actuals',
    parentHeader: 'Measure key',
    fields: [
      field('Period', 'period.label', 'text', 14),
      field('Ends on', 'period.ends_on', 'date', 12),
      field('Subgroup', 'subgroup', 'text', 22),
      field('Value', 'value', 'number', 10, 'wording such as "TBD" or "+10 points" goes in the Raw column, with Value left empty'),
      field('Raw', 'raw', 'text', 18),
      field('n', 'n', 'number', 8),
      field('Note', 'note', 'text', 30),
    ],
    childLists: [],
    childObjects: [],
    nullWhenEmpty: ['value'],
  },
  strategies: {
    sheet: 'Strategies',
    parentHeader: 'Goal key',
    fields: [
      field('Key', 'key', 'text', 12),
      field('Title', 'title', 'text', 50),
      field('Description', 'description', 'text', 40),
      field('Owner', 'owner', 'text', 26),
      extensionsColumn,
    ],
    childLists: ['budget', 'decision_rights', 'measures', 'actions'],
    childObjects: [],
  },
  budget: {
    sheet: 'Budget',
    parentHeader: 'Strategy key',
    fields: [
      field('Fiscal year', 'fiscal_year', 'text', 12),
      field('Fund', 'fund', 'text', 24),
      field('Amount', 'amount', 'number', 14, 'write the amount as a number; a remark goes in the Note column'),
      field('Currency', 'currency', 'text', 9),
      field('FTE', 'fte', 'number', 7),
      field('Hours', 'hours', 'number', 8),
      field('Note', 'note', 'text', 30),
    ],
    childLists: [],
    childObjects: [],
  },
  decisionRights: {
    sheet: 'Decision rights',
    parentHeader: 'Strategy key',
    fields: [
      field('Decision', 'decision', 'text', 40),
      field('Responsible', 'responsible', 'list', 28),
      field('Accountable', 'accountable', 'text', 24),
      field('Consulted', 'consulted', 'list', 28),
      field('Informed', 'informed', 'list', 28),
    ],
    childLists: [],
    childObjects: [],
  },
  actions: {
    sheet: 'Actions',
    parentHeader: 'Strategy key',
    fields: [
      field('Key', 'key', 'text', 14),
      field('Title', 'title', 'text', 44),
      field('Description', 'description', 'text', 36),
      field('Owner', 'owner', 'text', 24),
      field('Contributors', 'contributors', 'list', 28),
      field('Start', 'start', 'date', 12),
      field('Due', 'due', 'date', 12),
      field('Timeline', 'timeline', 'text', 14),
      field('Status', 'status', 'text', 12),
      field('Percent complete', 'percent_complete', 'number', 10),
      field('Cost', 'cost', 'text', 20),
      field('Evidence', 'evidence', 'text', 28),
      extensionsColumn,
    ],
    childLists: ['milestones'],
    childObjects: [],
  },
  milestones: {
    sheet: 'Milestones',
    parentHeader: 'Action key',
    fields: [field('Title', 'title', 'text', 40), field('Due', 'due', 'date', 12), field('Done', 'done', 'boolean', 8)],
    childLists: [],
    childObjects: [],
  },
} satisfies Record<string, TableLayout>;

export type TableName = keyof typeof tableLayouts;
export const tableNames = Object.keys(tableLayouts) as TableName[];

/** The Plan sheet: label/value rows for the plan's own fields, then one block per list. */
export const PLAN_SHEET = 'Plan';
export const PLAN_HEADERS = ['Field', 'Value'] as const;
export const IDENTIFIER_PREFIX = 'Identifier: ';

/** Paths start at the document's root, so organization and plan share one sheet. */
export const planFields: readonly FieldColumn[] = [
  field('Format', 'format'),
  field('Organization', 'organization.name'),
  field('Organization kind', 'organization.kind'),
  field('Region', 'organization.region'),
  field('Title', 'plan.title'),
  field('Status', 'plan.status'),
  field('Period start', 'plan.period.start.label'),
  field('Period start ends on', 'plan.period.start.ends_on', 'date'),
  field('Period end', 'plan.period.end.label'),
  field('Period end ends on', 'plan.period.end.ends_on', 'date'),
  field('Adopted on', 'plan.adopted.date', 'date'),
  field('Adopted by', 'plan.adopted.body'),
  field('Resolution', 'plan.adopted.resolution'),
  field('Vote', 'plan.adopted.vote'),
  field('Name for goals', 'plan.level_names.goal'),
  field('Name for measures', 'plan.level_names.measure'),
  field('Name for strategies', 'plan.level_names.strategy'),
  field('Name for actions', 'plan.level_names.action'),
  field('Mission', 'plan.mission'),
  field('Vision', 'plan.vision'),
  field('Theory of action', 'plan.theory_of_action'),
  field('Extensions (JSON)', 'plan.extensions', 'json'),
];

export interface PlanSection {
  title: string;
  /** The list's name under `plan`. */
  list: 'values' | 'portrait_of_graduate' | 'communication_plan' | 'sources';
  fields: readonly FieldColumn[];
}

export const planSections: readonly PlanSection[] = [
  { title: 'Values', list: 'values', fields: [field('Name', 'name'), field('Description', 'description')] },
  { title: 'Portrait of a graduate', list: 'portrait_of_graduate', fields: [field('Name', 'name'), field('Description', 'description')] },
  {
    title: 'Communication plan',
    list: 'communication_plan',
    fields: [field('Audience', 'audience'), field('Message', 'message'), field('Channel', 'channel'), field('Cadence', 'cadence'), field('Owner', 'owner')],
  },
  { title: 'Sources', list: 'sources', fields: [field('Title', 'title'), field('URL', 'url')] },
];

/** Widths of the Plan sheet's columns: labels, long values, then the lists' other columns. */
export const planColumnWidths = [30, 80, 26, 18, 24, 30];

export const sheetNames = [PLAN_SHEET, ...tableNames.map((name) => tableLayouts[name].sheet)];
