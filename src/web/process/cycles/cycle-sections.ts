import type { MessageKey } from '../../app/i18n/message-catalogue';

/** The sections of a planning cycle, in tab order; '' is the overview (timeline and checklist). */
export const cycleSections: readonly { segment: string; label: MessageKey }[] = [
  { segment: '', label: 'cycleNav.overview' },
  { segment: 'committee', label: 'cycleNav.committee' },
  { segment: 'sessions', label: 'cycleNav.sessions' },
  { segment: 'engagement', label: 'cycleNav.engagement' },
  { segment: 'norms', label: 'cycleNav.norms' },
  { segment: 'outreach', label: 'cycleNav.outreach' },
];

export const cycleSectionPath = (organizationId: string, cycleId: string, segment: string) =>
  segment ? `/o/${organizationId}/process/${cycleId}/${segment}` : `/o/${organizationId}/process/${cycleId}`;

/** The section a path shows: the segment after the cycle id. */
export function sectionOfPath(pathname: string): string {
  const match = /\/process\/[^/]+\/([^/]+)/.exec(pathname);
  return match?.[1] ?? '';
}
