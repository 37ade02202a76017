import { describe, expect, it } from 'vitest';
import type { Cadence, ReportingCalendar } from './monitoring-types.js';
import { monitoringSpan, periodEndDate, periodsBetween, scheduleUpdates } from './reporting-periods.js';

const school: ReportingCalendar = { yearBasis: 'school', schoolYearStartMonth: 7, fiscalYearStartMonth: 7 };
const schoolAugust: ReportingCalendar = { yearBasis: 'school', schoolYearStartMonth: 8, fiscalYearStartMonth: 7 };
const fiscalOctober: ReportingCalendar = { yearBasis: 'fiscal', schoolYearStartMonth: 8, fiscalYearStartMonth: 10 };
const calendarYear: ReportingCalendar = { yearBasis: 'school', schoolYearStartMonth: 1, fiscalYearStartMonth: 1 };

const brief = (periods: { label: string; startsOn: string; endsOn: string }[]) => periods.map((p) => `${p.label} ${p.startsOn}..${p.endsOn}`);

describe('periodsBetween', () => {
  it.each<[string, Cadence, ReportingCalendar, string, string, string[]]>([
    ['school years', 'annual', school, '2025-07-01', '2027-06-30', ['2025-26 2025-07-01..2026-06-30', '2026-27 2026-07-01..2027-06-30']],
    ['a school year starting in August, overlapping both ends', 'annual', schoolAugust, '2025-07-15', '2025-08-01', ['2024-25 2024-08-01..2025-07-31', '2025-26 2025-08-01..2026-07-31']],
    ['semesters', 'semester', schoolAugust, '2025-08-01', '2026-07-31', ['2025-26 S1 2025-08-01..2026-01-31', '2025-26 S2 2026-02-01..2026-07-31']],
    [
      'quarters, Q1 in the start month',
      'quarterly',
      school,
      '2025-07-01',
      '2026-06-30',
      ['2025-26 Q1 2025-07-01..2025-09-30', '2025-26 Q2 2025-10-01..2025-12-31', '2025-26 Q3 2026-01-01..2026-03-31', '2025-26 Q4 2026-04-01..2026-06-30'],
    ],
    ['months, February of a leap year', 'monthly', school, '2028-01-15', '2028-03-01', ['2028-01 2028-01-01..2028-01-31', '2028-02 2028-02-01..2028-02-29', '2028-03 2028-03-01..2028-03-31']],
    ['weeks start on Monday', 'weekly', school, '2025-09-03', '2025-09-15', ['Week of 2025-09-01 2025-09-01..2025-09-07', 'Week of 2025-09-08 2025-09-08..2025-09-14', 'Week of 2025-09-15 2025-09-15..2025-09-21']],
    ['a week across the new year', 'weekly', school, '2025-12-31', '2025-12-31', ['Week of 2025-12-29 2025-12-29..2026-01-04']],
    ['fiscal years are named by the year they end in', 'annual', fiscalOctober, '2025-10-01', '2026-10-01', ['FY2026 2025-10-01..2026-09-30', 'FY2027 2026-10-01..2027-09-30']],
    ['fiscal halves', 'semester', fiscalOctober, '2025-10-01', '2026-09-30', ['FY2026 H1 2025-10-01..2026-03-31', 'FY2026 H2 2026-04-01..2026-09-30']],
    ['fiscal quarters', 'quarterly', fiscalOctober, '2026-01-10', '2026-04-01', ['FY2026 Q2 2026-01-01..2026-03-31', 'FY2026 Q3 2026-04-01..2026-06-30']],
    ['a fiscal year on the calendar year', 'annual', { ...fiscalOctober, fiscalYearStartMonth: 1 }, '2026-05-01', '2026-05-01', ['FY2026 2026-01-01..2026-12-31']],
    ['a school year on the calendar year', 'quarterly', calendarYear, '2026-11-01', '2027-01-01', ['2026 Q4 2026-10-01..2026-12-31', '2027 Q1 2027-01-01..2027-03-31']],
  ])('%s', (_, cadence, calendar, from, to, expected) => expect(brief(periodsBetween({ cadence, calendar, from, to }))).toEqual(expected));

  it('is empty when the span ends before it starts', () => expect(periodsBetween({ cadence: 'monthly', calendar: school, from: '2026-01-01', to: '2025-12-31' })).toEqual([]));

  it('covers five years of weeks without gaps', () => {
    const weeks = periodsBetween({ cadence: 'weekly', calendar: school, from: '2025-07-01', to: '2030-06-30' });
    expect(weeks).toHaveLength(261);
    weeks.slice(1).forEach((week, index) => expect(Date.parse(week.startsOn) - Date.parse(weeks[index]!.endsOn)).toBe(86_400_000));
  });
});

