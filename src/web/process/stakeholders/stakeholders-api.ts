import type { BadgeTone } from '../../app/ui/badge';
import type { MessageKey } from '../../app/i18n/message-catalogue';

export { constituencies, type Constituency } from '../../../core/process/constituencies';
import type { Constituency } from '../../../core/process/constituencies';

export type EngagementMethod = 'survey' | 'focus_group' | 'workshop' | 'town_hall' | 'exchange' | 'interview' | 'other';
export const engagementMethods: readonly EngagementMethod[] = ['survey', 'focus_group', 'workshop', 'town_hall', 'exchange', 'interview', 'other'];
export type EngagementStatus = 'planned' | 'scheduled' | 'done' | 'cancelled';
export const engagementStatuses: readonly EngagementStatus[] = ['planned', 'scheduled', 'done', 'cancelled'];

export interface Contact {
  name: string;
  email: string;
}
export interface StakeholderGroup {
  id: string;
  name: string;
  constituency: Constituency;
  description: string;
  estimatedSize: number | null;
  contacts: Contact[];
  notes: string;
  position: number;
  version: number;
}
export interface Engagement {
  id: string;
  stakeholderGroupId: string;
  phaseId: string;
  method: EngagementMethod;
  startDate: string | null;
  endDate: string | null;
  leadUserId: string | null;
  leadName: string | null;
  status: EngagementStatus;
  notes: string;
  version: number;
}
export interface EngagementPlan {
  groups: StakeholderGroup[];
  engagements: Engagement[];
}

export const stakeholdersApi = {
  plan: (cycleId: string) => `/api/cycles/${cycleId}/engagement`,
  groups: (cycleId: string) => `/api/cycles/${cycleId}/stakeholder-groups`,
  group: (cycleId: string, id: string) => `/api/cycles/${cycleId}/stakeholder-groups/${id}`,
  engagements: (cycleId: string) => `/api/cycles/${cycleId}/engagements`,
  engagement: (cycleId: string, id: string) => `/api/cycles/${cycleId}/engagements/${id}`,
  /** The district's surveys (the engagement domain's list), to show each beside the entry it serves. */
  surveys: (districtId: string) => `/api/districts/${districtId}/surveys`,
};

/** A survey as the engagement list describes it, the few fields the engagement plan shows. */
export interface LinkedSurvey {
  id: string;
  title: string;
  status: 'draft' | 'open' | 'closed';
  responses: number;
  cycle_id: string | null;
  engagement_entry_id: string | null;
}

/** The surveys of this cycle by the engagement entry they serve. */
export function surveysOfEngagements(surveys: readonly LinkedSurvey[], cycleId: string): Map<string, LinkedSurvey[]> {
  const byEntry = new Map<string, LinkedSurvey[]>();
  for (const survey of surveys) {
    if (survey.cycle_id !== cycleId || !survey.engagement_entry_id) continue;
    byEntry.set(survey.engagement_entry_id, [...(byEntry.get(survey.engagement_entry_id) ?? []), survey]);
  }
  return byEntry;
}

export const constituencyLabel = (c: Constituency) => `constituency.${c}` as MessageKey;
export const methodLabel = (m: EngagementMethod) => `stakeholders.method.${m}` as MessageKey;
export const statusLabel = (s: EngagementStatus) => `stakeholders.status.${s}` as MessageKey;
export const statusTone: Record<EngagementStatus, BadgeTone> = { planned: 'neutral', scheduled: 'info', done: 'success', cancelled: 'warning' };
