import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './layout-timeline.js';
import { parseTemplate } from './parse-template.js';
import { addMonths, fromDayNumber, toDayNumber } from './calendar-dates.js';
import { smallTemplate } from './fixtures/small-template.js';

const shipped = (id: string) => parseTemplate(readFileSync(new URL(`../../../templates/${id}.json`, import.meta.url), 'utf8'), `templates/${id}.json`);

describe('layoutTimeline', () => {
  it('lays Louisiana out over 25 weeks in phases of 4, 6, 11 and 4 weeks', () => {
    const layout = layoutTimeline(shipped('louisiana-strong-school-systems'), '2026-08-03');
    expect(layout.totalDays).toBe(25 * 7);
    expect(layout.phases.map((p) => p.days / 7)).toEqual([4, 6, 11, 4]);
    expect(layout.phases.map((p) => [p.startDate, p.endDate])).toEqual([
      ['2026-08-03', '2026-08-30'],
      ['2026-08-31', '2026-10-11'],
      ['2026-10-12', '2026-12-27'],
      ['2026-12-28', '2027-01-24'],
    ]);
    expect(layout.endDate).toBe('2027-01-24');
    // Deliverable M closes the last phase; A is due at the end of the first week.
    expect(layout.deliverables.find((d) => d.letter === 'M')!.dueDate).toBe('2027-01-24');
    expect(layout.deliverables.find((d) => d.letter === 'A')!.dueDate).toBe('2026-08-09');
    // Four steering committees spread over the eleven weeks of phase 3, on the same weekday.
    expect(layout.sessions.filter((s) => s.sessionId === 'plan-steering-committees').map((s) => s.date)).toEqual(['2026-10-12', '2026-10-26', '2026-11-16', '2026-12-07']);
  });

  it('lays Koru check-ins out monthly across the enact phase', () => {
    const layout = layoutTimeline(shipped('koru-vision-and-strategy'), '2026-07-01');
    const checkIns = layout.sessions.filter((s) => s.sessionId === 'monthly-check-ins');
    expect(checkIns.map((s) => s.date)).toEqual(['2026-09-23', '2026-10-23', '2026-11-23', '2026-12-23', '2027-01-23', '2027-02-23', '2027-03-23']);
    const enact = layout.phases.find((p) => p.phaseId === 'enact')!;
    expect(checkIns.every((s) => s.date >= enact.startDate && s.date <= enact.endDate)).toBe(true);
    expect(checkIns.every((s) => s.lengthMinutes === 60)).toBe(true);
  });

  it('lays the small template out: phases in weeks and days, series, due weeks', () => {
    const layout = layoutTimeline(smallTemplate(), '2026-01-05');
    expect(layout.phases.map((p) => [p.phaseId, p.startDate, p.endDate, p.days])).toEqual([
      ['prepare', '2026-01-05', '2026-01-18', 14],
      ['listen', '2026-01-19', '2026-01-28', 10],
      ['enact', '2026-01-29', '2026-03-25', 56],
    ]);
    expect(layout).toMatchObject({ templateId: 'small', startDate: '2026-01-05', endDate: '2026-03-25', totalDays: 80 });
    expect(layout.sessions.map((s) => `${s.sessionId} ${s.occurrence}/${s.of} ${s.date}`)).toEqual([
      'kickoff 1/1 2026-01-05',
      'workshops 1/3 2026-01-29',
      'check-ins 1/2 2026-02-05',
      'workshops 2/3 2026-02-12',
      'workshops 3/3 2026-03-05',
      'check-ins 2/2 2026-03-05',
    ]);
    expect(layout.deliverables.map((d) => `${d.letter} ${d.dueDate}`)).toEqual(['A 2026-01-11', 'B 2026-01-28', 'C 2026-03-25']);
  });

  it.each<[string, number, string]>([
    ['a due week inside the phase', 1, '2026-01-25'],
    ['a due week cut short by a phase given in days', 2, '2026-01-28'],
  ])('puts %s on the right day', (_, dueInWeek, dueDate) => {
    const template = smallTemplate();
    template.deliverables[1]!.dueInWeek = dueInWeek;
    expect(layoutTimeline(template, '2026-01-05').deliverables.find((d) => d.deliverableId === 'input')!.dueDate).toBe(dueDate);
  });

  it('lays out the alternative chosen for a session', () => {
    const layout = layoutTimeline(smallTemplate(), '2026-01-05', { choices: { workshops: 0 } });
    expect(layout.sessions.filter((s) => s.sessionId === 'workshops')).toEqual([
      { sessionId: 'workshops', phaseId: 'enact', name: 'One retreat', format: 'retreat', lengthMinutes: null, lengthLabel: 'Half day', variant: 'One retreat', occurrence: 1, of: 1, date: '2026-01-29' },
    ]);
  });

  it('lays out weekly series week by week', () => {
    const template = smallTemplate();
    Object.assign(template.sessions[1]!, { every: 'week', weekOffset: 2 });
    expect(layoutTimeline(template, '2026-01-05').sessions.filter((s) => s.sessionId === 'workshops').map((s) => s.date)).toEqual(['2026-02-12', '2026-02-19', '2026-02-26']);
  });

  it('gives a template without phases an empty timeline', () => {
    const layout = layoutTimeline(shipped('custom'), '2026-01-05');
    expect(layout).toEqual({ templateId: 'custom', startDate: '2026-01-05', endDate: null, totalDays: 0, phases: [], sessions: [], deliverables: [] });
  });

  it.each<[string, () => unknown, RegExp]>([
    ['a start that is not a date', () => layoutTimeline(smallTemplate(), '05/01/2026'), /not a date like 2026-01-05/],
    ['a start that is not a real day', () => layoutTimeline(smallTemplate(), '2026-02-30'), /not a real calendar date/],
    ['a choice for an unknown session', () => layoutTimeline(smallTemplate(), '2026-01-05', { choices: { lunch: 0 } }), /no session 'lunch'/],
    ['a choice of a missing alternative', () => layoutTimeline(smallTemplate(), '2026-01-05', { choices: { workshops: 3 } }), /no alternative 3/],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(message);
  });
});

describe('calendar dates', () => {
  it.each<[string, number, string]>([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('%s plus %i month(s) is %s', (start, months, expected) => {
    expect(fromDayNumber(addMonths(toDayNumber(start), months))).toBe(expected);
  });
});