describe('scheduleUpdates', () => {
  const quarters = periodsBetween({ cadence: 'quarterly', calendar: school, from: '2025-07-01', to: '2026-06-30' });
  const due = { measureDueDays: 14, actionDueDays: 7 };

  it.each([
    ['measure', 0, '2025-10-14', '2026-01-14'],
    ['measure', 2, '2026-04-14', '2026-07-14'],
    ['measure', 3, '2026-07-14', '2026-10-13'], // the last: due + the quarter's 91 days
    ['action', 0, '2025-10-07', '2026-01-07'],
    ['action', 3, '2026-07-07', '2026-10-06'],
  ] as const)('%s period %i is due %s and closes %s', (level, index, dueOn, closesOn) => {
    const scheduled = scheduleUpdates({ periods: quarters, level, due })[index]!;
    expect(scheduled).toEqual({ ...quarters[index], dueOn, closesOn });
  });

  it('has nothing to schedule without periods', () => expect(scheduleUpdates({ periods: [], level: 'measure', due })).toEqual([]));
});

describe('periodEndDate', () => {
  it.each<[string, string | undefined, ReportingCalendar, string | null]>([
    ['2024-25', '2025-05-31', school, '2025-05-31'], // ends_on wins over the label
    ['2025-26', undefined, school, '2026-06-30'],
    ['2025-26', undefined, schoolAugust, '2026-07-31'],
    ['2025-2026', undefined, school, '2026-06-30'],
    ['SY24-25', undefined, school, '2025-06-30'],
    ['SY 2024-25', undefined, school, '2025-06-30'],
    ['FY2026', undefined, school, '2026-06-30'],
    ['FY26', undefined, fiscalOctober, '2026-09-30'],
    ['2027', undefined, school, '2027-06-30'],
    ['2027', undefined, fiscalOctober, '2027-09-30'],
    ['2027', undefined, calendarYear, '2027-12-31'],
    ['June 2030', undefined, school, '2030-06-30'],
    ['Feb 2028', undefined, school, '2028-02-29'],
    ['2026-Q2', undefined, school, '2026-06-30'],
    ['Q4 2026', undefined, school, '2026-12-31'],
    ['2025-09', undefined, school, '2025-09-30'],
    ['2025-26 S1', undefined, schoolAugust, '2026-01-31'],
    ['2025-26 Q2', undefined, school, '2025-12-31'],
    ['FY2026 H1', undefined, fiscalOctober, '2026-03-31'],
    ['FY2026 Q1', undefined, fiscalOctober, '2025-12-31'],
    ['Week of 2025-09-01', undefined, school, '2025-09-07'],
    ['  2025-26  ', undefined, school, '2026-06-30'],
    ['Spring testing', undefined, school, null],
    ['2025-13', undefined, school, null],
    ['2025-26 S3', undefined, school, null],
    ['Week of 2025-02-30', undefined, school, null],
  ])('%s (ends_on %s) ends %s', (label, ends_on, calendar, expected) => {
    expect(periodEndDate(ends_on ? { label, ends_on } : { label }, calendar)).toBe(expected);
  });

  it('reads back every label periodsBetween makes', () => {
    for (const calendar of [school, fiscalOctober, calendarYear]) {
      for (const cadence of ['annual', 'semester', 'quarterly', 'monthly', 'weekly'] as const) {
        for (const period of periodsBetween({ cadence, calendar, from: '2025-01-01', to: '2026-12-31' })) {
          expect(periodEndDate({ label: period.label }, calendar), `${cadence} ${period.label}`).toBe(period.endsOn);
        }
      }
    }
  });
});

describe('monitoringSpan', () => {
  const value = (label: string, ends_on?: string) => ({ period: ends_on ? { label, ends_on } : { label }, value: 1 });

  it.each([
    ['from the day after the baseline to the plan end', { planPeriod: { start: { label: '2025-26' }, end: { label: '2029-30' } }, baseline: value('2024-25', '2025-06-30') }, { from: '2025-07-01', to: '2030-06-30' }],
    ['from the plan start without a baseline', { planPeriod: { start: { label: '2025-26' }, end: { label: '2029-30', ends_on: '2030-06-15' } } }, { from: '2025-07-01', to: '2030-06-15' }],
    ['from a year before an unreadable start', { planPeriod: { start: { label: 'Year 1', ends_on: '2026-06-30' }, end: { label: 'Year 5', ends_on: '2030-06-30' } } }, { from: '2025-07-01', to: '2030-06-30' }],
    ['to the last target without a plan period', { baseline: value('2024-25'), targets: [value('2026-27'), value('June 2031'), value('TBD')] }, { from: '2025-07-01', to: '2031-06-30' }],
    ['null without an end', { baseline: value('2024-25') }, null],
    ['null without a start', { targets: [value('2026-27')] }, null],
  ])('%s', (_, input, expected) => expect(monitoringSpan({ ...input, calendar: school })).toEqual(expected));
});
