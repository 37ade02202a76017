import type { MetricDefinition, MetricUnit } from './dataset-mapping.js';

/**
 * A metric defined from the words a file uses for it ("% Level 3+4", "pass_rate", "Chronic
 * Absenteeism Rate"): a stable key, a readable label, a unit guessed from the words and whether a
 * higher value is better. The mapping screen lets a person correct each of them.
 */
export function metricFromLabel(label: string, sampleValues: number[] = []): MetricDefinition {
  const clean = readableLabel(label);
  return { key: metricKeyOf(clean), label: clean, unit: unitFromWords(clean, sampleValues), higherIsBetter: directionFromWords(clean) };
}

/** "% Level 3+4" -> "pct_level_3_4"; lower case with underscores, never empty. */
export function metricKeyOf(label: string): string {
  const key = label
    .toLowerCase()
    .replace(/%/g, ' pct ')
    .replace(/#/g, ' number ')
    .replace(/\+/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/g, '');
  return key === '' ? 'value' : /^\d/.test(key) ? `m_${key}` : key;
}

/** "pass_rate" -> "Pass rate"; keeps a label that already reads well. */
export function readableLabel(label: string): string {
  const text = label.trim().replace(/\s+/g, ' ');
  if (/_/.test(text) && !/\s/.test(text)) {
    const words = text.replace(/_+/g, ' ').trim().toLowerCase();
    if (words !== '') return words.charAt(0).toUpperCase() + words.slice(1);
  }
  if (text === '') return 'Value';
  // "percent" -> "Percent"; a label with capitals is the file's own and kept.
  return text === text.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

const PERCENT_WORDS = /%|\bpercent|\bpct\b|\bproportion\b|\bshare\b|\bpercentage\b/i;
const RATE_WORDS = /\brate\b|_rate\b|\bratio\b|\bper (?:100|1,?000)\b/i;
const COUNT_WORDS = /#|\bcount\b|\bnumber\b|\bnum\b|\btotal\b|\benrol+ment\b|\bincidents?\b|\bstudents\b|\bn\b/i;

export function unitFromWords(label: string, sampleValues: number[] = []): MetricUnit {
  const words = label.replace(/_/g, ' ');
  if (PERCENT_WORDS.test(words)) return 'percent';
  if (RATE_WORDS.test(words)) {
    // Most "rates" in school files (pass rate, graduation rate) are percentages.
    return sampleValues.every((value) => value >= 0 && value <= 100) ? 'percent' : 'rate';
  }
  if (COUNT_WORDS.test(words)) return 'count';
  return 'number';
}

const LOWER_IS_BETTER = /absent|absenteeism|chronic|suspen|expul|disciplin|incident|dropout|drop out|referral|truan|bully|restrain|seclusion|arrest|retention|retained|not met|did not meet|below basic|level 1\b|failing|fail\b|violen|overrepresent/i;
const HIGHER_IS_BETTER = /proficien|pass|graduat|level 3|level 4|met\b|meets|meeting|exceed|mastered|masters|approaches|attendance rate|completion|college|career|ready|readiness|growth|achievement|score|scale|advanced|on[- ]track|persist/i;

export function directionFromWords(label: string): boolean | null {
  const words = label.replace(/_/g, ' ');
  if (LOWER_IS_BETTER.test(words)) return false;
  if (HIGHER_IS_BETTER.test(words)) return true;
  return null;
}
