import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import type { UpdateInput } from '../../monitoring/updates/updates.schema.js';
import type { DemoHandle } from './demo-district.data.js';

const year = (label: string, endsOn: string) => ({ label, ends_on: endsOn });
const y24 = year('2023-24', '2024-06-30');
const y25 = year('2024-25', '2025-06-30');
const y26 = year('2025-26', '2026-06-30');
const y27 = year('2026-27', '2027-06-30');

/**
 * The plan the demo district is living while it writes the next one: adopted in 2023, in its last
 * year, with results for every student group (one of them too small to publish), owners' updates,
 * a leading measure reported each quarter, and a guardrail. It passes its own checks: every owner
 * text is the job title of a demo person (who becomes the element's owner), every strategy has
 * its budget and decision rights, every action its evidence of being done.
 */
export const demoAdoptedPlan: PlanDocument = {
  format: 'strategic-plan/v1',
  organization: { name: 'Cedar Valley Unified School District (demo)', kind: 'district', region: 'OR' },
  plan: {
    title: 'Cedar Valley Strategic Plan 2023-2027',
    period: { start: y24, end: y27 },
    status: 'draft',
    level_names: { goal: 'Goal', measure: 'Measure', strategy: 'Strategy', action: 'Action step' },
    mission: 'Cedar Valley partners with families so that every student reads, attends and belongs.',
    vision: 'Every student known by name, strength and need.',
    goals: [
      {
        key: 'G1',
        title: 'Every student reads on grade level by grade 3',
        measures: [
          {
            key: 'G1.M1',
            name: 'Grade 3 students meeting the state reading standard',
            unit: 'percent',
            direction: 'increase',
            kind: 'lagging',
            cadence: 'annual',
            source: 'State assessment, spring',
            owner: 'Chief Academic Officer',
            baseline: { period: year('2022-23', '2023-06-30'), value: 44, n: 655 },
            targets: [
              { period: y24, value: 46 },
              { period: y25, value: 48 },
              { period: y26, value: 50 },
              { period: y27, value: 52 },
              { period: y27, value: 40, subgroup: 'English learners' },
            ],
            actuals: [
              { period: y24, value: 45.1, n: 648 },
              { period: y24, value: 28, subgroup: 'English learners', n: 118 },
              { period: y24, value: 24.5, subgroup: 'Students with disabilities', n: 74 },
              { period: y24, value: 30, subgroup: 'Pacific Islander', n: 7 },
              { period: y25, value: 46.8, n: 661 },
              { period: y25, value: 31.2, subgroup: 'English learners', n: 124 },
              { period: y25, value: 25.9, subgroup: 'Students with disabilities', n: 77 },
              { period: y25, value: 37.5, subgroup: 'Pacific Islander', n: 8 },
            ],
          },
          {
            key: 'G1.M2',
            name: 'K-2 students at benchmark on the literacy screener',
            unit: 'percent',
            direction: 'increase',
            kind: 'leading',
            cadence: 'quarterly',
            source: 'Universal screener, each quarter',
            owner: 'Director of Assessment',
            baseline: { period: year('2022-23', '2023-06-30'), value: 52 },
            targets: [{ period: y27, value: 65 }],
          },
        ],
        strategies: [
          {
            key: 'G1.S1',
            title: 'Literacy coaching in every K-3 classroom',
            owner: 'Chief Academic Officer',
            budget: [
              { fiscal_year: 'FY2026', amount: 520000, currency: 'USD', fund: 'Title I, Part A', fte: 4, note: 'four literacy coaches' },
              { fiscal_year: 'FY2027', amount: 535000, currency: 'USD', fund: 'Title I, Part A', fte: 4, note: 'four literacy coaches' },
              { fiscal_year: 'FY2027', amount: 60000, currency: 'USD', fund: 'General Fund', note: 'books for family literacy nights' },
            ],
            decision_rights: [
              { decision: 'Which classrooms a coach works with each cycle', responsible: ['Literacy coaches'], accountable: 'Chief Academic Officer', consulted: ['Principals'], informed: ['Teachers'] },
              { decision: 'Renew the coaching positions each year', responsible: ['Chief Academic Officer'], accountable: 'Superintendent', consulted: ['Chief Financial Officer'], informed: ['Board of Education'] },
            ],
            actions: [
              { key: 'G1.S1.A1', title: 'Hire four literacy coaches', owner: 'Chief Academic Officer', start: '2023-07-01', due: '2023-10-31', status: 'complete', percent_complete: 100, evidence: 'Four coaches on the staff roster' },
              { key: 'G1.S1.A2', title: 'Run six-week coaching cycles in every elementary school', owner: 'Principal, Juniper Middle School', start: '2023-09-01', due: '2027-06-30', status: 'on_track', percent_complete: 55, evidence: 'Coaching logs: cycles completed per school' },
              { key: 'G1.S1.A3', title: 'Hold family literacy nights at each elementary school', owner: 'Principal, Juniper Middle School', start: '2024-09-01', due: '2027-05-15', status: 'on_track', percent_complete: 40, evidence: 'Sign-in sheets and the families’ exit survey' },
            ],
          },
        ],
      },
      {
        key: 'G2',
        title: 'Every student attends and belongs',
        measures: [
          {
            key: 'G2.M1',
            name: 'Students chronically absent',
            unit: 'percent',
            direction: 'decrease',
            kind: 'lagging',
            cadence: 'annual',
            source: 'Student information system, end of year',
            owner: 'Director of Student Services',
            baseline: { period: year('2022-23', '2023-06-30'), value: 24, n: 7420 },
            targets: [{ period: y25, value: 20 }, { period: y27, value: 15 }],
            actuals: [
              { period: y24, value: 22.1, n: 7390 },
              { period: y25, value: 21.5, n: 7355 },
            ],
          },
        ],
        strategies: [
          {
            key: 'G2.S1',
            title: 'Early outreach when a student starts missing school',
            owner: 'Director of Student Services',
            budget: [{ fiscal_year: 'FY2027', amount: 85000, currency: 'USD', fund: 'General Fund', fte: 1, note: 'an attendance outreach coordinator' }],
            decision_rights: [
              { decision: 'When and how families are contacted about absences', responsible: ['Attendance team'], accountable: 'Director of Student Services', consulted: ['Principals', 'Family liaisons'], informed: ['Families'] },
            ],
            actions: [
              { key: 'G2.S1.A1', title: 'Call home after the second absence in a month', owner: 'Director of Student Services', start: '2024-08-15', due: '2027-06-15', status: 'at_risk', percent_complete: 30, evidence: 'Call log in the student information system' },
            ],
          },
        ],
      },
      {
        key: 'G3',
        kind: 'guardrail',
        title: 'Spending stays within the adopted budget, with two months in reserve',
        measures: [
          {
            key: 'G3.M1',
            name: 'Months of operating expenses in reserve',
            unit: 'count',
            unit_label: 'months',
            direction: 'at_least',
            cadence: 'annual',
            source: 'Audited financial statements',
            owner: 'Superintendent',
            baseline: { period: year('2022-23', '2023-06-30'), value: 2.2 },
            targets: [{ period: y27, value: 2 }],
            actuals: [{ period: y24, value: 2.4 }, { period: y25, value: 2.6 }],
          },
        ],
      },
    ],
  },
};

