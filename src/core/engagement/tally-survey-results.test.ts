import { describe, expect, it } from 'vitest';
import { ResponseTable } from './response-table.js';
import { answerKey, type Answers, type SurveyDocument, type SurveyQuestion } from './survey-format.js';
import { breakdownQuestions, NO_GROUP, STAKEHOLDER_GROUP_BREAKDOWN, tallySurveyResults } from './tally-survey-results.js';

const options = (...keys: string[]) => keys.map((key) => ({ key, text: { en: key, es: `${key} (es)` } }));
const q = (key: string, fields: Partial<SurveyQuestion>): SurveyQuestion => ({ key, type: 'text', text: { en: key }, ...fields });
const document: SurveyDocument = {
  format: 'survey/v1',
  title: { en: 'T' },
  mode: 'anonymous',
  languages: ['en', 'es'],
  questions: [
    q('safe', { type: 'likert', scale: 'agreement-4' }),
    q('role', { type: 'single', options: options('parent', 'student', 'staff'), demographic: 'role' }),
    q('topics', { type: 'multi', options: options('food', 'buses') }),
    q('priorities', { type: 'rank', options: options('x', 'y') }),
    q('children', { type: 'number' }),
    q('school', { type: 'matrix', scale: 'satisfaction-4', items: options('food', 'buses') }),
    q('comments', { type: 'text' }),
  ],
};
const S = { suppressed: true, reason: 'small_group' };
const C = { suppressed: true, reason: 'complement' };

/** 12 parents, 8 staff, 2 students and 1 who did not say: threshold 5 hides students, no answer and (as complement) staff. */
function responses(): Answers[] {
  const list: Answers[] = [];
  for (let i = 0; i < 12; i++) list.push({ role: 'parent', safe: i < 9 ? 'agree' : 'disagree', topics: i < 6 ? ['food', 'buses'] : ['buses'], priorities: i < 7 ? ['x', 'y'] : ['y'], children: i + 1, school: { food: 'satisfied' }, comments: 'ok' });
  for (let i = 0; i < 8; i++) list.push({ role: 'staff', safe: 'strongly_agree', children: 0, school: i < 3 ? { buses: 'dissatisfied' } : {} });
  for (let i = 0; i < 2; i++) list.push({ role: 'student', safe: 'strongly_disagree', topics: ['food'] });
  list.push({ safe: 'agree' });
  return list;
}
const table = ResponseTable.of(document, responses());

describe('breakdownQuestions', () => {
  it('offers single-choice and Likert questions, demographic ones first', () => {
    expect(breakdownQuestions(document).map((question) => question.key)).toEqual(['role', 'safe']);
  });
});

describe('tallySurveyResults without a breakdown', () => {
  const results = tallySurveyResults({ surveyId: 's1', document, table, by: null, threshold: 5 });
  const question = (key: string) => results.questions.find((result) => result.key === key)!;

  it('counts everyone in one group', () => {
    expect(results).toMatchObject({ survey_id: 's1', respondents: 23, threshold: 5, by: null });
    expect(results.groups).toEqual([{ key: 'all', label: expect.any(Object), respondents: 23 }]);
  });

  it.each([
    ['safe', 23, [['strongly_disagree', 2], ['disagree', 3], ['agree', 10], ['strongly_agree', 8]]],
    ['role', 22, [['parent', 12], ['student', 2], ['staff', 8]]],
    ['topics', 14, [['food', 8], ['buses', 12]]],
  ])('%s: answered and each option, small counts of a large group shown', (key, answered, rows) => {
    expect(question(key).answered).toEqual({ all: answered });
    expect(question(key).options!.map((option) => [option.key, option.counts.all])).toEqual(rows);
  });

  it('ranks: mean position and first choices', () => {
    expect(question('priorities').answered).toEqual({ all: 12 });
    expect(question('priorities').ranking!.map((r) => [r.key, r.mean_rank.all, r.first.all])).toEqual([['x', 1, 7], ['y', 1.58, 5]]);
  });

  it('summarises numbers', () => {
    expect(question('children').summary).toEqual({ all: { n: 20, mean: 3.9, median: 2.5, min: 0, max: 12 } });
  });

  it('counts matrix items apart, and an item answered by too few is hidden', () => {
    const [food, buses] = question('school').items!;
    expect(question('school').answered).toEqual({ all: 15 });
    expect(food!.answered).toEqual({ all: 12 });
    expect(food!.options.find((o) => o.key === 'satisfied')!.counts).toEqual({ all: 12 });
    expect(buses!.answered).toEqual({ all: S });
    expect(buses!.options.every((o) => JSON.stringify(o.counts.all) === JSON.stringify(S))).toBe(true);
  });

  it('counts text answers without keeping them', () => {
    expect(question('comments')).toEqual({ key: 'comments', type: 'text', text: { en: 'comments' }, answered: { all: 12 } });
  });

  it('hides everything when fewer than the threshold responded', () => {
    const few = tallySurveyResults({ surveyId: 's1', document, table: ResponseTable.of(document, responses().slice(0, 4)), by: null, threshold: 5 });
    expect(few.respondents).toEqual(S);
    expect(JSON.stringify(few.questions)).not.toMatch(/"all":\d/);
  });

  it('shows zeros for a survey nobody answered yet', () => {
    const none = tallySurveyResults({ surveyId: 's1', document, table: new ResponseTable(document), by: null, threshold: 5 });
    expect(none.respondents).toBe(0);
    expect(none.questions[0]!.answered).toEqual({ all: 0 });
    expect(none.questions.find((r) => r.key === 'children')!.summary).toEqual({ all: S });
  });
});

