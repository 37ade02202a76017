import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { fromDayNumber, toDayNumber } from '../../../core/process/calendar-dates.js';
import { layoutTimeline, type TimelineLayout } from '../../../core/process/layout-timeline.js';
import { localizeTemplate } from '../../../core/process/localize-template.js';
import { districtProgress, expectedPhaseIndex } from '../../../core/network/cohort-progress.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { notFound } from '../../errors.js';
import { listDistrictCoaches, listDistrictPartners, listDistrictsReachedThrough } from '../../platform/partners/list-district-partners.js';
import { readCyclesProgress } from '../../process/cycles/read-cycles-progress.js';
import { cohortTemplate } from '../cohorts/cohort-templates.js';
import { presentCohortEvent } from '../cohorts/cohorts.present.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { membersRepo } from '../members/members.repo.js';
import type { CohortDashboardValue } from './dashboard.schema.js';

/** The cohort's events this many days ahead are its upcoming meetings. */
const UPCOMING_DAYS = 45;

/**
 * One screen for a cohort: the shared timeline laid out from the cohort's start, and every district
 * with its provider, coaches, phase against the timeline, deliverables by status, what is overdue and
 * what waits for review. A network's coach sees the districts assigned to them; its administrators
 * all. The filters narrow the districts; the filter choices list every provider and coach of the
 * districts the reader sees. A fixed number of queries, whatever the number of districts.
 */
export async function readCohortDashboard(options: {
  db: Kysely<DB>;
  networkId: string;
  cohortId: string;
  reader: { userId: string; role: string };
  filters: { providerId?: string; coachId?: string };
  today: string;
  language: Locale;
}): Promise<CohortDashboardValue> {
  const { db, networkId, cohortId, reader, filters, today } = options;
  const cohort = await cohortsRepo.find(db, networkId, cohortId);
  if (!cohort) throw notFound('Cohort');
  const shipped = cohortTemplate(cohort.template_id);
  const template = shipped ? localizeTemplate(shipped, options.language) : null;
  const layout: TimelineLayout | null = template ? layoutTimeline(template, cohort.start_date) : null;
  const timeline = layout?.phases ?? [];

  const [members, events, matches, reachable] = await Promise.all([
    // The cohort was found in this network above, so its members are the network's.
    membersRepo.list(db, cohortId).then(withdrawnLast),
    cohortsRepo.listEvents(db, cohortId),
    listDistrictPartners({ db, networkId }),
    reader.role === 'coach' ? listDistrictsReachedThrough({ db, organizationId: networkId, userId: reader.userId, role: reader.role }) : null,
  ]);
  const visible = reachable ? members.filter((member) => reachable.includes(member.district_id)) : members;
  const districtIds = visible.map((member) => member.district_id);
  const [coaches, cycles] = await Promise.all([
    listDistrictCoaches({ db, districtIds }),
    readCyclesProgress({ db, cycles: visible.flatMap((m) => (m.cycle_id ? [{ organizationId: m.district_id, cycleId: m.cycle_id }] : [])), today }),
  ]);
  const providerOf = new Map(matches.map((match) => [match.districtId, { id: match.providerId, name: match.providerName }]));

  const districts = visible.map((member) => {
    const cycle = member.cycle_id ? cycles.get(member.cycle_id) : undefined;
    const progress = districtProgress({ timeline, cycle: cycle ?? null, today });
    const provider = providerOf.get(member.district_id) ?? null;
    return {
      districtId: member.district_id,
      districtName: member.district_name,
      status: member.status,
      cycleId: member.cycle_id,
      provider,
      // Coaches another network assigned to the same district are that network's business.
      coaches: coaches
        .filter((coach) => coach.districtId === member.district_id && (coach.organizationId === networkId || coach.organizationId === provider?.id))
        .map((coach) => ({ userId: coach.userId, name: coach.name, organizationName: coach.organizationName, responsibility: coach.responsibility })),
      progress: { verdict: progress.verdict, phasesApart: progress.phasesApart, currentPhase: progress.currentPhase, expectedPhase: progress.expectedPhase },
      counts: progress.counts,
      deliverables: progress.deliverables.map((d) => ({ id: d.id, key: d.key, letter: d.letter, name: d.name, status: d.status, reviewState: d.reviewState, dueDate: d.dueDate, isOverdue: d.isOverdue, isWaitingReview: d.isWaitingReview })),
      overdue: progress.overdue.map((d) => d.id),
      waitingReview: progress.waitingReview.map((d) => d.id),
      nextSession: cycle?.nextSession ?? null,
    };
  });

  const shown = districts.filter(
    (district) => (!filters.providerId || district.provider?.id === filters.providerId) && (!filters.coachId || district.coaches.some((coach) => coach.userId === filters.coachId)),
  );
  const active = shown.filter((district) => district.status !== 'withdrawn');
  const horizon = fromDayNumber(toDayNumber(today) + UPCOMING_DAYS);
  const todayIndex = expectedPhaseIndex(timeline, today);
  return {
    cohort: { id: cohort.id, name: cohort.name, schoolYear: cohort.school_year, templateId: cohort.template_id, templateName: template?.name ?? null, startDate: cohort.start_date },
    today,
    timeline: {
      phases: timeline.map((phase, index) => ({ key: phase.phaseId, name: phase.name, startDate: phase.startDate, endDate: phase.endDate, isToday: index === todayIndex })),
      endDate: layout?.endDate ?? null,
      deliverables: (layout?.deliverables ?? []).map((d) => ({ key: d.deliverableId, letter: d.letter, name: d.name, phaseKey: d.phaseId, dueDate: d.dueDate })),
      events: events.map(presentCohortEvent),
    },
    upcomingEvents: events.filter((event) => event.event_date >= today && event.event_date <= horizon).map(presentCohortEvent),
    filters: {
      providers: uniqueBy(districts.flatMap((d) => (d.provider ? [d.provider] : [])), (p) => p.id).sort((a, b) => a.name.localeCompare(b.name)),
      coaches: uniqueBy(
        districts.flatMap((d) => d.coaches.map((c) => ({ userId: c.userId, name: c.name, organizationName: c.organizationName }))),
        (c) => c.userId,
      ).sort((a, b) => a.name.localeCompare(b.name)),
    },
    totals: {
      districts: active.length,
      behind: active.filter((d) => d.progress.verdict === 'behind').length,
      overdue: active.reduce((sum, d) => sum + d.overdue.length, 0),
      waitingReview: active.reduce((sum, d) => sum + d.waitingReview.length, 0),
    },
    districts: shown,
  };
}

/** Withdrawn districts after the others, each part in the name order the list comes in. */
function withdrawnLast<T extends { status: string }>(members: T[]): T[] {
  return [...members.filter((member) => member.status !== 'withdrawn'), ...members.filter((member) => member.status === 'withdrawn')];
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}
