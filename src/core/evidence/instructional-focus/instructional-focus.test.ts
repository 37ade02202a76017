import { describe, expect, it } from 'vitest';
import { buildFocusPrintout } from './build-focus-printout.js';
import { emptyInstructionalFocus, isPageDone, pagesDone } from './focus-content.js';
import { instructionalFocusSchema, type InstructionalFocus } from './instructional-focus.js';
import { focusWords } from './instructional-focus-words.js';

const written = (): InstructionalFocus => ({
  focus: { goal: 'Every third grader reads on grade level', goalKey: 'G1', statement: 'Daily small-group reading with decodable texts', students: 'Grades K-3', rationale: 'Reading flat for four years' },
  evidence: { dataFindings: ['ELA level 3+4: 38% of English learners, 52% district'], whatWorks: ['Explicit phonics (WWC, strong)'], vitalSigns: ['DIBELS composite'] },
  strategies: { strategies: [{ name: 'Structured literacy', description: 'Phonics block', essaTier: '1', strategyKey: 'G1.S1', lookFors: ['Students decode aloud'] }] },
  commitments: { commitments: [{ who: 'Teachers', commitment: 'Teach the 30-minute block daily' }], support: ['Coaching cycles'], checkpoints: ['Winter benchmark'] },
});

describe('the Instructional Focus model', () => {
  it.each<[string, (focus: InstructionalFocus) => void, string | null]>([
    ['a whole focus', () => {}, null],
    ['a fourth strategy', (f) => (f.strategies.strategies = Array.from({ length: 4 }, () => f.strategies.strategies[0]!)), 'strategies.strategies'],
    ['a statement too long for its page', (f) => (f.focus.statement = 'x'.repeat(501)), 'focus.statement'],
    ['an empty data finding', (f) => (f.evidence.dataFindings = ['  ']), 'evidence.dataFindings.0'],
    ['an unknown evidence tier', (f) => ((f.strategies.strategies[0] as { essaTier: string }).essaTier = '5'), 'strategies.strategies.0.essaTier'],
    ['a commitment without who', (f) => (f.commitments.commitments = [{ who: '', commitment: 'x' }]), 'commitments.commitments.0.who'],
  ])('%s', (_, change, failingPath) => {
    const focus = written();
    change(focus);
    const result = instructionalFocusSchema.safeParse(focus);
    expect(result.success ? null : result.error.issues[0]!.path.join('.')).toBe(failingPath);
  });

  it.each<[string, (focus: InstructionalFocus) => void, string[]]>([
    ['all four pages', () => {}, ['focus', 'evidence', 'strategies', 'commitments']],
    ['a focus with no statement', (f) => (f.focus.statement = ' '), ['evidence', 'strategies', 'commitments']],
    ['no strategies and no commitments', (f) => ((f.strategies.strategies = []), (f.commitments.commitments = [])), ['focus', 'evidence']],
  ])('pages done: %s', (_, change, expected) => {
    const focus = written();
    change(focus);
    expect(pagesDone(focus)).toEqual(expected);
  });

  it('starts empty, with no page done', () => {
    expect(instructionalFocusSchema.parse(emptyInstructionalFocus())).toEqual(emptyInstructionalFocus());
    expect(isPageDone(emptyInstructionalFocus(), 'focus')).toBe(false);
  });
});

describe('buildFocusPrintout', () => {
  const input = (focus: InstructionalFocus, language: 'en' | 'es' = 'en') => ({ organizationName: 'Cedar Falls', cycleName: '2027 plan', focus, words: focusWords[language] });

  it('lays the four pages out with a break between each and none after the last', () => {
    const blocks = buildFocusPrintout(input(written()));
    expect(blocks.filter((block) => block.kind === 'pageBreak')).toHaveLength(3);
    expect(blocks.at(-1)!.kind).not.toBe('pageBreak');
    expect(blocks.filter((block) => block.kind === 'heading' && block.level === 1).map((block) => (block as { text: string }).text)).toEqual(['The focus', 'The evidence', 'The strategies', 'The commitments']);
  });

  it('says what each strategy rests on and who commits to what', () => {
    const blocks = buildFocusPrintout(input(written()));
    expect(blocks).toContainEqual({ kind: 'facts', items: [{ label: 'ESSA evidence tier', value: '1' }, { label: 'In the plan as', value: 'G1.S1' }] });
    expect(blocks).toContainEqual(expect.objectContaining({ kind: 'table', rows: [[['Teachers'], ['Teach the 30-minute block daily']]] }));
  });

  it('keeps an empty page as a page that says it is not written yet, in the reader’s language', () => {
    const blocks = buildFocusPrintout(input(emptyInstructionalFocus(), 'es'));
    expect(blocks.filter((block) => block.kind === 'pageBreak')).toHaveLength(3);
    expect(blocks.filter((block) => block.kind === 'paragraph' && block.text === 'Aún no está escrito.').length).toBeGreaterThanOrEqual(4);
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: 'Cedar Falls · 2027 plan · Enfoque Pedagógico · Página 1 de 4', tone: 'muted' });
  });
});
