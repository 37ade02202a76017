import type { ApiError } from '../../app/api';
import type { DeliverableStatus, ReadinessState } from '../api-types';
import type { BadgeTone } from '../../app/ui/badge';
import type { MessageKey } from '../../app/i18n/message-catalogue';

/** Every planning-cycle endpoint in one place. */
export const processApi = {
  templates: () => '/api/process-templates',
  cycles: (districtId: string) => `/api/districts/${districtId}/cycles`,
  cycle: (cycleId: string) => `/api/cycles/${cycleId}`,
  readiness: (cycleId: string, itemId: string) => `/api/cycles/${cycleId}/readiness/${itemId}`,
  closePhase: (cycleId: string, phaseId: string) => `/api/cycles/${cycleId}/phases/${phaseId}/close`,
  deliverable: (cycleId: string, id: string) => `/api/cycles/${cycleId}/deliverables/${id}`,
  deliverableStatus: (cycleId: string, id: string) => `/api/cycles/${cycleId}/deliverables/${id}/status`,
  signOff: (cycleId: string, id: string) => `/api/cycles/${cycleId}/deliverables/${id}/sign-off`,
  history: (cycleId: string, id: string) => `/api/cycles/${cycleId}/deliverables/${id}/history`,
  members: (organizationId: string) => `/api/organizations/${organizationId}/members`,
  plans: (districtId: string) => `/api/districts/${districtId}/plans`,
  items: (cycleId: string, kind: ItemKind) => `/api/cycles/${cycleId}/${kind}s`,
  item: (cycleId: string, kind: ItemKind, id: string) => `/api/cycles/${cycleId}/${kind}s/${id}`,
  moveItem: (cycleId: string, kind: ItemKind, id: string) => `/api/cycles/${cycleId}/${kind}s/${id}/move`,
};

/** The four kinds of a cycle's parts that planners adapt; the API's paths are their plurals. */
export type ItemKind = 'phase' | 'step' | 'session' | 'deliverable';


/** The session formats the API accepts (the process templates' own list). */
export const sessionFormats = ['meeting', 'retreat', 'workshop', 'focus_group', 'survey', 'check_in', 'board_meeting', 'public_input', 'training', 'presentation'] as const;
export const formatLabel = (format: string) => `cycleEdit.format.${format}` as MessageKey;

export const processPath = (organizationId: string) => `/o/${organizationId}/process`;
export const cyclePath = (organizationId: string, cycleId: string) => `/o/${organizationId}/process/${cycleId}`;

export const deliverableStatuses: readonly DeliverableStatus[] = ['not_started', 'in_progress', 'in_review', 'complete'];

export const statusLabel: Record<DeliverableStatus, MessageKey> = {
  not_started: 'deliverable.status.not_started',
  in_progress: 'deliverable.status.in_progress',
  in_review: 'deliverable.status.in_review',
  complete: 'deliverable.status.complete',
};
export const statusTone: Record<DeliverableStatus, BadgeTone> = { not_started: 'neutral', in_progress: 'info', in_review: 'warning', complete: 'success' };

export const readinessLabel: Record<ReadinessState, MessageKey> = { open: 'readiness.state.open', checked: 'readiness.state.checked', waived: 'readiness.state.waived' };
export const readinessTone: Record<ReadinessState, BadgeTone> = { open: 'neutral', checked: 'success', waived: 'warning' };

const dayMs = 86_400_000;

/** A calendar day ("2026-01-05") as a day number, in UTC so no time zone moves it. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / dayMs);
}

/** Today as a calendar day in the reader's own time zone. */
export function todayDate(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** A calendar day in the reader's language; not shifted by the time zone as a timestamp would be. */
export function formatDay(locale: string, date: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? date : format.format(new Date(time));
}

/** Something another person changed first: the answer is 409 with code conflict. */
export const isConflict = (error: ApiError) => error.status === 409;
