import { describe, expect, it } from 'vitest';
import type { PrintBlock, PrintTable } from '../../plan/documents/printout-blocks.js';
import { compareRepresentation } from '../compare-representation.js';
import { synthesizeFocusGroups } from '../focus-groups/synthesize-focus-groups.js';
import { ResponseTable } from '../response-table.js';
import type { Answers, SurveyDocument, SurveyQuestion } from '../survey-format.js';
import { STAKEHOLDER_GROUP_BREAKDOWN, tallySurveyResults } from '../tally-survey-results.js';
import { buildEngagementSummary, type EngagementSummaryInput, type SummarySurvey } from './build-engagement-summary.js';
import { spreadQuotes } from './summary-focus-groups.js';
import { distinctQuotes } from './summary-themes.js';
import { summaryWords } from './summary-words.js';

const options = (...keys: string[]) => keys.map((key) => ({ key, text: { en: `${key} (en)`, es: `${key} (es)` } }));
const q = (key: string, fields: Partial<SurveyQuestion>): SurveyQuestion => ({ key, type: 'text', text: { en: `Question ${key}`, es: `Pregunta ${key}` }, ...fields });
const document: SurveyDocument = {
  format: 'survey/v1',
  title: { en: 'Family survey', es: 'Encuesta a familias' },
  mode: 'confidential',
  languages: ['en', 'es'],
  questions: [
    q('role', { type: 'single', options: options('parent', 'student', 'staff'), demographic: 'role' }),
    q('safe', { type: 'likert', scale: 'agreement-4' }),
    q('topics', { type: 'multi', options: options('food', 'buses') }),
    q('priorities', { type: 'rank', options: options('x', 'y') }),
    q('children', { type: 'number' }),
    q('school', { type: 'matrix', scale: 'satisfaction-4', items: options('food', 'buses') }),
    q('comments', { type: 'text' }),
  ],
};

/** 12 parents, 8 staff, 2 students and 1 who did not say: threshold 5 hides students, no answer and (as complement) staff. */
function responses(): Answers[] {
  const list: Answers[] = [];
  for (let i = 0; i < 12; i++) list.push({ role: 'parent', safe: i < 9 ? 'agree' : 'disagree', topics: i < 6 ? ['food', 'buses'] : ['buses'], priorities: ['x', 'y'], children: i + 1, school: { food: 'satisfied' }, comments: 'ok' });
  for (let i = 0; i < 8; i++) list.push({ role: 'staff', safe: 'strongly_agree', children: 0, school: i < 3 ? { buses: 'dissatisfied' } : {} });
  for (let i = 0; i < 2; i++) list.push({ role: 'student', safe: 'strongly_disagree', topics: ['food'] });
  list.push({ safe: 'agree' });
  return list;
}
const results = tallySurveyResults({ surveyId: 's1', document, table: ResponseTable.of(document, responses()), by: 'role', threshold: 5 });

const survey = (overrides: Partial<SummarySurvey> = {}): SummarySurvey => ({
  document,
  status: 'closed',
  openedAt: '2026-03-02T15:00:00Z',
  closedAt: '2026-03-20T15:00:00Z',
  closesAt: null,
  phaseName: 'Listen',
  groupName: 'Families',
  results,
  representation: {
    dimensions: [
      {
        dimension: 'role',
        question_key: 'role',
        question_text: document.questions[0]!.text,
        unmatched_options: [],
        is_multiple: false,
        ...compareRepresentation({ respondents: { families: 12, students: 2, teachers: 8 }, population: [{ key: 'families', label: 'Parents and families', count: 600 }, { key: 'students', label: 'Students', count: 300 }, { key: 'teachers', label: 'Teachers', count: 100 }], threshold: 5, gapPoints: 10 }),
      },
    ],
    missingPopulation: ['home_language'],
    gapPoints: 10,
  },
  themes: [{ questionKey: 'comments', status: 'done', answers: 12, unsorted: 1, newAnswers: 0, themes: [{ label: 'Buses late', count: 7, quotes: ['The bus is late', 'Late again', 'Too early', 'never printed'] }, { label: 'Food', count: 4, quotes: [] }] }],
  ...overrides,
});

