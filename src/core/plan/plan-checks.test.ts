import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFlatPlan, checkPlan, MAX_GOALS, MAX_MEASURES, MAX_STRATEGIES, planCheckCodes, type PlanCheck } from './plan-checks.js';
import { flattenPlan } from './format/plan-tree.js';
import { everyFieldPlan } from './format/fixtures/every-field-plan.js';
import type { Action, Goal, Measure, PlanDocument, Strategy } from './format/plan-format.schema.js';

const planOf = (goals: Goal[], levelNames?: PlanDocument['plan']['level_names']): PlanDocument => ({
  format: 'strategic-plan/v1',
  organization: { name: 'X', kind: 'district' },
  plan: { title: 'T', goals, ...(levelNames ? { level_names: levelNames } : {}) },
});
/** A plan with one goal G1 holding one strategy G1.S1 (owned, with the given fields) and these actions. */
const withActions = (actions: Action[], strategy: Partial<Strategy> = {}) => planOf([{ key: 'G1', title: 'Goal', strategies: [{ key: 'G1.S1', title: 'Strategy', owner: 'Chief', actions, ...strategy }] }]);
const codesOf = (checks: PlanCheck[], key?: string | null) => checks.filter((c) => key === undefined || c.key === key).map((c) => c.code);

const complete: Action = { key: 'G1.S1.A1', title: 'Do it', owner: 'Ana', due: '2027-03-31', evidence: 'memo' };

describe('checkPlan: actions', () => {
  it.each<[string, Partial<Action>, Partial<Strategy>, string[]]>([
    ['an owned, dated action with evidence passes', {}, {}, []],
    ['no owner', { owner: undefined }, {}, ['action_missing_owner']],
    ['a blank owner is no owner', { owner: '  ' }, {}, ['action_missing_owner']],
    ['no due date, timeline or dated milestone', { due: undefined }, {}, ['action_missing_dates']],
    ['a timeline alone passes the dates check, with an info', { due: undefined, timeline: 'Summer 2027' }, {}, ['action_timeline_only']],
    ['a blank timeline is no timeline', { due: undefined, timeline: ' ' }, {}, ['action_missing_dates']],
    ['a dated milestone is a date', { due: undefined, evidence: undefined, milestones: [{ title: 'x', due: '2027-01-01' }] }, {}, []],
    ['an undated milestone is no date, but is a result', { due: undefined, evidence: undefined, milestones: [{ title: 'x' }] }, {}, ['action_missing_dates']],
    ['due before start', { start: '2027-04-01' }, {}, ['action_due_before_start']],
    ['no evidence, no milestones, no strategy measure', { evidence: undefined }, {}, ['action_missing_measurable_result']],
    ['an empty milestone list is no result', { evidence: undefined, milestones: [] }, {}, ['action_missing_measurable_result']],
    ['a measure on the strategy is a result', { evidence: undefined }, { measures: [{ key: 'G1.S1.M1', name: 'm', owner: 'o', baseline: { period: { label: 'a' }, value: 1 }, targets: [{ period: { label: 'b' }, value: 2 }], direction: 'increase' }] }, []],
    ['a canceled action is not checked', { owner: undefined, due: undefined, evidence: undefined, status: 'canceled' }, {}, []],
    ['everything missing', { owner: undefined, due: undefined, evidence: undefined }, {}, ['action_missing_owner', 'action_missing_dates', 'action_missing_measurable_result']],
  ])('%s', (_name, action, strategy, codes) => expect(codesOf(checkPlan(withActions([{ ...complete, ...action }], strategy)), 'G1.S1.A1')).toEqual(codes));

  it.each<[string, string | undefined, Partial<Action>, boolean]>([
    ['without today nothing is overdue', undefined, {}, false],
    ['due yesterday and on track', '2027-04-01', { status: 'on_track' }, true],
    ['due today is not yet overdue', '2027-03-31', {}, false],
    ['a timestamp is cut to its day', '2027-04-01T08:00:00Z', {}, true],
    ['complete is never overdue', '2028-01-01', { status: 'complete' }, false],
  ])('overdue: %s', (_name, today, action, overdue) => {
    const checks = checkPlan(withActions([{ ...complete, ...action }]), today ? { today } : {});
    expect(codesOf(checks).includes('action_overdue')).toBe(overdue);
  });

  it('names the element in the plan’s own words, with the field to fix', () => {
    const doc = withActions([{ key: 'G1.S1.A1', title: 'Train teachers', due: '2027-01-01', evidence: 'x' }]);
    doc.plan.level_names = { action: 'Action step' };
    expect(checkPlan(doc)).toEqual([
      { key: 'G1.S1.A1', level: 'action', code: 'action_missing_owner', severity: 'warning', message: 'Action step G1.S1.A1 "Train teachers" has no owner.', field: 'owner' },
    ]);
  });
});

