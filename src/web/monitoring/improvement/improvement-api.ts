import type { MessageKey } from '../../app/i18n/message-catalogue';
import type { BadgeTone } from '../../app/ui/badge';

export type PdsaStage = 'plan' | 'do' | 'study' | 'act';
export type PdsaDecision = 'adopt' | 'adapt' | 'abandon';
export type DataWiseStatus = 'not_started' | 'in_progress' | 'done';
export type DataWiseStage = 'prepare' | 'inquire' | 'act';

export interface PdsaCycle {
  id: string;
  planId: string;
  elementKey: string;
  elementKind: 'strategy' | 'action';
  number: number;
  previousCycleId: string | null;
  nextCycleId: string | null;
  stage: PdsaStage;
  changeIdea: string;
  prediction: string;
  measure: string;
  startedOn: string | null;
  whatHappened: string;
  studyFindings: string;
  decision: PdsaDecision | null;
  decisionNotes: string;
  decidedOn: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface DataWiseStep {
  number: number;
  stage: DataWiseStage;
  name: string;
  status: DataWiseStatus;
  notes: string;
  doneOn: string | null;
  version: number;
}

export interface DataWiseTracker {
  id: string;
  planId: string;
  strategyKey: string;
  title: string;
  team: string;
  steps: DataWiseStep[];
  /** Who started the tracker; only they and monitoring managers may change it. */
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ImprovementStrategy {
  key: string;
  title: string;
  goalKey: string | null;
  goalTitle: string | null;
  actions: { key: string; title: string }[];
}

export interface ImprovementOverview {
  planId: string;
  strategies: ImprovementStrategy[];
  pdsaCycles: PdsaCycle[];
  dataWiseTrackers: DataWiseTracker[];
}

export type AgendaReason = 'off_track' | 'at_risk' | 'overdue' | 'update_overdue' | 'open_follow_up';

export interface AgendaItem {
  key: string;
  kind: 'measure' | 'strategy' | 'action' | 'follow_up' | 'other';
  elementKey: string | null;
  goalKey: string | null;
  goalTitle: string | null;
  /** The goal's status when the agenda was built, the same as every view shows (absent on agendas older than it). */
  goalStatus?: 'on_track' | 'at_risk' | 'off_track' | 'no_data' | null;
  title: string;
  reasons: AgendaReason[];
  status: string | null;
  explanation: string | null;
  owner: string | null;
  periodLabel: string | null;
  dueOn: string | null;
  isNew: boolean;
}

export interface FollowUp {
  id: string;
  checkInId: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string;
  status: 'open' | 'done';
  doneAt: string | null;
  version: number;
}

export interface CheckIn {
  id: string;
  planId: string;
  heldOn: string;
  sinceOn: string | null;
  attendees: { userId: string | null; name: string }[];
  agenda: AgendaItem[];
  notes: string;
  decisions: { text: string }[];
  followUps: FollowUp[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Every improvement and check-in endpoint of a plan in one place. */
export const improvementApi = {
  overview: (planId: string) => `/api/plans/${planId}/improvement`,
  pdsaCycles: (planId: string) => `/api/plans/${planId}/pdsa-cycles`,
  pdsaCycle: (planId: string, id: string) => `/api/plans/${planId}/pdsa-cycles/${id}`,
  nextCycle: (planId: string, id: string) => `/api/plans/${planId}/pdsa-cycles/${id}/next`,
  trackers: (planId: string) => `/api/plans/${planId}/data-wise`,
  tracker: (planId: string, id: string) => `/api/plans/${planId}/data-wise/${id}`,
  step: (planId: string, id: string, number: number) => `/api/plans/${planId}/data-wise/${id}/steps/${number}`,
  checkIns: (planId: string) => `/api/plans/${planId}/check-ins`,
  checkIn: (planId: string, id: string) => `/api/plans/${planId}/check-ins/${id}`,
  followUps: (planId: string, checkInId: string) => `/api/plans/${planId}/check-ins/${checkInId}/follow-ups`,
  followUp: (planId: string, id: string) => `/api/plans/${planId}/follow-ups/${id}`,
  members: (organizationId: string) => `/api/organizations/${organizationId}/members`,
};

export const pdsaStages: readonly PdsaStage[] = ['plan', 'do', 'study', 'act'];
export const pdsaDecisions: readonly PdsaDecision[] = ['adopt', 'adapt', 'abandon'];
export const dataWiseStages: readonly DataWiseStage[] = ['prepare', 'inquire', 'act'];
export const dataWiseStatuses: readonly DataWiseStatus[] = ['not_started', 'in_progress', 'done'];

export const stageLabel: Record<PdsaStage, MessageKey> = { plan: 'pdsa.stage.plan', do: 'pdsa.stage.do', study: 'pdsa.stage.study', act: 'pdsa.stage.act' };
export const decisionLabel: Record<PdsaDecision, MessageKey> = { adopt: 'pdsa.decision.adopt', adapt: 'pdsa.decision.adapt', abandon: 'pdsa.decision.abandon' };
export const decisionTone: Record<PdsaDecision, BadgeTone> = { adopt: 'success', adapt: 'info', abandon: 'neutral' };
export const dataWiseStageLabel: Record<DataWiseStage, MessageKey> = { prepare: 'dataWise.stage.prepare', inquire: 'dataWise.stage.inquire', act: 'dataWise.stage.act' };
export const dataWiseStatusLabel: Record<DataWiseStatus, MessageKey> = { not_started: 'dataWise.status.not_started', in_progress: 'dataWise.status.in_progress', done: 'dataWise.status.done' };
export const dataWiseStatusTone: Record<DataWiseStatus, BadgeTone> = { not_started: 'neutral', in_progress: 'info', done: 'success' };
/** The steps by number, in the reader's language (the server sends the English names). */
export const dataWiseStepLabel = (number: number) => `dataWise.step.${number}` as MessageKey;
export const reasonLabel: Record<AgendaReason, MessageKey> = {
  off_track: 'checkIns.reason.off_track',
  at_risk: 'checkIns.reason.at_risk',
  overdue: 'checkIns.reason.overdue',
  update_overdue: 'checkIns.reason.update_overdue',
  open_follow_up: 'checkIns.reason.open_follow_up',
};
export const reasonTone: Record<AgendaReason, BadgeTone> = { off_track: 'danger', at_risk: 'warning', overdue: 'danger', update_overdue: 'warning', open_follow_up: 'info' };

/** Today in the reader's time zone, as the date inputs want it. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const improvementPath = (organizationId: string, planId: string, strategyKey?: string) =>
  `/o/${organizationId}/plans/${planId}/improvement${strategyKey ? `?strategy=${encodeURIComponent(strategyKey)}` : ''}`;

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A `YYYY-MM-DD` date in the reader's language, read as a calendar day (no time zone moves it). */
export function formatDay(locale: string, date: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? date : format.format(new Date(time));
}

/** A plan's PDSA cycles as lines: each first cycle followed by the cycles that came after it. */
export function pdsaChains(cycles: readonly PdsaCycle[]): PdsaCycle[][] {
  const byId = new Map(cycles.map((cycle) => [cycle.id, cycle]));
  const heads = cycles.filter((cycle) => !cycle.previousCycleId || !byId.has(cycle.previousCycleId));
  return heads.map((head) => {
    const chain = [head];
    for (let next = head.nextCycleId ? byId.get(head.nextCycleId) : undefined; next && !chain.includes(next); next = next.nextCycleId ? byId.get(next.nextCycleId) : undefined) chain.push(next);
    return chain;
  });
}
