import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';

/** The demo district's plan: fictional, but shaped like the plans districts publish. */
export const demoPlan: PlanDocument = {
  format: 'strategic-plan/v1',
  organization: { name: 'Cedar Valley Unified School District (demo)', kind: 'district', region: 'OR' },
  plan: {
    title: 'Cedar Valley Forward 2026-2031',
    period: { start: { label: '2026-27', ends_on: '2027-06-30' }, end: { label: '2030-31', ends_on: '2031-06-30' } },
    status: 'draft',
    level_names: { goal: 'Goal', measure: 'Measure', strategy: 'Strategy', action: 'Action step' },
    mission: 'Cedar Valley partners with families to make sure every student reads, reasons and belongs.',
    vision: 'Every graduate leaves Cedar Valley ready for the future they choose.',
    values: [
      { name: 'Equity', description: 'Each student gets what they need to thrive.' },
      { name: 'Belonging', description: 'Every student and family is known and welcome.' },
      { name: 'Stewardship', description: 'Public time and money go where they move outcomes.' },
    ],
    portrait_of_graduate: [{ name: 'Communicator' }, { name: 'Critical thinker' }, { name: 'Engaged citizen' }],
    theory_of_action: 'If every classroom has strong materials, coached teachers and early help for students who miss school, then reading and graduation will rise for every group.',
    goals: [
      {
        key: 'G1',
        kind: 'goal',
        title: 'Every student reads on grade level by the end of grade 3',
        rationale: 'Grade 3 reading has been flat for four years, with a 24-point gap for English learners.',
        measures: [
          {
            key: 'G1.M1',
            name: 'Percent of grade 3 students meeting the state reading standard',
            unit: 'percent',
            direction: 'increase',
            kind: 'lagging',
            cadence: 'annual',
            source: 'State assessment, spring',
            owner: 'Chief Academic Officer',
            baseline: { period: { label: '2024-25', ends_on: '2025-06-30' }, value: 46.5, n: 640 },
            targets: [
              { period: { label: '2026-27', ends_on: '2027-06-30' }, value: 50 },
              { period: { label: '2028-29', ends_on: '2029-06-30' }, value: 57 },
              { period: { label: '2030-31', ends_on: '2031-06-30' }, value: 65 },
              { period: { label: '2030-31', ends_on: '2031-06-30' }, value: 50, subgroup: 'English learners' },
            ],
          },
          {
            key: 'G1.M2',
            name: 'Percent of K-2 students at benchmark on the winter literacy screener',
            unit: 'percent',
            direction: 'increase',
            kind: 'leading',
            cadence: 'semester',
            owner: 'Director of Elementary Education',
            baseline: { period: { label: 'Winter 2025', ends_on: '2025-01-31' }, value: 52 },
            targets: [{ period: { label: 'Winter 2028', ends_on: '2028-01-31' }, value: 65 }],
          },
        ],
        strategies: [
          {
            key: 'G1.S1',
            title: 'Adopt and implement a high-quality K-5 literacy curriculum',
            owner: 'Director of Elementary Education',
            budget: [
              { fiscal_year: 'FY2027', amount: 420000, currency: 'USD', fund: 'General Fund', note: 'materials and summer training' },
              { fiscal_year: 'FY2027', amount: 180000, currency: 'USD', fund: 'Title I, Part A', fte: 2, note: 'two literacy coaches' },
            ],
            decision_rights: [
              { decision: 'Select the curriculum', responsible: ['Curriculum adoption committee'], accountable: 'Chief Academic Officer', consulted: ["Teachers' association", 'Principals'], informed: ['Board of Education', 'Families'] },
            ],
            actions: [
              { key: 'G1.S1.A1', title: 'Run the curriculum review and a pilot in three schools', owner: 'Director of Elementary Education', start: '2026-08-15', due: '2027-03-31', status: 'not_started', evidence: 'Pilot feedback and the committee recommendation' },
              { key: 'G1.S1.A2', title: 'Train every K-5 teacher before the first day of school', owner: 'Director of Professional Learning', timeline: 'Summer 2027', status: 'not_started' },
            ],
          },
        ],
      },
      {
        key: 'G2',
        kind: 'goal',
        title: 'Every student graduates ready for college, career and community',
        measures: [
          {
            key: 'G2.M1',
            name: 'Four-year graduation rate',
            unit: 'percent',
            direction: 'increase',
            cadence: 'annual',
            owner: 'Director of Secondary Education',
            baseline: { period: { label: '2024-25' }, value: 84.1, n: 410 },
            targets: [{ period: { label: '2030-31' }, value: 92 }],
          },
        ],
        strategies: [{ key: 'G2.S1', title: 'Give every ninth grader an adult mentor and an on-track check each quarter', owner: 'Principal, Cedar Valley High School' }],
      },
      {
        key: 'GR1',
        kind: 'guardrail',
        title: 'The superintendent will not allow chronic absenteeism to rise in any school.',
        measures: [{ key: 'GR1.M1', name: 'Schools where chronic absenteeism rose from the year before', unit: 'count', direction: 'at_most', targets: [{ period: { label: 'every year' }, value: 0 }] }],
      },
    ],
    communication_plan: [
      { audience: 'Families', message: 'What changes in reading this year and how to help at home', channel: 'Newsletter and family nights', cadence: 'Each semester', owner: 'Communications Director' },
      { audience: 'Board of Education', message: 'Progress on goals and guardrails', channel: 'Board meeting', cadence: 'Quarterly', owner: 'Superintendent' },
    ],
  },
};
