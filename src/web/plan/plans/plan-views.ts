import type { Permission } from '../../app/api-types';
import type { MessageKey } from '../../app/i18n/message-catalogue';

/**
 * The views of a plan's workspace, in the order of its secondary navigation; each has its own URL.
 * A view with a permission is listed only for people who hold it (monitoring for Progress and Coverage).
 */
export const planViews: ReadonlyArray<{ segment: string; label: MessageKey; permission?: Permission }> = [
  { segment: '', label: 'planNav.outline' },
  { segment: 'details', label: 'planNav.details' },
  { segment: 'measures', label: 'planNav.measures' },
  { segment: 'progress', label: 'progress.nav', permission: 'monitoring.read' },
  { segment: 'coverage', label: 'progress.coverageNav', permission: 'monitoring.read' },
  { segment: 'check-ins', label: 'planNav.checkIns', permission: 'monitoring.read' },
  { segment: 'improvement', label: 'planNav.improvement', permission: 'monitoring.read' },
  { segment: 'page', label: 'planNav.page' },
  { segment: 'budget', label: 'planNav.budget' },
  { segment: 'decision-rights', label: 'planNav.decisionRights' },
  { segment: 'owners', label: 'planNav.owners' },
  { segment: 'checks', label: 'planNav.checks' },
  { segment: 'evidence', label: 'planNav.evidence' },
  { segment: 'comments', label: 'planNav.comments' },
  { segment: 'public-comment', label: 'publicComment.nav' },
  { segment: 'versions', label: 'planNav.versions' },
];

export function planPath(organizationId: string, planId: string, segment = ''): string {
  return `/o/${organizationId}/plans/${planId}${segment ? `/${segment}` : ''}`;
}

/** The outline with one element selected: what a check, a comment or a matrix row links to. */
export function elementPath(organizationId: string, planId: string, key: string): string {
  return `${planPath(organizationId, planId)}?element=${encodeURIComponent(key)}`;
}

export function viewOfPath(pathname: string): string {
  return /\/plans\/[^/]+\/([^/?]+)/.exec(pathname)?.[1] ?? '';
}
