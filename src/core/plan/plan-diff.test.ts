import { describe, expect, it } from 'vitest';
import { comparePlans, diffWords, type PlanComparison } from './plan-diff.js';
import { everyFieldPlan } from './format/fixtures/every-field-plan.js';
import type { PlanDocument } from './format/plan-format.schema.js';

type Edit = (plan: PlanDocument) => void;
const edited = (edit: Edit) => {
  const copy = structuredClone(everyFieldPlan);
  edit(copy);
  return copy;
};
const goal = (plan: PlanDocument, i: number) => plan.plan.goals[i]!;
const actions = (plan: PlanDocument) => goal(plan, 0).strategies![0]!.actions!;

/** What a comparison says, in short: "added:KEY", "changed:KEY:field,field", "moved:KEY", "plan:field". */
const outline = (c: PlanComparison) => [
  ...c.plan.map((f) => `plan:${f.field}`),
  ...c.added.map((e) => `added:${e.key}`),
  ...c.removed.map((e) => `removed:${e.key}`),
  ...c.changed.map((e) => `changed:${e.key}:${e.changes.map((f) => f.field).join(',')}`),
  ...c.moved.map((e) => `moved:${e.key}`),
];

describe('comparePlans', () => {
  it('finds nothing between a plan and its copy', () => {
    const comparison = comparePlans(everyFieldPlan, structuredClone(everyFieldPlan));
    expect(comparison).toEqual({ isSame: true, plan: [], added: [], removed: [], changed: [], moved: [] });
  });

  it.each<[string, Edit, string[]]>([
    ['a new mission', (p) => void (p.plan.mission = 'We prepare every learner to lead.'), ['plan:mission']],
    ['a value renamed', (p) => void (p.plan.values![1]!.name = 'Curiosity'), ['plan:values']],
    ['the organization renamed', (p) => void (p.organization.name = 'Lakeshore Schools'), ['plan:organization.name']],
    ['a goal added at the end', (p) => void p.plan.goals.push({ key: 'P3', title: 'Talent' }), ['added:P3']],
    ['the first action removed: the others shift but did not move', (p) => void actions(p).shift(), ['removed:P1.I1.T1']],
    ['an action inserted first: the others shift but did not move', (p) => void actions(p).unshift({ key: 'P1.I1.T0', title: 'Kick-off' }), ['added:P1.I1.T0']],
    ['two actions swapped: one of them moved', (p) => void actions(p).splice(0, 2, actions(p)[1]!, actions(p)[0]!), ['moved:P1.I1.T1']],
    ['the last action brought to the front', (p) => void actions(p).unshift(actions(p).pop()!), ['moved:P1.I1.T3']],
    ['a measure moved to another goal', (p) => void (goal(p, 3).measures = [goal(p, 0).measures!.pop()!]), ['moved:P1.V2']],
    ['a measure moved and renamed', (p) => void (goal(p, 3).measures = [{ ...goal(p, 0).measures!.pop()!, name: 'Absences' }]), ['changed:P1.V2:name', 'moved:P1.V2']],
    ['a title and a status changed', (p) => void Object.assign(actions(p)[1]!, { title: 'Summer institute 2026', status: 'on_track' }), ['changed:P1.I1.T2:status,title']],
    ['a field removed', (p) => void delete goal(p, 0).rationale, ['changed:P1:rationale']],
    ['a number in a target changed', (p) => void (goal(p, 0).measures![0]!.targets![1]!.value = 65), ['changed:P1.V1:targets']],
    ['a goal made a guardrail', (p) => void (goal(p, 3).kind = 'guardrail'), ['changed:P2:kind']],
    ['an empty child list dropped is not a change', (p) => void delete goal(p, 3).strategies, []],
    ['a key reused by another kind is a removal and an addition', (p) => {
      const measure = goal(p, 0).strategies![0]!.measures!.pop()!;
      actions(p).push({ key: measure.key, title: 'Count teachers' });
    }, ['removed:P1.I1.V1', 'added:P1.I1.V1']],
    ['object key order is not a change', (p) => void (p.plan.extensions = { empty: {}, approved_by: ['Board', 'Union'], local_plan_code: 'L2030' }), []],
  ])('%s', (_name, edit, summary) => {
    const comparison = comparePlans(everyFieldPlan, edited(edit));
    expect(outline(comparison).sort()).toEqual([...summary].sort());
    expect(comparison.isSame).toBe(summary.length === 0);
  });

  it('gives before and after values and a word diff of text fields', () => {
    const comparison = comparePlans(everyFieldPlan, edited((p) => void (p.plan.vision = 'A district where every student is known by name and need.')));
    expect(comparison.plan).toEqual([
      {
        field: 'vision',
        before: 'A district where every student is known by name, strength and need.',
        after: 'A district where every student is known by name and need.',
        textDiff: [
          { op: 'equal', text: 'A district where every student is known by name' },
          { op: 'delete', text: ', strength' },
          { op: 'equal', text: ' and need.' },
        ],
      },
    ]);
  });

  it.each<[string, Edit, string, unknown, unknown, boolean]>([
    ['a text field added diffs from nothing', (p) => void (goal(p, 3).description = 'Health and belonging'), 'P2', undefined, 'Health and belonging', true],
    ['a text field removed diffs to nothing', (p) => void delete goal(p, 0).description, 'P1', 'Reading by third grade.', undefined, true],
    ['a number is not text', (p) => void (actions(p)[0]!.percent_complete = 90), 'P1.I1.T1', 100, 90, false],
    ['a list is not text', (p) => void (actions(p)[0]!.contributors = ['Principals']), 'P1.I1.T1', ['Principals', 'Teacher leaders'], ['Principals'], false],
  ])('%s', (_name, edit, key, before, after, hasTextDiff) => {
    const [change] = comparePlans(everyFieldPlan, edited(edit)).changed.find((c) => c.key === key)!.changes;
    expect(change).toMatchObject({ before, after });
    expect(change!.textDiff !== undefined).toBe(hasTextDiff);
  });

  it('a removed text field reads as one deletion', () => {
    const change = comparePlans(everyFieldPlan, edited((p) => void delete goal(p, 0).description)).changed[0]!.changes[0]!;
    expect(change.textDiff).toEqual([{ op: 'delete', text: 'Reading by third grade.' }]);
  });

  it('says where a moved element came from and went to', () => {
    const comparison = comparePlans(everyFieldPlan, edited((p) => void (goal(p, 3).measures = [goal(p, 0).measures!.pop()!])));
    expect(comparison.moved).toEqual([{ key: 'P1.V2', kind: 'measure', title: 'Chronic absenteeism K-3', parentKey: 'P2', position: 0, from: { parentKey: 'P1', position: 1 }, to: { parentKey: 'P2', position: 0 } }]);
  });

  it('lists additions in document order with their place', () => {
    const comparison = comparePlans(everyFieldPlan, edited((p) => void goal(p, 3).strategies!.push({ key: 'P2.S1', title: 'Counselors', actions: [{ key: 'P2.S1.A1', title: 'Hire' }] })));
    expect(comparison.added).toEqual([
      { key: 'P2.S1', kind: 'strategy', title: 'Counselors', parentKey: 'P2', position: 0 },
      { key: 'P2.S1.A1', kind: 'action', title: 'Hire', parentKey: 'P2.S1', position: 0 },
    ]);
  });

  it('re-exports diffWords', () => expect(diffWords('a', 'b')).toEqual([{ op: 'delete', text: 'a' }, { op: 'insert', text: 'b' }]));
});
