import { describe, expect, it } from 'vitest';
import { buildProgressReport, type ReportGoal, type ReportMeasure } from './progress-report.js';

const measure = (over: Partial<ReportMeasure['status']> = {}, narrative: ReportMeasure['latestNarrative'] = null): ReportMeasure => ({
  key: 'G1.M1',
  name: 'Grade 3 reading',
  unit: 'percent',
  status: { status: 'on_track', period: { label: '2024-25' }, expected: 50, actual: 52.5, finalTarget: 60, trend: 'improving', ...over },
  latestNarrative: narrative,
});
const goal = (over: Partial<ReportGoal>): ReportGoal => ({ key: 'G1', kind: 'goal', title: 'Every child reads', rollUp: { status: 'on_track', explanation: '1 of 1 measure on track' }, measures: [measure()], ...over });
const build = (goals: ReportGoal[], periodLabel: string | null = '2024-25') =>
  buildProgressReport({ organizationName: 'Cedar Falls', planTitle: 'Plan 2030', levelNames: { goal: 'Goal', measure: 'Measure' }, periodLabel, asOf: '2025-06-30', printedOn: '2025-09-01', goals });

describe('buildProgressReport', () => {
  it('titles the report by its period, or by its date when none is named', () => {
    expect(build([]).title).toBe('Progress report, 2024-25');
    expect(build([], null).title).toBe('Progress report, June 30, 2025');
    expect(build([]).lines).toEqual(['Plan 2030', 'Status as of June 30, 2025', 'Prepared September 1, 2025']);
  });

  it('counts the goals by the status every view shows, with the stagnant ones beside them', () => {
    const report = build([goal({}), goal({ key: 'G2', kind: 'guardrail', rollUp: { status: 'no_data', explanation: '' }, measures: [] }), goal({ key: 'G3', measures: [measure({ trend: 'flat' })] })]);
    expect(report.summary).toBe('3 goals: 2 on track, 0 at risk, 0 off track, 1 no data yet; 1 stagnant.');
    expect(report.blocks).toContainEqual({ kind: 'facts', items: [{ label: 'Status', value: 'On track, stagnant (most of its measures are flat or declining)' }, { label: 'Why', value: '1 of 1 measure on track' }] });
    expect(report.blocks).toContainEqual({ kind: 'heading', level: 1, text: 'Guardrail G2: Every child reads' });
  });

  it('prints each measure with its unit, period, status and trend, and the latest narrative', () => {
    const report = build([goal({ measures: [measure({}, { periodLabel: '2024-25', happened: 'Tutoring began', why: null, nextSteps: 'Expand', author: 'Ana' })] })]);
    const table = report.blocks.find((block) => block.kind === 'table');
    expect(table && table.kind === 'table' && table.rows[0]).toEqual([['Grade 3 reading'], ['52.5%', '2024-25'], ['50%'], ['60%'], ['On track'], ['Improving']]);
    const atRisk = build([goal({ rollUp: { status: 'at_risk', explanation: '' }, measures: [measure({ status: 'at_risk', trend: 'declining' })] })]);
    const atRiskTable = atRisk.blocks.find((block) => block.kind === 'table');
    // At risk is at risk here too (a board report once called it off track).
    expect(atRiskTable && atRiskTable.kind === 'table' && atRiskTable.rows[0]!.slice(4)).toEqual([['At risk'], ['Declining, stagnant']]);
    expect(report.blocks).toContainEqual({ kind: 'facts', items: [{ label: 'What happened', value: 'Tutoring began' }, { label: 'Next steps', value: 'Expand' }] });
  });
});
