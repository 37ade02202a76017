import ExcelJS from 'exceljs';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { CohortDashboardValue } from './dashboard.schema.js';
import { readCohortDashboard } from './read-cohort-dashboard.js';

type District = CohortDashboardValue['districts'][number];

/** The workbook's words, in the two languages the product speaks; the data stays as the districts wrote it. */
const words = {
  en: {
    districtsSheet: 'Districts',
    deliverablesSheet: 'Deliverables',
    district: 'District',
    membership: 'Membership',
    provider: 'Provider',
    coaches: 'Coaches',
    phase: 'Current phase',
    expected: 'Expected phase',
    verdict: 'Against the timeline',
    notStarted: 'Not started',
    inProgress: 'In progress',
    inReview: 'In review',
    complete: 'Complete',
    approved: 'Approved',
    changesRequested: 'Changes requested',
    overdue: 'Overdue',
    waitingReview: 'Waiting review',
    nextSession: 'Next session',
    membershipOf: { invited: 'Invited', enrolled: 'Enrolled', withdrawn: 'Withdrawn' },
    verdictOf: { no_cycle: 'No cycle yet', not_started: 'Not started', ahead: 'Ahead by {n}', on_track: 'On track', behind: 'Behind by {n}', finished: 'Finished' },
    statusOf: { not_started: 'Not started', in_progress: 'In progress', in_review: 'In review', complete: 'Complete' },
    approvedMark: 'approved',
    changesMark: 'changes requested',
    overdueMark: 'overdue',
  },
  es: {
    districtsSheet: 'Distritos',
    deliverablesSheet: 'Entregables',
    district: 'Distrito',
    membership: 'Participación',
    provider: 'Proveedor',
    coaches: 'Asesores',
    phase: 'Fase actual',
    expected: 'Fase prevista',
    verdict: 'Respecto al calendario',
    notStarted: 'Sin empezar',
    inProgress: 'En curso',
    inReview: 'En revisión',
    complete: 'Terminados',
    approved: 'Aprobados',
    changesRequested: 'Con cambios pedidos',
    overdue: 'Atrasados',
    waitingReview: 'Esperan revisión',
    nextSession: 'Próxima sesión',
    membershipOf: { invited: 'Invitado', enrolled: 'Inscrito', withdrawn: 'Retirado' },
    verdictOf: { no_cycle: 'Sin ciclo todavía', not_started: 'Sin empezar', ahead: 'Adelantado {n}', on_track: 'Al día', behind: 'Atrasado {n}', finished: 'Terminado' },
    statusOf: { not_started: 'Sin empezar', in_progress: 'En curso', in_review: 'En revisión', complete: 'Terminado' },
    approvedMark: 'aprobado',
    changesMark: 'cambios pedidos',
    overdueMark: 'atrasado',
  },
} as const;

/** The cohort's dashboard, with the same filters and for the same reader, as an Excel workbook. */
export async function exportCohortDashboard(options: Parameters<typeof readCohortDashboard>[0]): Promise<{ title: string; workbook: Buffer }> {
  const dashboard = await readCohortDashboard(options);
  return { title: dashboard.cohort.name, workbook: await cohortDashboardWorkbook(dashboard, options.language) };
}

/**
 * The dashboard as a workbook: "Districts" (one row per district: provider, coaches, phase against
 * the timeline, counts by status, overdue and waiting review) and "Deliverables" (a district per row,
 * a template deliverable per column, each cell its status). Header rows bold and frozen.
 */
export async function cohortDashboardWorkbook(dashboard: CohortDashboardValue, language: Locale): Promise<Buffer> {
  const w = words[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  workbook.title = dashboard.cohort.name;

  const districts = workbook.addWorksheet(w.districtsSheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const headers = [w.district, w.membership, w.provider, w.coaches, w.phase, w.expected, w.verdict, w.notStarted, w.inProgress, w.inReview, w.complete, w.approved, w.changesRequested, w.overdue, w.waitingReview, w.nextSession];
  const widths = [32, 14, 28, 36, 30, 30, 18, 12, 12, 12, 12, 12, 14, 40, 40, 36];
  districts.addRow(headers).font = { bold: true };
  widths.forEach((width, i) => (districts.getColumn(i + 1).width = width));
  for (const district of dashboard.districts) {
    const letters = (ids: string[]) => ids.map((id) => labelOf(district.deliverables.find((d) => d.id === id))).join(', ');
    districts.addRow([
      district.districtName,
      w.membershipOf[district.status],
      district.provider?.name ?? '',
      district.coaches.map((coach) => (coach.responsibility ? `${coach.name} (${coach.responsibility})` : coach.name)).join('; '),
      district.progress.currentPhase?.name ?? '',
      district.progress.expectedPhase?.name ?? '',
      w.verdictOf[district.progress.verdict].replace('{n}', String(district.progress.phasesApart)),
      district.counts.notStarted,
      district.counts.inProgress,
      district.counts.inReview,
      district.counts.complete,
      district.counts.approved,
      district.counts.changesRequested,
      letters(district.overdue),
      letters(district.waitingReview),
      district.nextSession ? `${district.nextSession.date} ${district.nextSession.name}` : '',
    ]);
  }

  const columns = dashboard.timeline.deliverables;
  const deliverables = workbook.addWorksheet(w.deliverablesSheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  deliverables.addRow([w.district, ...columns.map((column) => labelOf(column))]).font = { bold: true };
  deliverables.getColumn(1).width = 32;
  columns.forEach((_column, i) => (deliverables.getColumn(i + 2).width = 22));
  for (const district of dashboard.districts) {
    const cells = columns.map((column) => {
      const found = district.deliverables.find((d) => d.key === column.key);
      if (!found) return '';
      const marks = [found.reviewState === 'approved' ? w.approvedMark : found.reviewState === 'changes_requested' ? w.changesMark : null, found.isOverdue ? w.overdueMark : null].filter(Boolean);
      return marks.length ? `${w.statusOf[found.status]} (${marks.join(', ')})` : w.statusOf[found.status];
    });
    deliverables.addRow([district.districtName, ...cells]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function labelOf(deliverable: Pick<District['deliverables'][number], 'letter' | 'name'> | undefined): string {
  if (!deliverable) return '';
  return deliverable.letter ? `${deliverable.letter} ${deliverable.name}` : deliverable.name;
}
