import { compareRepresentation, type Representation } from '../compare-representation.js';
import { choicesOf } from '../likert-scales.js';
import type { ResponseTable } from '../response-table.js';
import type { LocalizedText, SurveyDocument, SurveyQuestion } from '../survey-format.js';
import { matchPopulationGroup, populationDimensions, type PopulationDimension, type PopulationGroup } from './population-groups.js';

export interface DimensionRepresentation extends Representation {
  dimension: PopulationDimension;
  /** The demographic question the respondents' groups are read from. */
  question_key: string;
  question_text: LocalizedText;
  /** Options matched to no population group (e.g. "Prefer not to say"): left out of both shares. */
  unmatched_options: { key: string; label: LocalizedText }[];
  /** A respondent may choose more than one group (a multiple-choice question): shares may add past 100. */
  is_multiple: boolean;
}

/** The first demographic question of each kind the population is entered by. */
export function demographicQuestionsByDimension(document: SurveyDocument): Map<PopulationDimension, SurveyQuestion> {
  const found = new Map<PopulationDimension, SurveyQuestion>();
  for (const question of document.questions) {
    const kind = question.demographic;
    if (typeof kind === 'string' && (populationDimensions as readonly string[]).includes(kind) && !found.has(kind as PopulationDimension)) found.set(kind as PopulationDimension, question);
  }
  return found;
}

/** The option of the survey's school question that names this school (by key or by a label in any language). */
export function schoolOptionOf(document: SurveyDocument, school: string): { questionKey: string; optionKey: string } | null {
  const question = document.questions.find((q) => q.demographic === 'school');
  if (!question || !school) return null;
  const wanted = school.trim().toLowerCase();
  const option = choicesOf(question).find((o) => o.key.toLowerCase() === wanted || Object.values(o.text).some((text) => text.trim().toLowerCase() === wanted));
  return option ? { questionKey: question.key, optionKey: option.key } : null;
}

/**
 * Who answered a survey against who the district (or one school) serves, one comparison per
 * dimension the survey asks about and the population holds. Respondents are counted from the
 * survey's demographic question of that kind; each option is matched to a population group
 * (matchPopulationGroup) and the rest listed as unmatched. With `school`, only the respondents who
 * chose that school are counted. Counts are protected inside compareRepresentation.
 */
export function surveyRepresentation(options: {
  document: SurveyDocument;
  table: ResponseTable;
  population: readonly { dimension: PopulationDimension; groups: readonly PopulationGroup[] }[];
  school?: { questionKey: string; optionKey: string } | null;
  threshold: number;
  gapPoints: number;
}): DimensionRepresentation[] {
  const { document, table, threshold, gapPoints } = options;
  const inSchool = schoolFilter(table, options.school ?? null);
  const results: DimensionRepresentation[] = [];
  for (const [dimension, question] of demographicQuestionsByDimension(document)) {
    const groups = options.population.find((list) => list.dimension === dimension)?.groups ?? [];
    if (!groups.length) continue;
    const choices = choicesOf(question);
    const column = table.column(question.key);
    if (!column || (column.kind !== 'choice' && column.kind !== 'multi')) continue;
    const perOption = new Array<number>(choices.length).fill(0);
    for (let row = 0; row < table.size; row++) {
      if (!inSchool(row)) continue;
      if (column.kind === 'choice') {
        const code = column.codes[row]!;
        if (code > 0) perOption[code - 1]!++;
      } else {
        for (let c = 0; c < choices.length; c++) if (column.bits[row * column.words + (c >>> 5)]! & (1 << (c & 31))) perOption[c]!++;
      }
    }
    const respondents: Record<string, number> = {};
    const unmatched: DimensionRepresentation['unmatched_options'] = [];
    choices.forEach((option, index) => {
      const group = matchPopulationGroup(dimension, { key: option.key, labels: Object.values(option.text) }, groups);
      if (group) respondents[group.key] = (respondents[group.key] ?? 0) + perOption[index]!;
      else unmatched.push({ key: option.key, label: option.text });
    });
    results.push({
      dimension,
      question_key: question.key,
      question_text: question.text,
      unmatched_options: unmatched,
      is_multiple: column.kind === 'multi',
      ...compareRepresentation({ respondents, population: groups, threshold, gapPoints }),
    });
  }
  return results;
}

function schoolFilter(table: ResponseTable, school: { questionKey: string; optionKey: string } | null): (row: number) => boolean {
  if (!school) return () => true;
  const column = table.column(school.questionKey);
  if (!column || column.kind !== 'choice') return () => false;
  const code = column.choices.indexOf(school.optionKey) + 1;
  return (row) => column.codes[row] === code;
}
