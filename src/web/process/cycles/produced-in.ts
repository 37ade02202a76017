import type { MessageKey } from '../../app/i18n/message-catalogue';
import { planPath } from '../../plan/plans/plan-views';
import { cycleSectionPath } from './cycle-sections';

/** The view of a plan where each `plan.*` product area is worked on. */
const planSegments: Record<string, string> = {
  goals: '',
  strategies: '',
  actions: '',
  measures: 'measures',
  monitoring: 'measures',
  vision: 'details',
  budget: 'budget',
  decision_rights: 'decision-rights',
  communication: 'page',
  lifecycle: 'versions',
  // Comments on the draft, their themes and dispositions, and the packet for the meeting that reviews them.
  public_comment: 'public-comment',
};

/** The cycle's own section for each `process.*` area; evidence has no screen of its own yet. */
const processSegments: Record<string, string> = { roster: 'committee', norms: 'norms', engagement: 'engagement', schedule: 'sessions' };

/** The evidence domain's work areas (src/server/evidence/work/evidence-work-areas.ts). */
const evidenceAreas = ['datasets', 'data_picture', 'swot', 'gap_analysis', 'diagnostic', 'instructional_focus'];

/** The data retreat's work areas: all four are written on the board of one of the cycle's retreats. */
const retreatAreas = ['data_picture', 'swot', 'gap_analysis', 'diagnostic'];

/** The screen of an evidence work area: the retreat's areas open the cycle's retreats, where the team picks the session's board. */
function evidencePath(area: string, organizationId: string, cycleId: string): string | null {
  if (area === 'datasets') return `/o/${organizationId}/data`;
  if (area === 'instructional_focus') return `/o/${organizationId}/data/instructional-focus/${cycleId}`;
  if (retreatAreas.includes(area)) return `/o/${organizationId}/data/retreats?cycle=${cycleId}`;
  return null;
}

/**
 * The engagement domain's work areas (src/server/engagement/work/engagement-work-areas.ts): what the
 * community said in the cycle and the themes drawn from it, both gathered on the cycle's
 * stakeholder section, where each phase's surveys, conversations, focus groups and summary are.
 */
const engagementAreas = ['input', 'findings'];

export interface ProducedIn {
  label: MessageKey;
  /** Where to go; null when there is nowhere yet (no plan linked, or no screen for it). */
  to: string | null;
  isPlan: boolean;
}

/**
 * Where a step or deliverable with `linksTo` is worked on: a view of the plan the cycle produces
 * ("plan.measures" → the plan's measures), or a section of the cycle ("process.roster" → the
 * committee). Unknown areas still get a readable label.
 */
export function producedIn(linksTo: string | null, organizationId: string, cycleId: string, planId: string | null): ProducedIn | null {
  if (!linksTo) return null;
  const [domain, area = ''] = linksTo.split('.');
  if (domain === 'plan') {
    const known = area in planSegments;
    const label = (known ? `cycleLink.plan.${area}` : 'cycleLink.plan.other') as MessageKey;
    return { label, to: planId ? planPath(organizationId, planId, known ? planSegments[area] : '') : null, isPlan: true };
  }
  if (domain === 'evidence') {
    const known = evidenceAreas.includes(area);
    // An area not known here (a newer server) keeps a readable label without a link.
    return { label: (known ? `cycleLink.evidence.${area}` : 'cycleLink.evidence.other') as MessageKey, to: evidencePath(area, organizationId, cycleId), isPlan: false };
  }
  if (domain === 'engagement') {
    const known = engagementAreas.includes(area);
    return { label: (known ? `cycleLink.engagement.${area}` : 'cycleLink.engagement.other') as MessageKey, to: cycleSectionPath(organizationId, cycleId, 'engagement'), isPlan: false };
  }
  const segment = processSegments[area];
  const known = segment !== undefined || area === 'evidence';
  return { label: (known ? `cycleLink.process.${area}` : 'cycleLink.process.other') as MessageKey, to: segment ? cycleSectionPath(organizationId, cycleId, segment) : null, isPlan: false };
}
