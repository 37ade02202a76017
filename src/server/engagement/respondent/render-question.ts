import { choicesOf, textIn } from '../../../core/engagement/likert-scales.js';
import type { LocalizedText, SurveyOption, SurveyQuestion } from '../../../core/engagement/survey-format.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { answerField, rankField, type FormFields } from './form-fields.js';
import { orderedOptions } from './option-order.js';
import type { SurveyPageMessageKey } from './survey-page-messages.js';

/** What drawing one question needs: the reader's language, the respondent's seed and what they answered. */
export interface QuestionContext {
  /** The survey language the page is in, and the survey's languages to fall back on. */
  language: string;
  languages: readonly string[];
  /** The page's own words in HTML, marked lang="en" where English stands in for a text the district has not translated. */
  say: (key: SurveyPageMessageKey, values?: Record<string, string | number>) => string;
  /** Shuffles randomised options the same way each time this respondent's page is drawn. */
  seed: string;
  fields: FormFields;
  /** Why the respondent's answer to each question was refused, in their words. */
  errors: ReadonlyMap<string, string[]>;
}

const ids = {
  question: (key: string) => `q-${key}`,
  help: (key: string) => `q-${key}-help`,
  error: (key: string) => `q-${key}-error`,
  input: (key: string, suffix?: string) => (suffix ? `a-${key}-${suffix}` : `a-${key}`),
};
export const questionAnchor = ids.question;

/**
 * One question as native form controls that work without any script: a fieldset and legend around
 * every group of choices (Likert as a radio group, a matrix as a table of radio groups, a rank as
 * numbered selects), a label on every field, the help and any error tied to the field.
 */