describe('checkPlan: strategies', () => {
  it.each<[string, Partial<Strategy>, string[]]>([
    ['owned', {}, []],
    ['no owner', { owner: undefined }, ['strategy_missing_owner']],
    ['blank owner', { owner: '' }, ['strategy_missing_owner']],
  ])('%s', (_name, strategy, codes) => expect(codesOf(checkPlan(withActions([], strategy)), 'G1.S1')).toEqual(codes));

  it('says which goal the strategy is under', () => {
    const [check] = checkPlan(planOf([{ key: 'P1', title: 'Literacy', strategies: [{ key: 'P1.I1', title: 'Coaching' }] }], { goal: 'Priority', strategy: 'Initiative' }));
    expect(check?.message).toBe('Initiative P1.I1 "Coaching" (under Priority P1 "Literacy") has no owner.');
  });
});

describe('checkPlan: complexity', () => {
  const goals = (n: number, kind: Goal['kind'] = 'goal'): Goal[] => Array.from({ length: n }, (_, i) => ({ key: `${kind}${i}`, kind, title: 'g' }));
  const measures = (n: number): Measure[] => Array.from({ length: n }, (_, i) => ({ key: `M${i}`, name: 'm' }));
  const strategies = (n: number): Strategy[] => Array.from({ length: n }, (_, i) => ({ key: `S${i}`, title: 's', owner: 'o' }));
  it.each<[string, Goal[], string[]]>([
    [`${MAX_GOALS} goals are fine`, goals(MAX_GOALS), []],
    [`${MAX_GOALS + 1} goals are too many`, goals(MAX_GOALS + 1), ['plan_too_many_goals']],
    ['interim goals and guardrails do not count as goals', [...goals(MAX_GOALS), ...goals(5, 'guardrail'), ...goals(5, 'interim_goal')], []],
    [`${MAX_MEASURES} board measures are fine`, [{ key: 'G', title: 'g', measures: measures(MAX_MEASURES) }], []],
    ['board measures count across goals and guardrails', [{ key: 'G', title: 'g', measures: measures(20) }, { key: 'GR', kind: 'guardrail', title: 'g', measures: measures(6).map((m) => ({ ...m, key: 'GR' + m.key })) }], ['plan_too_many_measures']],
    ['strategy measures are not board measures', [{ key: 'G', title: 'g', strategies: [{ key: 'S', title: 's', owner: 'o', measures: measures(MAX_MEASURES + 5) }] }], []],
    [`${MAX_STRATEGIES + 1} strategies are too many`, [{ key: 'G', title: 'g', strategies: strategies(MAX_STRATEGIES + 1) }], ['plan_too_many_strategies']],
  ])('%s', (_name, plan, codes) => expect(codesOf(checkPlan(planOf(plan)), null)).toEqual(codes));

  it('says how many and what limit', () => {
    expect(checkPlan(planOf(goals(9)))[0]).toMatchObject({ key: null, level: 'plan', severity: 'warning', message: expect.stringContaining('9 goals; past 7') });
  });
});

describe('checkPlan on the every-field plan', () => {
  const checks = checkPlan(everyFieldPlan);
  it.each<[string, string[]]>([
    ['P1.V1', []],
    ['P1.V2', ['measure_missing_owner', 'measure_baseline_without_value', 'measure_missing_targets']],
    ['P1.I1', []],
    ['P1.I1.V1', ['measure_missing_owner', 'measure_missing_baseline']],
    ['P1.I1.T1', []],
    ['P1.I1.T2', ['action_missing_owner', 'action_timeline_only']],
    ['P1.I1.T3', []],
    ['P1.I2', ['strategy_missing_owner']],
    ['P1.IG1.V1', ['measure_missing_owner', 'measure_missing_baseline', 'measure_missing_targets']],
    ['GR-1.V1', ['measure_missing_owner', 'measure_missing_baseline']],
    ['P2', []],
  ])('%s -> %j', (key, codes) => expect(codesOf(checks, key)).toEqual(codes));

  it('uses only the codes it declares', () => expect(checks.every((c) => (planCheckCodes as readonly string[]).includes(c.code))).toBe(true));

  it('gives the same findings from the editor’s rows', () => {
    const { header, elements } = flattenPlan(everyFieldPlan);
    expect(checkFlatPlan([...elements].reverse(), header, { today: '2030-01-01' })).toEqual(checkPlan(everyFieldPlan, { today: '2030-01-01' }));
  });
});

