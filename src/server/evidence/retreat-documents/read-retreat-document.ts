import type { Kysely } from 'kysely';
import type { DocumentCell, DocumentChart, DocumentCitation, DocumentPriority, RetreatDocumentInput } from '../../../core/evidence/documents/retreat-document.js';
import type { DiagnosticFrame } from '../../../core/evidence/retreat/diagnostic-frame.js';
import type { RetreatCitation } from '../../../core/evidence/retreat/retreat-citations.js';
import type { RootCauses } from '../../../core/evidence/retreat/root-causes.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { listPlanElements } from '../../plan/plans/read-plan.js';
import { findCycle } from '../../process/cycles/find-cycle.js';
import { readRetreatBoard } from '../retreats/read-retreat-board.js';

type Board = Awaited<ReturnType<typeof readRetreatBoard>>;
type BoardCell = Record<string, unknown>;

/** Only what a document may print of a cell: a hidden cell's range (kept for the team's screens) is left behind. */
function documentCell(cell: BoardCell): DocumentCell {
  if (typeof cell.value === 'number') return { value: cell.value, n: typeof cell.n === 'number' ? cell.n : null };
  if (cell.suppressed === true) return { suppressed: true, reason: cell.reason as 'in_file' | 'small_group' | 'complementary' };
  return { missing: true };
}

function documentChart(chart: Board['charts'][number]): DocumentChart {
  const data = chart.data;
  return {
    id: chart.id,
    question: chart.question,
    area: chart.area,
    data: data && {
      metric: { label: data.metric.label, unit: data.metric.unit },
      by: data.by,
      period: data.period,
      group: data.group,
      compare: data.compare,
      threshold: data.threshold,
      district: documentCell(data.district as BoardCell),
      lines: data.cells.map((line) => ({ label: line.label, cell: documentCell(line as BoardCell), gapToDistrict: line.gap_to_district, gapToComparison: line.gap_to_comparison, change: line.change })),
    },
    dataProblem: chart.data_problem?.code ?? null,
    // Hidden observations are the facilitator's call: they never reach a document.
    observations: chart.observations.filter((observation) => !observation.is_hidden).map((observation) => ({ id: observation.id, kind: observation.kind, body: observation.body })),
  };
}

/** Citations in words: a chart by its question, an observation by its words (none when hidden), evidence as written. */
function citationsOf(board: Board, citations: readonly RetreatCitation[]): DocumentCitation[] {
  const charts = new Map(board.charts.map((chart) => [chart.id, chart.question]));
  const observations = new Map(board.charts.flatMap((chart) => chart.observations.filter((o) => !o.is_hidden).map((o) => [o.id, o.body] as const)));
  return citations.flatMap((citation): DocumentCitation[] => {
    if (citation.kind === 'chart') return charts.has(citation.chart_id) ? [{ kind: 'chart', question: charts.get(citation.chart_id)! }] : [];
    if (citation.kind === 'observation') return observations.has(citation.observation_id) ? [{ kind: 'observation', body: observations.get(citation.observation_id)! }] : [];
    return [{ kind: 'evidence', text: citation.text }];
  });
}

/** The titles of the goals of the plan the retreat's cycle produces, by key. */
async function goalTitles(db: Kysely<DB>, planId: string | null): Promise<Map<string, string>> {
  if (!planId) return new Map();
  const goals = (await listPlanElements(db, planId)).filter((element) => element.kind === 'goal');
  return new Map(goals.map((goal) => [goal.key, typeof goal.fields.title === 'string' ? goal.fields.title : goal.key]));
}

/**
 * Everything the data picture and the diagnostic report print of a retreat, read through the
 * team's board (so the retreat is looked up in the caller's district first, 404 otherwise, and
 * every chart's data has passed the small-group rule), with hidden observations left out and each
 * priority's goal named by its title in the cycle's plan.
 */
export async function readRetreatDocument(options: { db: Kysely<DB>; organizationId: string; retreatId: string; userId: string; publicUrl: string; language: 'en' | 'es'; now?: Date }): Promise<RetreatDocumentInput> {
  const { db, organizationId, language } = options;
  const board = await readRetreatBoard(options);
  const organization = await findOrganization(db, organizationId);
  const cycle = await findCycle({ db, organizationId, cycleId: board.retreat.cycle_id });
  if (!organization || !cycle) throw notFound('Retreat');
  const goals = await goalTitles(db, cycle.planId);
  const swot = (['strength', 'weakness', 'opportunity', 'threat'] as const).flatMap((quadrant) =>
    board.swot[quadrant].map((item) => ({ quadrant, text: item.text, area: item.area, dots: item.dots, rank: item.rank, isTied: item.is_tied, citations: citationsOf(board, item.citations as RetreatCitation[]) })),
  );
  const priorities = board.priorities.map(
    (priority): DocumentPriority => ({
      title: priority.title,
      dots: priority.dots,
      area: priority.area,
      currentState: priority.current_state,
      currentEvidence: citationsOf(board, priority.current_evidence as RetreatCitation[]),
      futureState: priority.future_state,
      goalTitle: priority.goal_key ? (goals.get(priority.goal_key) ?? null) : null,
      gap: priority.gap,
      rootCauses: { method: priority.root_cause_method, causes: priority.root_causes } as RootCauses,
      caseForChange: priority.case_for_change,
    }),
  );
  return {
    organizationName: organization.name,
    cycleName: cycle.name,
    retreatTitle: board.retreat.title,
    frame: board.retreat.frame as DiagnosticFrame,
    dateText: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(options.now ?? new Date()),
    charts: board.charts.map(documentChart),
    swot,
    priorities,
  };
}