export function renderQuestion(question: SurveyQuestion, ctx: QuestionContext): string {
  const text = (value: LocalizedText) => escapeHtml(textIn(value, ctx.language, ctx.languages));
  const key = question.key;
  const errors = ctx.errors.get(key) ?? [];
  const hints = hintsOf(question, ctx);
  const help = [question.help ? text(question.help) : '', ...hints].filter(Boolean);
  const describedBy = [help.length ? ids.help(key) : '', errors.length ? ids.error(key) : ''].filter(Boolean).join(' ');
  const describedAttr = describedBy ? ` aria-describedby="${describedBy}"` : '';
  const title = `${text(question.text)}${question.required ? ` <span class="req">(${ctx.say('required')})</span>` : ''}`;
  const helpHtml = help.length ? `<p class="help" id="${ids.help(key)}">${help.join(' ')}</p>` : '';
  const errorHtml = errors.length ? `<p class="error" id="${ids.error(key)}">${errors.map(escapeHtml).join(' ')}</p>` : '';
  const data = [
    `data-key="${escapeHtml(key)}"`,
    `data-type="${question.type}"`,
    question.required ? 'data-required="true"' : '',
    question.show_if ? `data-show-if="${escapeHtml(JSON.stringify(question.show_if))}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const classes = `question${errors.length ? ' invalid' : ''}`;
  const values = (name: string) => ctx.fields[name] ?? [];

  if (question.type === 'number' || question.type === 'text') {
    const id = ids.input(key);
    const value = values(answerField(key))[0] ?? '';
    const invalid = errors.length ? ' aria-invalid="true"' : '';
    const required = question.required ? ' aria-required="true"' : '';
    let control: string;
    if (question.type === 'number') {
      const bounds = `${question.min !== undefined ? ` min="${question.min}"` : ''}${question.max !== undefined ? ` max="${question.max}"` : ''}`;
      control = `<input type="number" id="${id}" name="${answerField(key)}" inputmode="${question.integer ? 'numeric' : 'decimal'}" step="${question.integer ? '1' : 'any'}"${bounds} value="${escapeHtml(value)}"${describedAttr}${invalid}${required}>`;
    } else if (question.long) {
      const limit = question.max_length ? ` maxlength="${question.max_length}"` : '';
      control = `<textarea id="${id}" name="${answerField(key)}" rows="5"${limit}${describedAttr}${invalid}${required}>${escapeHtml(value)}</textarea>`;
    } else {
      const limit = ` maxlength="${question.max_length ?? 500}"`;
      control = `<input type="text" id="${id}" name="${answerField(key)}"${limit} value="${escapeHtml(value)}" autocomplete="off"${describedAttr}${invalid}${required}>`;
    }
    return `<div class="${classes}" id="${ids.question(key)}" ${data}><label for="${id}">${title}</label>${helpHtml}${errorHtml}${control}</div>`;
  }

  const body =
    question.type === 'matrix'
      ? matrixTable(question, ctx, text)
      : question.type === 'rank'
        ? rankList(question, ctx, text)
        : choiceList(question, ctx, text);
  return `<fieldset class="${classes}" id="${ids.question(key)}" ${data}${describedAttr}><legend>${title}</legend>${helpHtml}${errorHtml}${body}</fieldset>`;
}

type TextOf = (value: LocalizedText) => string;

/** Single, multi and Likert: one labelled radio or checkbox per choice, each a large target. */
function choiceList(question: SurveyQuestion, ctx: QuestionContext, text: TextOf): string {
  const name = answerField(question.key);
  const chosen = new Set(ctx.fields[name] ?? []);
  const type = question.type === 'multi' ? 'checkbox' : 'radio';
  // A scale keeps its order (lowest to highest); only listed options may be shuffled.
  const choices = question.type === 'likert' ? choicesOf(question) : orderedOptions(question, choicesOf(question), ctx.seed);
  const items = choices
    .map((option) => {
      const id = ids.input(question.key, option.key);
      return `<label class="choice" for="${id}"><input type="${type}" id="${id}" name="${name}" value="${escapeHtml(option.key)}"${chosen.has(option.key) ? ' checked' : ''}><span>${text(option.text)}</span></label>`;
    })
    .join('');
  return `<div class="choices${question.type === 'likert' ? ' scale' : ''}">${items}</div>`;
}

/**
 * A matrix: on a wide screen a table, items down and scale points across, every radio named by its
 * row and column; on a phone the same table stacks, each item with its points written out.
 */
function matrixTable(question: SurveyQuestion, ctx: QuestionContext, text: TextOf): string {
  const key = question.key;
  const points = choicesOf(question);
  const pointId = (point: SurveyOption) => `q-${key}-p-${point.key}`;
  const itemId = (item: SurveyOption) => `q-${key}-i-${item.key}`;
  const head = `<thead><tr><td></td>${points.map((point) => `<th scope="col" id="${pointId(point)}">${text(point.text)}</th>`).join('')}</tr></thead>`;
  const rows = orderedOptions(question, question.items ?? [], ctx.seed)
    .map((item) => {
      const name = answerField(key, item.key);
      const chosen = ctx.fields[name]?.[0];
      const cells = points
        .map((point) => {
          const id = ids.input(key, `${item.key}-${point.key}`);
          return `<td><label class="cell" for="${id}"><input type="radio" id="${id}" name="${name}" value="${escapeHtml(point.key)}" aria-labelledby="${itemId(item)} ${pointId(point)}"${chosen === point.key ? ' checked' : ''}><span aria-hidden="true">${text(point.text)}</span></label></td>`;
        })
        .join('');
      return `<tr><th scope="row" id="${itemId(item)}">${text(item.text)}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="matrix">${head}<tbody>${rows}</tbody></table>`;
}

/** A rank: each option with a select of places (1 for the first), which works with no script at all. */
function rankList(question: SurveyQuestion, ctx: QuestionContext, text: TextOf): string {
  const options = orderedOptions(question, choicesOf(question), ctx.seed);
  const places = Math.min(question.max_choices ?? options.length, options.length);
  const items = options
    .map((option) => {
      const id = ids.input(question.key, option.key);
      const name = rankField(question.key, option.key);
      const current = ctx.fields[name]?.[0] ?? '';
      // A dash for "no place yet" reads the same in every language.
      const choices = ['<option value="">—</option>']
        .concat(Array.from({ length: places }, (_, i) => `<option value="${i + 1}"${current === String(i + 1) ? ' selected' : ''}>${i + 1}</option>`))
        .join('');
      return `<li><label for="${id}">${text(option.text)}</label><select id="${id}" name="${name}">${choices}</select></li>`;
    })
    .join('');
  return `<ol class="rank">${items}</ol>`;
}

/** The instruction under a question in the page's own words: how many to choose, what number. */
function hintsOf(question: SurveyQuestion, ctx: QuestionContext): string[] {
  const { say } = ctx;
  switch (question.type) {
    case 'multi':
      return [question.max_choices ? say('chooseUpTo', { max: question.max_choices }) : say('chooseAny')];
    case 'rank': {
      const count = question.options?.length ?? 0;
      return [question.max_choices && question.max_choices < count ? say('rankTop', { max: question.max_choices }) : say('rankAll')];
    }
    case 'number': {
      const hints: string[] = [];
      if (question.min !== undefined && question.max !== undefined) hints.push(say('numberBetween', { min: question.min, max: question.max }));
      else if (question.min !== undefined) hints.push(say('numberAtLeast', { min: question.min }));
      else if (question.max !== undefined) hints.push(say('numberAtMost', { max: question.max }));
      if (question.integer && hints.length === 0) hints.push(say('wholeNumber'));
      return hints;
    }
    case 'text':
      return question.max_length ? [say('maxLength', { max: question.max_length })] : [];
    default:
      return [];
  }
}
