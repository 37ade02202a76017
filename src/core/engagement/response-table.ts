import { choicesOf } from './likert-scales.js';
import type { Answers, SurveyDocument, SurveyQuestion } from './survey-format.js';

/**
 * One question's answers, one entry per response, in typed arrays so that tallying 100,000
 * responses is a few tight loops. Codes are 1-based indexes into the question's choices (see
 * choicesOf), 0 meaning no answer; text answers are not kept, only whether there was one.
 */
export type ResponseColumn =
  | { kind: 'choice'; question: SurveyQuestion; choices: string[]; codes: Uint8Array }
  | { kind: 'multi'; question: SurveyQuestion; choices: string[]; words: number; bits: Uint32Array }
  | { kind: 'rank'; question: SurveyQuestion; choices: string[]; positions: Uint8Array }
  | { kind: 'number'; question: SurveyQuestion; values: Float64Array }
  | { kind: 'matrix'; question: SurveyQuestion; choices: string[]; items: string[]; codes: Uint8Array }
  | { kind: 'text'; question: SurveyQuestion; answered: Uint8Array };

const INITIAL_CAPACITY = 256;

/**
 * A survey's responses as columns, appendable one response at a time (as they are read from the
 * database). Answers are expected to have passed checkAnswers; anything that is not a choice of
 * the question is kept as no answer rather than trusted.
 *
 * Layout per column: single and Likert a code per response; multi a bit per choice, packed in
 * 32-bit words; rank the position (1 = first) of each choice, 0 when not ranked; number a
 * Float64Array with NaN for no answer; matrix a code per item; text a 0/1 flag.
 */
export class ResponseTable {
  readonly columns: ReadonlyMap<string, ResponseColumn>;
  #size = 0;
  #capacity = INITIAL_CAPACITY;
  readonly #indexes = new Map<string, Map<string, number>>();
  readonly #list: ResponseColumn[];
  /**
   * The stakeholder group each response came through, beside the questions' columns: a 1-based
   * index into `groupIds` (the ids in the order first seen), 0 for none. Not a question, so the
   * document does not know the groups: they are learned as responses are appended.
   */
  #groupCodes = new Uint16Array(INITIAL_CAPACITY);
  readonly #groupIds: string[] = [];
  readonly #groupIndex = new Map<string, number>();

  constructor(readonly document: SurveyDocument) {
    const columns = new Map<string, ResponseColumn>();
    for (const question of document.questions) {
      const choices = choicesOf(question).map((option) => option.key);
      this.#indexes.set(question.key, new Map(choices.map((key, index) => [key, index])));
      columns.set(question.key, emptyColumn(question, choices, this.#capacity));
    }
    this.columns = columns;
    this.#list = [...columns.values()];
  }

  /** A table holding these responses (with `groups`, the stakeholder group of each, in the same order). */
  static of(document: SurveyDocument, responses: Iterable<Answers>, groups: readonly (string | null)[] = []): ResponseTable {
    const table = new ResponseTable(document);
    let row = 0;
    for (const answers of responses) table.append(answers, groups[row++] ?? null);
    return table;
  }

  get size(): number {
    return this.#size;
  }

  column(key: string): ResponseColumn | undefined {
    return this.columns.get(key);
  }

  /** The stakeholder groups seen so far, in the order first seen: code n is groupIds[n - 1]. */
  get groupIds(): readonly string[] {
    return this.#groupIds;
  }

  /** Each response's stakeholder group code (0: none); valid up to `size`. */
  get groupCodes(): Uint16Array {
    return this.#groupCodes;
  }

  append(answers: Answers, groupId: string | null = null): void {
    if (this.#size === this.#capacity) this.#grow();
    const row = this.#size++;
    if (groupId !== null) this.#groupCodes[row] = this.#groupCodeOf(groupId);
    for (const column of this.#list) {
      const value = answers[column.question.key];
      if (value === undefined) continue;
      const index = this.#indexes.get(column.question.key)!;
      switch (column.kind) {
        case 'choice':
          column.codes[row] = codeOf(index, value);
          break;
        case 'multi':
          if (Array.isArray(value)) {
            for (const choice of value) {
              const code = codeOf(index, choice);
              if (code > 0) column.bits[row * column.words + ((code - 1) >>> 5)]! |= 1 << ((code - 1) & 31);
            }
          }
          break;
        case 'rank':
          if (Array.isArray(value)) {
            const base = row * column.choices.length - 1;
            for (let position = 0; position < value.length; position++) {
              const code = codeOf(index, value[position]);
              if (code > 0 && column.positions[base + code] === 0) column.positions[base + code] = position + 1;
            }
          }
          break;
        case 'number':
          if (typeof value === 'number' && Number.isFinite(value)) column.values[row] = value;
          break;
        case 'matrix':
          if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
            const base = row * column.items.length;
            for (let item = 0; item < column.items.length; item++) {
              const choice = value[column.items[item]!];
              if (choice !== undefined) column.codes[base + item] = codeOf(index, choice);
            }
          }
          break;
        case 'text':
          column.answered[row] = typeof value === 'string' && value.length > 0 ? 1 : 0;
          break;
      }
    }
  }

  #groupCodeOf(groupId: string): number {
    let code = this.#groupIndex.get(groupId);
    if (code === undefined) {
      // 65,535 groups is far past any cycle's; beyond it a response counts as of no group.
      if (this.#groupIds.length === 0xffff) return 0;
      this.#groupIds.push(groupId);
      code = this.#groupIds.length;
      this.#groupIndex.set(groupId, code);
    }
    return code;
  }

  #grow(): void {
    this.#capacity *= 2;
    this.#groupCodes = grown(this.#groupCodes, this.#capacity);
    for (const column of this.columns.values()) {
      switch (column.kind) {
        case 'choice':
          column.codes = grown(column.codes, this.#capacity);
          break;
        case 'multi':
          column.bits = grown(column.bits, this.#capacity * column.words);
          break;
        case 'rank':
          column.positions = grown(column.positions, this.#capacity * column.choices.length);
          break;
        case 'number': {
          const values = new Float64Array(this.#capacity).fill(Number.NaN);
          values.set(column.values);
          column.values = values;
          break;
        }
        case 'matrix':
          column.codes = grown(column.codes, this.#capacity * column.items.length);
          break;
        case 'text':
          column.answered = grown(column.answered, this.#capacity);
          break;
      }
    }
  }
}

/** A choice's 1-based code, 0 for anything that is not one of the question's choices. */
function codeOf(index: ReadonlyMap<string, number>, choice: unknown): number {
  return typeof choice === 'string' ? (index.get(choice) ?? -1) + 1 : 0;
}

function emptyColumn(question: SurveyQuestion, choices: string[], capacity: number): ResponseColumn {
  switch (question.type) {
    case 'single':
    case 'likert':
      return { kind: 'choice', question, choices, codes: new Uint8Array(capacity) };
    case 'multi': {
      const words = Math.max(1, Math.ceil(choices.length / 32));
      return { kind: 'multi', question, choices, words, bits: new Uint32Array(capacity * words) };
    }
    case 'rank':
      return { kind: 'rank', question, choices, positions: new Uint8Array(capacity * choices.length) };
    case 'number':
      return { kind: 'number', question, values: new Float64Array(capacity).fill(Number.NaN) };
    case 'matrix': {
      const items = (question.items ?? []).map((item) => item.key);
      return { kind: 'matrix', question, choices, items, codes: new Uint8Array(capacity * items.length) };
    }
    case 'text':
      return { kind: 'text', question, answered: new Uint8Array(capacity) };
  }
}

function grown<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}
