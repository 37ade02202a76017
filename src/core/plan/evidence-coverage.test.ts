import { describe, expect, it } from 'vitest';
import { citationSourcesOf, evidenceCoverage, type CoverageElement, type EvidenceSource } from './evidence-coverage.js';

const id = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const cite = {
  survey: { text: 'Family survey: 75% agree', link: { kind: 'survey_result', survey_id: id, question_key: 'welcome' } },
  quote: { text: '“Teachers greet us”', link: { kind: 'survey_quote', survey_id: id, question_key: 'why', response_id: id } },
  conversation: { text: '“Buses on time”', link: { kind: 'conversation_statement', conversation_id: id, statement_id: id } },
  focusGroup: { text: 'Focus groups: tutoring', link: { kind: 'focus_group_theme', cycle_id: id, theme_id: id } },
  comment: { text: '“Add a late bus” (parent)', link: { kind: 'public_comment', plan_id: id, comment_id: id } },
  commentTheme: { text: 'Late buses, 9 comments', link: { kind: 'public_comment_theme', plan_id: id, theme_id: id } },
  data: { text: 'Data retreat: reading flat for four years', url: 'https://example.org/r.pdf' },
  indicator: { text: 'ELA level 3+4, 2022-23: English learners 21%, 31 points below the district', link: { kind: 'evidence_indicator', metric: 'ela_level_3_4', by: 'group', period: '2022-23' } },
};
const withEvidence = (...items: unknown[]) => ({ title: 'x', extensions: { waymark_evidence: items } });
const element = (key: string, kind: CoverageElement['kind'], parentKey: string | null, fields: Record<string, unknown> = { title: key }): CoverageElement => ({
  id: `id-${key}`,
  parentId: parentKey === null ? null : `id-${parentKey}`,
  kind,
  key,
  fields,
});

describe('citationSourcesOf', () => {
  it.each<[string, Record<string, unknown>, EvidenceSource[]]>([
    ['no extensions', { title: 'x' }, []],
    ['evidence that is not a list', { extensions: { waymark_evidence: 'x' } }, []],
    ['each link kind by its source', withEvidence(cite.survey, cite.quote, cite.conversation, cite.focusGroup, cite.comment, cite.commentTheme), ['survey', 'survey', 'conversation', 'focus_group', 'public_comment', 'public_comment']],
    ['typed-in evidence is other evidence', withEvidence(cite.data), ['other']],
    ['an indicator of the district’s data is data', withEvidence(cite.indicator), ['data']],
    ['an unknown link kind is other evidence', withEvidence({ text: 'From a newer tool', link: { kind: 'hologram' } }), ['other']],
    ['an item without words is no citation', withEvidence({ text: '  ', link: cite.survey.link }, null, 'loose text'), []],
  ])('%s', (_, fields, expected) => {
    expect(citationSourcesOf(fields)).toEqual(expected);
  });
});

describe('evidenceCoverage', () => {
  const plan = [
    element('G1', 'goal', null, withEvidence(cite.survey)),
    element('G1.M1', 'measure', 'G1', withEvidence(cite.data)),
    element('G1.S1', 'strategy', 'G1', withEvidence(cite.comment, cite.focusGroup)),
    element('G1.S1.M1', 'measure', 'G1.S1', withEvidence(cite.conversation)),
    element('G1.S1.A1', 'action', 'G1.S1'),
    element('G2', 'goal', null),
    element('G2.S1', 'strategy', 'G2'),
    element('G3', 'goal', null),
    element('G3.M1', 'measure', 'G3', withEvidence(cite.data)),
    element('G3.M2', 'measure', 'G3', withEvidence(cite.indicator)),
  ];
  const coverage = evidenceCoverage(plan);

  it.each<[string, number, { total: number; isUncited: boolean; hasNoVoice: boolean; citing: string[] }]>([
    ['a goal whose strategies and measures cite every source', 0, { total: 5, isUncited: false, hasNoVoice: false, citing: ['G1.M1', 'G1.S1', 'G1.S1.M1'] }],
    ['a goal nothing under it cites', 1, { total: 0, isUncited: true, hasNoVoice: false, citing: [] }],
    ['a goal grounded in data but no voice', 2, { total: 2, isUncited: false, hasNoVoice: true, citing: ['G3.M1', 'G3.M2'] }],
  ])('%s', (_, at, expected) => {
    const goal = coverage[at]!;
    expect({ total: goal.total.total, isUncited: goal.isUncited, hasNoVoice: goal.hasNoVoice, citing: goal.citing.map((c) => c.key) }).toEqual(expected);
  });

  it('counts the goal’s own citations apart, and the whole goal by source', () => {
    expect(coverage.map((goal) => goal.goal.key)).toEqual(['G1', 'G2', 'G3']);
    expect(coverage[0]!.goal.counts).toEqual({ data: 0, survey: 1, conversation: 0, focus_group: 0, public_comment: 0, other: 0, total: 1 });
    expect(coverage[0]!.total).toEqual({ data: 0, survey: 1, conversation: 1, focus_group: 1, public_comment: 1, other: 1, total: 5 });
    expect(coverage[2]!.total).toMatchObject({ data: 1, other: 1, total: 2 });
  });

  it('has nothing to say of a plan without goals', () => {
    expect(evidenceCoverage([])).toEqual([]);
  });
});