const build = (overrides: Partial<EngagementSummaryInput> = {}) =>
  buildEngagementSummary({ organizationName: 'Lakeshore Schools', scope: { kind: 'survey' }, preparedOn: '2026-04-01', words: summaryWords.en, surveys: [survey()], focusGroups: null, ...overrides });

const tables = (blocks: PrintBlock[]) => blocks.filter((block): block is PrintTable => block.kind === 'table');
const texts = (blocks: PrintBlock[]): string[] =>
  blocks.flatMap((block) => {
    switch (block.kind) {
      case 'cover':
        return [block.organizationName, block.title, ...block.lines];
      case 'heading':
      case 'paragraph':
        return [block.text];
      case 'facts':
        return block.items.flatMap((item) => [item.label, item.value]);
      case 'list':
        return block.items.flatMap((item) => [item.label ?? '', item.text]);
      case 'table':
        return [block.caption, ...block.headers, ...block.rows.flat(2)];
      default:
        return [];
    }
  });
const tableOf = (blocks: PrintBlock[], caption: string) => tables(blocks).find((table) => table.caption.includes(caption))!;
const column = (table: PrintTable, header: string) => table.rows.map((row) => row[table.headers.indexOf(header)]!.join(' '));

describe('buildEngagementSummary: hidden cells', () => {
  const blocks = build();
  const hidden = /^hidden( \(fewer than 5\))?$/;

  it.each([
    ['Answers to “Question safe”', 'student (en)'],
    ['Answers to “Question safe”', 'Did not say'],
    ['Answers to “Question safe”', 'staff (en)'],
    ['Answers to “Question topics”', 'student (en)'],
    ['Answers to “Question school”: food (en)', 'student (en)'],
    ['Ranking of “Question priorities”', 'Did not say'],
    ['Numbers given for “Question children”', 'student (en)'],
  ])('%s: every cell of the %s column is written as hidden, never as a number', (caption, header) => {
    const cells = column(tableOf(blocks, caption), header);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toMatch(hidden);
  });

  it('writes as many hidden cells in an option table as the results suppress', () => {
    const question = results.questions.find((result) => result.key === 'safe')!;
    const suppressed = [...question.options!.flatMap((option) => Object.values(option.counts)), ...Object.values(question.answered)].filter((count) => typeof count === 'object').length;
    const written = tableOf(blocks, 'Answers to “Question safe”').rows.flatMap((row) => row.slice(1)).filter((cell) => hidden.test(cell.join(' '))).length;
    expect(written).toBe(suppressed);
  });

  it('prints shown counts with their share of those who answered, and n answered last', () => {
    const table = tableOf(blocks, 'Answers to “Question safe”');
    expect(table.headers[0]).toBe('Answer');
    expect(table.hasTotalRow).toBe(true);
    expect(column(table, 'parent (en)')).toEqual(['0 0%', '3 25%', '9 75%', '0 0%', '12']);
    expect(table.rows.at(-1)![0]).toEqual(['n answered']);
  });

  it('writes a hidden representation count as hidden, and still names the flagged group in words', () => {
    const table = tableOf(blocks, 'Role: respondents');
    expect(table.rows[1]!.slice(1, 3).map((cell) => cell.join(''))).toEqual(['hidden (fewer than 5)', 'hidden (fewer than 5)']);
    expect(table.rows[1]![5]).toEqual(['Under-represented']);
    expect(texts(blocks)).toContain('Role: heard too little (more than 10 points below their share of the population): Students.');
  });
});

describe('buildEngagementSummary: broken down by stakeholder group', () => {
  const list = responses();
  const groupOfRole: Record<string, string> = { parent: 'g-families', staff: 'g-staff', student: 'g-board' };
  const table = ResponseTable.of(document, list, list.map((answers) => groupOfRole[answers.role as string] ?? null));
  const byGroup = tallySurveyResults({ surveyId: 's1', document, table, by: STAKEHOLDER_GROUP_BREAKDOWN, threshold: 5, stakeholderGroups: [{ id: 'g-families', name: 'Families' }, { id: 'g-staff', name: 'Staff' }, { id: 'g-board', name: 'Board' }] });
  const blocks = build({ surveys: [survey({ results: byGroup })] });

  it('says so, and heads a column per group by its name, the public link last', () => {
    expect(texts(blocks)).toContain(summaryWords.en.brokenDownByGroup);
    expect(tableOf(blocks, 'Answers to “Question safe”').headers).toEqual(['Answer', 'Everyone', 'Families', 'Staff', 'Board', 'No group (public link)']);
  });

  it('writes the small group, and the one that would give it away, as hidden', () => {
    const safe = tableOf(blocks, 'Answers to “Question safe”');
    for (const header of ['Staff', 'Board', 'No group (public link)']) for (const cell of column(safe, header)) expect(cell).toMatch(/^hidden/);
    expect(column(safe, 'Families').at(-1)).toBe('12');
  });
});

