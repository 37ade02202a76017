import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AnswerValue, SurveyDocument, SurveyQuestion } from '../../../core/engagement/survey-format.js';
import { textIn } from '../../../core/engagement/likert-scales.js';
import { notFound } from '../../errors.js';
import { surveyResponsesRepo } from './survey-responses.repo.js';
import { surveysRepo } from './surveys.repo.js';
import type { Cell } from './survey-spreadsheets.js';

/**
 * Every response as a row and every question as a column (a matrix one column per item; multiple
 * choice and ranking their keys joined by "; " in order), with its channel, language, date and the
 * stakeholder group it came through (empty for none).
 * Who answered appears only for identified surveys, and only when the reader may see identities
 * (administrators): never beside an anonymous or a confidential survey's answers. An anonymous
 * response's date is its day only, as stored.
 */
export async function exportSurveyResponses(options: { db: Kysely<DB>; organizationId: string; surveyId: string; mayReadIdentities: boolean; language: string }) {
  const { db, organizationId, surveyId } = options;
  const survey = await surveysRepo.find(db, organizationId, surveyId);
  if (!survey) throw notFound('Survey');
  const document = survey.document as SurveyDocument;
  // A confidential survey keeps who answered for follow-up and de-duplication, never beside the
  // answers, so only an identified survey's export names respondents.
  const withIdentity = options.mayReadIdentities && document.mode === 'identified';
  const columns: Array<{ question: SurveyQuestion; item: string | null; header: string }> = document.questions.flatMap((question) => (question.type === 'matrix' ? (question.items ?? []).map((item) => ({ question, item: item.key as string | null, header: `${question.key}.${item.key}` })) : [{ question, item: null, header: question.key }]));
  const header = ['response_id', 'submitted', 'language', 'channel', 'stakeholder_group', ...(withIdentity ? ['respondent_name', 'respondent_email'] : []), ...columns.map((column) => column.header)];
  const responses = await surveyResponsesRepo.listForExport(db, organizationId, surveyId);
  const rows: Cell[][] = responses.map((response) => {
    const answers = (response.answers ?? {}) as Record<string, AnswerValue>;
    const submitted = new Date(response.submitted_at).toISOString();
    return [
      response.id,
      document.mode === 'anonymous' ? submitted.slice(0, 10) : submitted,
      response.locale,
      response.channel,
      response.stakeholder_group,
      ...(withIdentity ? [response.respondent_name, response.respondent_email] : []),
      ...columns.map(({ question, item }) => cellOf(answers[question.key], item)),
    ];
  });
  const fallbacks = document.languages;
  const language = document.languages.includes(options.language) ? options.language : document.languages[0]!;
  const questionRows: Cell[][] = columns.map(({ question, item, header: key }) => [
    key,
    question.type,
    textIn(question.text, language, fallbacks),
    item ? textIn(question.items!.find((candidate) => candidate.key === item)!.text, language, fallbacks) : '',
  ]);
  return { title: survey.title, header, rows, questionRows };
}

function cellOf(value: AnswerValue | undefined, item: string | null): Cell {
  if (value === undefined) return null;
  if (item !== null) return typeof value === 'object' && !Array.isArray(value) ? (value[item] ?? null) : null;
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}
