import { describe, expect, it } from 'vitest';
import { defaultPeriod, parseNumber, placeServerDetails, readUpdateForm, rowsFor, type ResultRow, type Translate } from './update-form-model';
import { changesBetween, withPrevious } from './revision-changes';
import type { ElementUpdate, UpdatePeriod } from './updates-api';

/** Messages come back as "key {vars}" so a test can see which message was chosen and what it names. */
const t: Translate = (key, vars) => (vars ? `${key} ${JSON.stringify(vars)}` : key);

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

function update(overrides: Partial<ElementUpdate>): ElementUpdate {
  return {
    id: 'u1',
    periodLabel: '2025-26',
    periodEndsOn: '2026-06-30',
    revision: 1,
    values: [],
    happened: null,
    why: null,
    nextSteps: null,
    actionStatus: null,
    percentComplete: null,
    correctionNote: null,
    source: 'app',
    author: 'Claire',
    createdAt: '2026-07-02T10:00:00Z',
    evidence: [],
    ...overrides,
  };
}

const rows: ResultRow[] = [
  { id: 'all', subgroup: null, isAdded: false },
  { id: 'g0', subgroup: 'English learners', isAdded: false },
  { id: 'new1', subgroup: null, isAdded: true },
];

describe('parseNumber', () => {
  it.each([
    ['54', 54],
    ['54.5', 54.5],
    ['54,5', 54.5],
    ['1,200', 1200],
    ['1,200.5', 1200.5],
    [' 72 % ', 72],
    ['-3', -3],
    ['', null],
    ['abc', Number.NaN],
    ['5e3', Number.NaN],
  ])('reads %j as %j', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });
});

describe('readUpdateForm for a measure', () => {
  const read = (entries: Record<string, string>, isCorrection = false) => readUpdateForm(form(entries), { kind: 'measure', rows, isCorrection, periodLabel: '2025-26', t });

  it('sends all students and each group that has something, with n only when typed', () => {
    const result = read({ 'value-all': '54,5', 'n-all': '320', 'value-g0': '41', 'subgroup-new1': 'Students with disabilities', 'value-new1': '30', 'n-new1': '12', happened: ' Tutoring began ' });
    expect(result.errors).toEqual({});
    expect(result.body).toEqual({
      periodLabel: '2025-26',
      values: [
        { subgroup: null, value: 54.5, n: 320 },
        { subgroup: 'English learners', value: 41 },
        { subgroup: 'Students with disabilities', value: 30, n: 12 },
      ],
      happened: 'Tutoring began',
    });
    expect(result.sentRows).toEqual(['all', 'g0', 'new1']);
  });

  it('names the field of each mistake', () => {
    const result = read({ 'value-all': 'fifty', 'n-all': '3.5', 'value-g0': '', 'n-g0': '12', 'value-new1': '7' });
    expect(result.errors).toEqual({
      'value-all': 'updates.check.number {"field":"updates.allStudents"}',
      'n-all': 'updates.check.count {"field":"updates.allStudents"}',
      'value-g0': 'updates.check.valueForN {"field":"English learners"}',
      'subgroup-new1': 'updates.check.groupName',
    });
  });

  it('refuses a group listed twice and an empty update', () => {
    expect(read({ 'value-g0': '4', 'subgroup-new1': 'english learners', 'value-new1': '5' }).errors).toEqual({ 'subgroup-new1': 'updates.check.groupTwice {"group":"english learners"}' });
    expect(read({}).errors).toEqual({ 'value-all': 'updates.check.nothing' });
    expect(read({ happened: 'Data not released yet' }).errors).toEqual({});
  });

  it('asks for a correction note when the period already has an update', () => {
    expect(read({ 'value-all': '55' }, true).errors).toEqual({ correctionNote: 'updates.check.correctionNote' });
    expect(read({ 'value-all': '55', correctionNote: 'Final numbers' }, true).body.correctionNote).toBe('Final numbers');
  });
});