/** Spanish for the texts the public page shows first. */
export const demoTranslations = [
  { subject: 'plan', subjectKey: '', field: 'title', text: 'Plan Estratégico de Cedar Valley 2023-2027' },
  { subject: 'plan', subjectKey: '', field: 'mission', text: 'Cedar Valley colabora con las familias para que cada estudiante lea, asista y se sienta parte.' },
  { subject: 'plan', subjectKey: '', field: 'vision', text: 'Cada estudiante conocido por su nombre, sus fortalezas y sus necesidades.' },
  { subject: 'element', subjectKey: 'G1', field: 'title', text: 'Cada estudiante lee al nivel de su grado en el 3.er grado' },
  { subject: 'element', subjectKey: 'G1.M1', field: 'name', text: 'Estudiantes de 3.er grado que alcanzan el estándar estatal de lectura' },
  { subject: 'element', subjectKey: 'G2', field: 'title', text: 'Cada estudiante asiste y se siente parte' },
  { subject: 'element', subjectKey: 'G3', field: 'title', text: 'El gasto se mantiene dentro del presupuesto aprobado, con dos meses de reserva' },
] as const;

/** The owners' updates for 2025-26 and the fall of 2026-27, each posted by the element's owner. */
export const demoUpdates: { elementKey: string; by: DemoHandle; input: UpdateInput }[] = [
  {
    elementKey: 'G1.M1',
    by: 'chief.academic',
    input: {
      periodLabel: '2025-26',
      values: [
        { subgroup: null, value: 48.9, n: 652 },
        { subgroup: 'English learners', value: 33, n: 130 },
        { subgroup: 'Students with disabilities', value: 27.1, n: 80 },
        { subgroup: 'Pacific Islander', value: 44.4, n: 9 },
      ],
      happened: 'Scores rose for the third year, most for English learners, in the schools with a full year of coaching.',
      why: 'Coaching cycles reached every K-3 classroom; two schools started late after a coach left in October.',
      nextSteps: 'Fill the open coaching position and add a second cycle in the two late schools.',
    },
  },
  {
    elementKey: 'G2.M1',
    by: 'student.services',
    input: {
      periodLabel: '2025-26',
      values: [{ subgroup: null, value: 21.9, n: 7310 }],
      happened: 'Chronic absence went up slightly after two years of small gains.',
      why: 'A long flu season in February; calls home after the second absence reached only half the families.',
      nextSteps: 'Text messages in the family’s language, and home visits by the attendance team in the five schools with the highest rates.',
    },
  },
  {
    elementKey: 'G3.M1',
    by: 'superintendent',
    input: {
      periodLabel: '2025-26',
      values: [{ subgroup: null, value: 2.5, n: null }],
      happened: 'The audited statements closed the year with two and a half months in reserve.',
      why: 'Coaching was paid from Title I as planned; energy costs came in under budget.',
      nextSteps: 'Hold the reserve above two months while the next plan is costed.',
    },
  },
  { elementKey: 'G1.S1.A2', by: 'principal.jms', input: { periodLabel: '2026-27 Q1', actionStatus: 'on_track', percentComplete: 60, happened: 'Fall coaching cycles finished in 9 of 9 elementary schools.' } },
];
