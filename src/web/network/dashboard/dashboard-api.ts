import { withQuery } from '../../app/api';

/* The cohort dashboard as the server sends it (src/server/network/dashboard/dashboard.schema.ts). */

export type DeliverableStatus = 'not_started' | 'in_progress' | 'in_review' | 'complete';
export type ReviewState = 'none' | 'approved' | 'changes_requested';
export type Verdict = 'no_cycle' | 'not_started' | 'ahead' | 'on_track' | 'behind' | 'finished';

export interface DashboardEvent {
  id: string;
  kind: 'milestone' | 'session';
  title: string;
  date: string;
  startTime: string | null;
  location: string | null;
  details: string;
}

export interface DashboardDeliverable {
  id: string;
  key: string | null;
  letter: string | null;
  name: string;
  status: DeliverableStatus;
  reviewState: ReviewState;
  dueDate: string;
  isOverdue: boolean;
  isWaitingReview: boolean;
}

export interface DashboardDistrict {
  districtId: string;
  districtName: string;
  status: 'invited' | 'enrolled' | 'withdrawn';
  cycleId: string | null;
  provider: { id: string; name: string } | null;
  coaches: Array<{ userId: string; name: string; organizationName: string; responsibility: string | null }>;
  progress: {
    verdict: Verdict;
    phasesApart: number;
    currentPhase: { key: string | null; name: string; index: number } | null;
    expectedPhase: { key: string | null; name: string; index: number } | null;
  };
  counts: { notStarted: number; inProgress: number; inReview: number; complete: number; approved: number; changesRequested: number; total: number };
  deliverables: DashboardDeliverable[];
  overdue: string[];
  waitingReview: string[];
  nextSession: { id: string; name: string; date: string; format: string } | null;
}

export interface CohortDashboardData {
  cohort: { id: string; name: string; schoolYear: string; templateId: string; templateName: string | null; startDate: string };
  today: string;
  timeline: {
    phases: Array<{ key: string; name: string; startDate: string; endDate: string; isToday: boolean }>;
    endDate: string | null;
    deliverables: Array<{ key: string; letter: string | null; name: string; phaseKey: string; dueDate: string }>;
    events: DashboardEvent[];
  };
  upcomingEvents: DashboardEvent[];
  filters: { providers: Array<{ id: string; name: string }>; coaches: Array<{ userId: string; name: string; organizationName: string }> };
  totals: { districts: number; behind: number; overdue: number; waitingReview: number };
  districts: DashboardDistrict[];
}

export interface DashboardFilters {
  providerId: string;
  coachId: string;
}

export const dashboardApi = {
  dashboard: (cohortId: string, filters: DashboardFilters) => withQuery(`/api/cohorts/${cohortId}/dashboard`, { ...filters }),
  /** A plain link: the browser downloads the workbook with the session cookie. */
  spreadsheet: (cohortId: string, filters: DashboardFilters, lang: string) => withQuery(`/api/cohorts/${cohortId}/dashboard.xlsx`, { ...filters, lang }),
};