describe('tallySurveyResults broken down by role', () => {
  const results = tallySurveyResults({ surveyId: 's1', document, table, by: 'role', threshold: 5 });
  const question = (key: string) => results.questions.find((result) => result.key === key)!;

  it('has a group per option and one for those who did not say; small ones hidden, the smallest other as complement', () => {
    expect(results.by).toBe('role');
    expect(results.groups.map((group) => [group.key, group.respondents])).toEqual([['all', 23], ['parent', 12], ['student', S], ['staff', C], ['no_answer', S]]);
    expect(results.groups[1]!.label).toEqual({ en: 'parent', es: 'parent (es)' });
  });

  it('hides every cell of a hidden group in every question', () => {
    expect(question('safe').answered).toEqual({ all: 23, parent: 12, student: S, staff: C, no_answer: S });
    expect(question('safe').options!.find((o) => o.key === 'agree')!.counts).toEqual({ all: 10, parent: 9, student: S, staff: C, no_answer: S });
    expect(question('children').summary!.staff).toEqual(C);
    expect(question('priorities').ranking![0]!.mean_rank).toEqual({ all: 1, parent: 1, student: S, staff: C, no_answer: S });
  });

  it('hides a shown group\'s question when too few of it answered, with a complement', () => {
    // Topics: 12 parents and 2 students answered; students are hidden, so 2 people could be worked out... but
    // student+staff+no answer are hidden already and hold 2 answers: parents must go too.
    expect(question('topics').answered).toEqual({ all: 14, parent: C, student: S, staff: C, no_answer: S });
  });

  it("hides the sizes of hidden groups in the breakdown question's own total column", () => {
    expect(question('role').answered.all).toEqual(C);
    expect(question('role').options!.map((o) => [o.key, o.counts.all])).toEqual([['parent', 12], ['student', C], ['staff', C]]);
  });

  it('breaks down by a Likert question too', () => {
    const byLikert = tallySurveyResults({ surveyId: 's1', document, table, by: 'safe', threshold: 5 });
    expect(byLikert.groups.map((g) => g.key)).toEqual(['all', 'strongly_disagree', 'disagree', 'agree', 'strongly_agree', 'no_answer']);
    expect(byLikert.groups.map((g) => g.respondents)).toEqual([23, S, S, 10, 8, 0]);
  });

  it('refuses a question it cannot break down by', () => {
    expect(() => tallySurveyResults({ surveyId: 's1', document, table, by: 'topics', threshold: 5 })).toThrow();
  });
});

describe('tallySurveyResults broken down by stakeholder group', () => {
  // The same 23 responses, each through the group of its role: families 12, staff 8, board 2, and 1 through the public link.
  const groupOfRole: Record<string, string> = { parent: 'g-families', staff: 'g-staff', student: 'g-board' };
  const list = responses();
  const grouped = ResponseTable.of(document, list, list.map((answers) => groupOfRole[answers.role as string] ?? null));
  const stakeholderGroups = [
    { id: 'g-families', name: 'Families' },
    { id: 'g-staff', name: 'Teachers and staff' },
    { id: 'g-board', name: 'Board' },
    { id: 'g-students', name: 'Students' },
  ];
  const results = tallySurveyResults({ surveyId: 's1', document, table: grouped, by: STAKEHOLDER_GROUP_BREAKDOWN, threshold: 5, stakeholderGroups });
  const question = (key: string) => results.questions.find((result) => result.key === key)!;

  it('cannot be mistaken for a question key', () => {
    expect(answerKey.safeParse(STAKEHOLDER_GROUP_BREAKDOWN).success).toBe(false);
    expect(answerKey.safeParse('stakeholder_group').success).toBe(true);
  });

  it('has a column per group in the order given, named in every language, and one for no group last', () => {
    expect(results.by).toBe(STAKEHOLDER_GROUP_BREAKDOWN);
    expect(results.groups.map((group) => group.key)).toEqual(['all', 'g-families', 'g-staff', 'g-board', 'g-students', NO_GROUP]);
    expect(results.groups[1]!.label).toEqual({ en: 'Families', es: 'Families' });
    expect(results.groups[5]!.label).toEqual({ en: 'No group (public link)', es: 'Sin grupo (enlace público)' });
  });

  it('hides a small group, the no-group responses, and the smallest other as complement; an unheard group shows 0', () => {
    expect(results.groups.map((group) => group.respondents)).toEqual([23, 12, C, S, 0, S]);
    expect(question('safe').answered).toEqual({ all: 23, 'g-families': 12, 'g-staff': C, 'g-board': S, 'g-students': 0, no_group: S });
    expect(question('safe').options!.find((o) => o.key === 'agree')!.counts).toEqual({ all: 10, 'g-families': 9, 'g-staff': C, 'g-board': S, 'g-students': 0, no_group: S });
    expect(question('children').summary!['g-board']).toEqual(S);
  });

  it('protects every question afresh, the demographic ones too (no question is the breakdown)', () => {
    // Role: 22 answered (the one of no group skipped it); a group hidden for its size stays hidden in every question.
    expect(question('role').answered).toEqual({ all: 22, 'g-families': 12, 'g-staff': C, 'g-board': S, 'g-students': 0, no_group: S });
    expect(question('role').options!.find((o) => o.key === 'student')!.counts.all).toBe(2);
  });

  it('counts a response of a group not listed (removed from the cycle) as of no group', () => {
    const fewer = tallySurveyResults({ surveyId: 's1', document, table: grouped, by: STAKEHOLDER_GROUP_BREAKDOWN, threshold: 5, stakeholderGroups: stakeholderGroups.slice(0, 2) });
    // Board's 2 join the 1 of no group: 3, still hidden, and staff hidden beside them.
    expect(fewer.groups.map((group) => [group.key, group.respondents])).toEqual([['all', 23], ['g-families', 12], ['g-staff', C], [NO_GROUP, S]]);
  });
});
