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

/** The screen of an evidence work area; the data retreat's get theirs with the retreat. */
function evidencePath(area: string, organizationId: string, cycleId: string): string | null {
  if (area === 'datasets') return `/o/${organizationId}/data`;
  if (area === 'instructional_focus') return `/o/${organizationId}/data/instructional-focus/${cycleId}`;
  return null;
}

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
    // The data retreat's areas get their screens with the retreat; until then the label stands alone.
    return { label: (known ? `cycleLink.evidence.${area}` : 'cycleLink.evidence.other') as MessageKey, to: evidencePath(area, organizationId, cycleId), isPlan: false };
  }
  const segment = processSegments[area];
  const known = segment !== undefined || area === 'evidence';
  return { label: (known ? `cycleLink.process.${area}` : 'cycleLink.process.other') as MessageKey, to: segment ? cycleSectionPath(organizationId, cycleId, segment) : null, isPlan: false };
}