const riverbendPath = fileURLToPath(new URL('../../../../shared/spec/examples/riverbend-2026-2031.json', import.meta.url));
const hasRiverbend = existsSync(riverbendPath);
describe.skipIf(!hasRiverbend)(`checkPlan on the Riverbend example${hasRiverbend ? '' : ` (skipped: ${riverbendPath} is absent)`}`, () => {
  const riverbend = () => JSON.parse(readFileSync(riverbendPath, 'utf8')) as PlanDocument;
  it.each<[string, string[]]>([
    ['G1.M1', []],
    ['G1.M2', ['measure_missing_owner']],
    ['G1.S1', []],
    ['G1.S1.M1', ['measure_missing_owner']],
    ['G1.S1.A1', []],
    // A timeline ("Summer 2027") passes the dates check; the info says no reminder can be scheduled.
    ['G1.S1.A2', ['action_timeline_only']],
    ['G1.I1.M1', ['measure_missing_owner']],
    ['GR1.M1', ['measure_missing_owner', 'measure_missing_baseline']],
    [null as unknown as string, []],
  ])('%s -> %j', (key, codes) => expect(codesOf(checkPlan(riverbend()), key)).toEqual(codes));

  it('finds G1.S1.A1 overdue once its due date has passed', () => {
    expect(codesOf(checkPlan(riverbend(), { today: '2027-04-15' }), 'G1.S1.A1')).toEqual(['action_overdue']);
  });

  it('speaks the plan’s vocabulary', () => {
    const message = checkPlan(riverbend()).find((c) => c.key === 'G1.M2')?.message;
    expect(message).toMatch(/^Key performance indicator G1\.M2 "Percent of K-2 students at benchmark on the winter\.\.\." has no owner/);
  });
});

describe('checkPlan: targets outside the plan years', () => {
  const measure = (targets: string[], endsOn?: string): Measure => ({
    key: 'G1.M1',
    name: 'Reading',
    owner: 'Ana',
    unit: 'percent',
    direction: 'increase',
    baseline: { period: { label: '2025-26' }, value: 40 },
    targets: targets.map((label) => ({ period: { label, ...(endsOn ? { ends_on: endsOn } : {}) }, value: 50 })),
  });
  const plan = (m: Measure, period: PlanDocument['plan']['period'] = { start: { label: '2026-27' }, end: { label: '2030-31' } }): PlanDocument => ({
    ...planOf([{ key: 'G1', title: 'Goal', measures: [m] }]),
    plan: { ...planOf([{ key: 'G1', title: 'Goal', measures: [m] }]).plan, period },
  });
  it.each<[string, string[], number]>([
    ['inside the years', ['2027-28', '2030-31'], 0],
    ['after the last year', ['2027-28', '2035-36'], 1],
    ['before the first year', ['2024-25'], 1],
    ['a label no calendar reads is left alone', ['By the end of the plan'], 0],
  ])('%s', (_, targets, count) => {
    const found = checkPlan(plan(measure(targets))).filter((c) => c.code === 'measure_target_outside_plan');
    expect(found).toHaveLength(count);
  });
  it('names the target and the plan year it passes', () => {
    const [check] = checkPlan(plan(measure(['2035-36']))).filter((c) => c.code === 'measure_target_outside_plan');
    expect(check).toMatchObject({ key: 'G1.M1', severity: 'warning', field: 'targets', message: 'Measure G1.M1 "Reading" has a target for 2035-36, after the plan ends (2030-31).' });
  });
  it('says nothing for a plan without years', () => expect(codesOf(checkPlan(planOf([{ key: 'G1', title: 'Goal', measures: [measure(['2035-36'])] }])))).not.toContain('measure_target_outside_plan'));
});