describe('readUpdateForm for an action', () => {
  const read = (entries: Record<string, string>) => readUpdateForm(form(entries), { kind: 'action', rows: [], isCorrection: false, periodLabel: null, t });

  it('sends the status and percent, and no period for a mailed link', () => {
    expect(read({ actionStatus: 'on_track', percentComplete: '40' }).body).toEqual({ actionStatus: 'on_track', percentComplete: 40 });
  });

  it('needs a status and a percent within 0-100', () => {
    expect(read({ percentComplete: '140' }).errors).toEqual({ actionStatus: 'updates.check.status', percentComplete: 'updates.check.percent' });
  });
});

describe('placeServerDetails', () => {
  it('moves /values/N pointers onto the row that was sent as entry N', () => {
    const details = [
      { path: '/values/1/n', message: 'must be 0 or more' },
      { path: '/values/2/subgroup', message: 'too long' },
      { path: '/values/0', message: 'bad' },
      { path: '/values', message: 'too many' },
      { path: '/correctionNote', message: 'is required' },
    ];
    expect(placeServerDetails(details, ['all', 'g0', 'new1']).map((detail) => detail.path)).toEqual(['/n-g0', '/subgroup-new1', '/value-all', '/value-all', '/correctionNote']);
  });
});

describe('rows and periods', () => {
  it('lists all students, the known groups, then groups only the last revision had', () => {
    const previous = update({ values: [{ subgroup: 'Foster youth', value: 3, n: 9 }, { subgroup: 'English learners', value: 1, n: 2 }] });
    expect(rowsFor({ subgroups: ['English learners'] }, previous).map((row) => row.subgroup)).toEqual([null, 'English learners', 'Foster youth']);
  });

  const period = (label: string, state: UpdatePeriod['state']): UpdatePeriod => ({ label, state, startsOn: '', endsOn: '', dueOn: '', closesOn: '' });
  it('opens on the asked period, else the overdue one, else the due one, else the latest done', () => {
    const periods = [period('Q1', 'done'), period('Q2', 'overdue'), period('Q3', 'due'), period('Q4', 'upcoming')];
    expect(defaultPeriod({ periods }, 'Q3')).toBe('Q3');
    expect(defaultPeriod({ periods }, 'Q9')).toBe('Q2');
    expect(defaultPeriod({ periods: periods.filter((p) => p.state !== 'overdue') }, null)).toBe('Q3');
    expect(defaultPeriod({ periods: [period('Q1', 'done'), period('Q2', 'done')] }, null)).toBe('Q2');
    expect(defaultPeriod({ periods: [] }, null)).toBeNull();
  });
});

describe('revision changes', () => {
  const first = update({ id: 'a', revision: 1, values: [{ subgroup: null, value: 52, n: 300 }, { subgroup: 'English learners', value: 40, n: 50 }], happened: 'Started' });
  const second = update({ id: 'b', revision: 2, values: [{ subgroup: null, value: 54, n: 300 }], happened: 'Started', why: 'Final data', correctionNote: 'State release' });

  it('lists what a correction changed, value by value and field by field', () => {
    expect(changesBetween(first, second)).toEqual([
      { field: 'value', subgroup: null, from: 52, to: 54 },
      { field: 'value', subgroup: 'English learners', from: 40, to: null },
      { field: 'n', subgroup: 'English learners', from: 50, to: null },
      { field: 'why', from: null, to: 'Final data' },
    ]);
    expect(changesBetween(null, first)).toEqual([]);
  });

  it('pairs each revision with the one before it in the same period', () => {
    const other = update({ id: 'c', periodLabel: '2026-27', revision: 1 });
    expect(withPrevious([other, second, first]).map(({ update, previous }) => [update.id, previous?.id ?? null])).toEqual([
      ['c', null],
      ['b', 'a'],
      ['a', null],
    ]);
  });
});
