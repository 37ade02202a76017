/**
 * How a district's data file becomes tidy rows: which line holds the headers, which column says the
 * school or district, the year, the student group, the metric, the value and the count. A mapping is
 * proposed from the file, corrected by a person on the mapping screen, and saved as a layout so next
 * year's file of the same shape imports with no mapping work. It is plain JSON (stored in jsonb and
 * sent by the API), checked by `datasetMappingSchema` on the server.
 */

/** How a metric's values read: a percentage is kept on 0-100 whatever the file wrote. */
export type MetricUnit = 'percent' | 'count' | 'rate' | 'number';

export interface MetricDefinition {
  /** Stable key, lower case with underscores ("ela_level_3_4"): indicators and measure feeds name it. */
  key: string;
  label: string;
  unit: MetricUnit;
  /** Whether a higher value is the good direction (absenteeism: false); null when it is neither. */
  higherIsBetter: boolean | null;
}

/** How percentages are written: "auto" reads the column and takes 0-1 when every value is within it. */
export type PercentScale = 'auto' | '0_100' | '0_1';

/** How a year column is written: "2023" for the spring of 2022-23 (test results), or as written. */
export type YearMeaning = 'as_written' | 'school_year_ending';

/** One value column of a wide file: each becomes a metric, or a period of one metric, or a group. */
export interface WideColumn {
  column: string;
  /** The metric this column holds (wide by metric); without it the mapping's `metric`. */
  metric?: MetricDefinition;
  /** The period this column holds (wide by year: "2014", "2015"...). */
  period?: string;
  /** The student group this column holds (wide by group). */
  group?: string;
  /** The column holding this value's count `n`, when each value has its own. */
  nColumn?: string;
  /**
   * What that count is: the group's size (the default), or only the students the percentage
   * counts ("31 chronically absent"), from which the group's size is worked out.
   */
  nMeans?: 'group_size' | 'students_in_value';
}

export interface DatasetMapping {
  /** The sheet of a workbook (its name); absent for CSV. */
  sheet?: string;
  /** The 1-based line of the header row (state files often have titles above it). */
  headerRow: number;
  entity: {
    /** The column with the school's (or district's) code, when the file has one. */
    codeColumn?: string;
    /** The column with the school's (or district's) name. */
    nameColumn?: string;
    /**
     * Names or codes in the entity columns that mean the whole district rather than a school
     * ("All Schools", "District Total"); a file without entity columns is the district's.
     */
    districtValues?: string[];
  };
  period: { column?: string; fixed?: string; yearMeans?: YearMeaning };
  /** The student group column; without one (and no `fixed`), every row is "All Students". */
  group: { column?: string; fixed?: string };
  /**
   * Another column that splits a school's results (a grade): its value is joined to the student
   * group ("Grade 3"), and its "all" value ("All Grades") leaves the group as it is.
   */
  subgroup?: { column: string; allValues: string[]; prefix?: string };
  /** One metric for the whole file, or a column naming each row's metric (long by metric). */
  metric: {
    column?: string;
    fixed?: MetricDefinition;
    /**
     * With `column`: the definition of each value the column holds ("Mathematics" -> the SOL
     * mathematics pass rate, a percentage). A value not listed is defined from its own words.
     */
    values?: { value: string; metric: MetricDefinition }[];
  };
  /** Long layout: the value column. Wide layout: leave it out and list `wideColumns`. */
  valueColumn?: string;
  /** The count `n` behind each value (students in the group), used to weight and to protect small groups. */
  nColumn?: string;
  wideColumns?: WideColumn[];
  percentScale: PercentScale;
  /** Keep only the rows whose column holds one of the values (a state file: this district's rows). */
  filters?: { column: string; equals: string[] }[];
}

/** How a cell's value was read: a number, or a code kept as suppressed or missing (never as zero). */
export type ValueFlag = 'value' | 'suppressed' | 'missing';

/** One tidy row: what the database keeps, one per entity x period x group x metric. */
export interface TidyRow {
  /** The entity's key as the file writes it (normalised code, or name when there is no code). */
  entityKey: string;
  entityName: string;
  entityCode: string | null;
  /** True when the row is the district's own (no entity column, or a `districtValues` match). */
  isDistrict: boolean;
  period: string;
  /** The student group as written (with the subgroup joined); the district's list maps it. */
  group: string;
  metric: string;
  value: number | null;
  n: number | null;
  flag: ValueFlag;
}

/** A row-level problem: the file's line (1-based, as a spreadsheet numbers it) and the column's header. */
export interface RowProblem {
  line: number;
  column: string;
  message: string;
}