describe('buildEngagementSummary: sections', () => {
  it('opens with a cover naming the district, the survey, the phase, the group and the day', () => {
    expect(build()[0]).toEqual({ kind: 'cover', organizationName: 'Lakeshore Schools', initials: 'LS', title: 'Family survey', lines: ['Engagement summary', 'Phase: Listen', 'Stakeholder group: Families', 'Prepared on April 1, 2026'] });
  });

  it('says what was asked, when and how in plain words', () => {
    const facts = build().find((block) => block.kind === 'facts')!;
    expect(facts).toEqual({
      kind: 'facts',
      items: [
        { label: 'What was asked', value: '7 questions' },
        { label: 'When', value: 'Open from March 2, 2026 to March 20, 2026' },
        { label: 'How', value: expect.stringMatching(/^Confidential: names were kept/) },
        { label: 'Languages', value: 'English, Spanish' },
        { label: 'Respondents', value: '23' },
      ],
    });
  });

  it('gives each theme its count and at most three quotes, in the order given (starred first)', () => {
    const blocks = build();
    const index = blocks.findIndex((block) => block.kind === 'heading' && block.text === 'Buses late (7 answers)');
    expect(blocks[index + 1]).toEqual({ kind: 'list', items: [{ text: '“The bus is late”' }, { text: '“Late again”' }, { text: '“Too early”' }] });
    expect(texts(blocks)).not.toContain('“never printed”');
    expect(column(tableOf(blocks, 'Themes in the answers'), 'Share of answers')).toEqual(['58%', '33%']);
  });

  it.each([
    [['After-school tutoring.', 'after-school tutoring', 'Buses', ' ', 'Buses!'], ['After-school tutoring.', 'Buses']],
    [['A', 'B', 'C'], ['A', 'B', 'C']],
    [[], []],
  ])('prints a quote many wrote the same way once: %j', (quotes, expected) => {
    expect(distinctQuotes(quotes)).toEqual(expected);
  });

  it.each<[string, Partial<EngagementSummaryInput>, string]>([
    ['no responses', { surveys: [survey({ results: tallySurveyResults({ surveyId: 's1', document, table: ResponseTable.of(document, []), by: null, threshold: 5 }) })] }, 'No responses yet.'],
    ['no open question', { surveys: [survey({ document: { ...document, questions: document.questions.filter((question) => question.type !== 'text') } })] }, 'This survey asks no open question.'],
    ['themes not found', { surveys: [survey({ themes: [] })] }, 'Themes have not been found in these answers yet.'],
    ['themes being found', { surveys: [survey({ themes: [{ questionKey: 'comments', status: 'running', answers: 12, unsorted: 0, newAnswers: 0, themes: [] }] })] }, 'Themes are being found in these answers; download the summary again in a moment.'],
    ['no population question', { surveys: [survey({ representation: { dimensions: [], missingPopulation: [], gapPoints: 10 } })] }, expect.stringMatching(/^The survey asks no demographic question/) as unknown as string],
    ['population missing', {}, 'The district has not entered its population by language at home, so these answers are not compared.'],
    ['population missing twice', { surveys: [survey({ representation: { dimensions: [], missingPopulation: ['role', 'home_language'], gapPoints: 10 } })] }, 'The district has not entered its population by role and language at home, so these answers are not compared.'],
    ['a draft', { surveys: [survey({ status: 'draft', openedAt: null, closedAt: null })] }, 'A draft, not opened yet'],
    ['a phase without surveys', { scope: { kind: 'phase', cycleName: 'Strategic plan 2026', phaseName: 'Listen' }, surveys: [], focusGroups: { columns: [], rows: [] } }, 'No survey belongs to this phase yet.'],
    ['a phase without focus groups', { scope: { kind: 'phase', cycleName: 'Strategic plan 2026', phaseName: 'Listen' }, focusGroups: { columns: [], rows: [] } }, 'No focus group was held in this phase.'],
  ])('%s: says so', (_name, overrides, expected) => {
    expect(texts(build(overrides))).toContainEqual(expected);
  });

  it('leaves focus groups out of a one-survey summary', () => {
    expect(texts(build())).not.toContain('Focus groups');
  });
});

