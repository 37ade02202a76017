import type { z } from 'zod';
import type { Locale } from '../../../core/i18n/format-message.js';
import { ObservationBody, requiredText } from '../retreats/retreats.schema.js';
import { SwotBody } from '../retreats/swot.schema.js';
import { OBSERVATION_MAX, type PageProblem } from './render-room-chart.js';
import { SWOT_TEXT_MAX } from './render-swot-board.js';
import { retreatWordsIn, type RetreatPageKey } from './retreat-page-messages.js';
import { NAME_MAX } from './render-retreat-page.js';

/**
 * The room's form posts read with the JSON API's own schemas, each refusal turned into the words
 * said next to its field (the page speaks to a person, the API's English is for programs).
 */
type Issue = z.core.$ZodIssue;

function textProblem(issue: Issue, max: number, sent: string): { key: RetreatPageKey; values?: Record<string, number> } {
  if (issue.code === 'too_big') return { key: 'textTooLong', values: { max, count: [...sent.trim()].length } };
  if (issue.code === 'custom') return { key: 'badCharacters' };
  return { key: 'textNeeded' };
}

/** A guest's name: its problem in the reader's words, else the name. */
export function readJoinName(name: string, locale: Locale): { name: string } | { problem: PageProblem } {
  const parsed = requiredText(NAME_MAX).safeParse(name);
  if (parsed.success) return { name: parsed.data };
  const word = retreatWordsIn(locale);
  const issue = parsed.error.issues[0]!;
  const message = issue.code === 'too_big' ? word('nameTooLong', { max: NAME_MAX }) : issue.code === 'custom' ? word('badCharacters') : word('nameNeeded');
  return { problem: { form: 'join', field: 'name', message } };
}

/** An observation from the form of one chart. */
export function readObservationForm(fields: { chart: string; kind: string; body: string }, locale: Locale): { values: z.infer<typeof ObservationBody> } | { problem: PageProblem } {
  const parsed = ObservationBody.safeParse({ chart_id: fields.chart, kind: fields.kind, body: fields.body });
  if (parsed.success) return { values: parsed.data };
  const word = retreatWordsIn(locale);
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  if (field === 'kind') return { problem: { form: 'observation', target: fields.chart, field: 'kind', message: word('kindNeeded') } };
  if (field === 'body') {
    const { key, values } = textProblem(issue, OBSERVATION_MAX, fields.body);
    return { problem: { form: 'observation', target: fields.chart, field: 'body', message: word(key, values) } };
  }
  return { problem: { form: 'observation', target: fields.chart, field: 'form', message: word('chartGone') } };
}

/** A SWOT item from the board's form. */
export function readSwotForm(fields: { quadrant: string; text: string }, locale: Locale): { values: z.infer<typeof SwotBody> } | { problem: PageProblem } {
  const parsed = SwotBody.safeParse({ quadrant: fields.quadrant, text: fields.text });
  if (parsed.success) return { values: parsed.data };
  const word = retreatWordsIn(locale);
  const issue = parsed.error.issues[0]!;
  if (issue.path[0] === 'quadrant') return { problem: { form: 'swot', field: 'quadrant', message: word('quadrantNeeded') } };
  const { key, values } = textProblem(issue, SWOT_TEXT_MAX, fields.text);
  return { problem: { form: 'swot', field: 'text', message: word(key, values) } };
}
