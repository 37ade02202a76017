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
};

export const constituencyLabel = (c: Constituency) => `constituency.${c}` as MessageKey;
export const methodLabel = (m: EngagementMethod) => `stakeholders.method.${m}` as MessageKey;
export const statusLabel = (s: EngagementStatus) => `stakeholders.status.${s}` as MessageKey;
export const statusTone: Record<EngagementStatus, BadgeTone> = { planned: 'neutral', scheduled: 'info', done: 'success', cancelled: 'warning' };