describe('buildEngagementSummary: a phase with focus groups', () => {
  const group = (id: string, constituency: 'families' | 'students', label: string | null) => ({ id, name: `Session ${id}`, date: '2026-03-10', constituency, language: 'es', label, participantCount: 8 });
  const focusGroups = synthesizeFocusGroups({
    groups: [group('a', 'families', 'Parents at Lincoln'), group('b', 'students', null), group('c', 'families', null)],
    themes: [{ id: 't1', name: 'Tutoring', description: '' }, { id: 't2', name: 'Buses', description: '' }],
    codes: [
      { focusGroupId: 'a', themeId: 't1', passage: null, noteText: '“More tutors”\n“After school help”' },
      { focusGroupId: 'b', themeId: 't1', passage: null, noteText: '“Homework club”' },
    ],
  });
  const blocks = build({ scope: { kind: 'phase', cycleName: 'Strategic plan 2026', phaseName: 'Listen' }, focusGroups });

  it('names the cycle and phase on the cover and gives each survey a part of its own', () => {
    expect(blocks[0]).toMatchObject({ title: 'Strategic plan 2026', lines: ['Engagement summary', 'Phase: Listen', '1 survey · 3 focus groups', 'Prepared on April 1, 2026'] });
    expect(blocks).toContainEqual({ kind: 'heading', level: 1, text: 'Family survey' });
    expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Results by question' });
  });

  it('counts the groups that raised each theme and names them', () => {
    const table = tableOf(blocks, 'Themes of the codebook');
    expect(table.rows).toEqual([
      [['Tutoring'], ['2 of 3'], ['Parents at Lincoln', 'Session b']],
      [['Buses'], ['0 of 3'], ['None']],
    ]);
  });

  it('quotes participants from different groups in turn', () => {
    const index = blocks.findIndex((block) => block.kind === 'heading' && block.text === 'What participants said: Tutoring');
    expect(blocks[index + 1]).toEqual({ kind: 'list', items: [{ label: 'Parents at Lincoln', text: '“More tutors”' }, { label: 'Session b', text: '“Homework club”' }, { label: 'Parents at Lincoln', text: '“After school help”' }] });
  });

  it.each([
    [[{ group: 'A', quotes: ['1', '2', '3', '4'] }], ['A1', 'A2', 'A3']],
    [[{ group: 'A', quotes: ['1'] }, { group: 'B', quotes: [] }, { group: 'C', quotes: ['1', '2'] }], ['A1', 'C1', 'C2']],
    [[{ group: 'A', quotes: [] }], []],
  ])('spreadQuotes %#', (cells, expected) => {
    expect(spreadQuotes(cells).map((quote) => quote.group + quote.text)).toEqual(expected);
  });
});

describe('buildEngagementSummary in Spanish', () => {
  const blocks = build({ words: summaryWords.es });
  const all = texts(blocks);

  it.each([
    'Resumen de participación',
    'Resultados por pregunta',
    'Quién participó, frente a la población que atiende el distrito',
    'Temas de las respuestas abiertas',
    'Preparado el 1 de abril de 2026',
    'Encuesta a familias',
    'n que respondieron',
    'oculto (menos de 5)',
    'parent (es)',
    '«The bus is late»',
  ])('prints %s', (expected) => {
    expect(all).toContain(expected);
  });

  it('prints no English heading or label of its own', () => {
    for (const word of ['Results by question', 'hidden', 'n answered', 'Answer', 'Prepared on']) expect(all.some((text) => text.includes(word))).toBe(false);
  });

  it('writes shares the Spanish way', () => {
    expect(column(tableOf(blocks, 'Respuestas a «Pregunta safe»'), 'parent (es)')[1]).toBe('3 25\u00a0%');
  });
});
