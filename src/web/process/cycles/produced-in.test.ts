import { describe, expect, it } from 'vitest';
import { producedIn } from './produced-in';

const org = 'o1';
const cycle = 'c1';

describe('where a step or deliverable is worked on', () => {
  it.each([
    ['plan.measures', '/o/o1/plans/p1/measures', 'cycleLink.plan.measures'],
    ['plan.monitoring', '/o/o1/plans/p1/measures', 'cycleLink.plan.monitoring'],
    ['plan.decision_rights', '/o/o1/plans/p1/decision-rights', 'cycleLink.plan.decision_rights'],
    ['plan.goals', '/o/o1/plans/p1', 'cycleLink.plan.goals'],
    ['plan.vision', '/o/o1/plans/p1/details', 'cycleLink.plan.vision'],
    ['plan.lifecycle', '/o/o1/plans/p1/versions', 'cycleLink.plan.lifecycle'],
    ['plan.public_comment', '/o/o1/plans/p1/public-comment', 'cycleLink.plan.public_comment'],
    ['plan.something_new', '/o/o1/plans/p1', 'cycleLink.plan.other'],
  ])('%s links to the linked plan’s view', (linksTo, to, label) => {
    expect(producedIn(linksTo, org, cycle, 'p1')).toEqual({ label, to, isPlan: true });
  });

  it('names a plan area without a link while no plan is linked', () => {
    expect(producedIn('plan.budget', org, cycle, null)).toEqual({ label: 'cycleLink.plan.budget', to: null, isPlan: true });
  });

  it.each([
    ['process.roster', '/o/o1/process/c1/committee'],
    ['process.norms', '/o/o1/process/c1/norms'],
    ['process.engagement', '/o/o1/process/c1/engagement'],
    ['process.schedule', '/o/o1/process/c1/sessions'],
  ])('%s links to the cycle’s section', (linksTo, to) => {
    expect(producedIn(linksTo, org, cycle, null)?.to).toBe(to);
  });

  it.each<[string, { label: string; to: string | null }]>([
    ['evidence.datasets', { label: 'cycleLink.evidence.datasets', to: '/o/o1/data' }],
    ['evidence.swot', { label: 'cycleLink.evidence.swot', to: '/o/o1/data/retreats?cycle=c1' }],
    ['evidence.data_picture', { label: 'cycleLink.evidence.data_picture', to: '/o/o1/data/retreats?cycle=c1' }],
    ['evidence.gap_analysis', { label: 'cycleLink.evidence.gap_analysis', to: '/o/o1/data/retreats?cycle=c1' }],
    ['evidence.diagnostic', { label: 'cycleLink.evidence.diagnostic', to: '/o/o1/data/retreats?cycle=c1' }],
    ['evidence.instructional_focus', { label: 'cycleLink.evidence.instructional_focus', to: '/o/o1/data/instructional-focus/c1' }],
    ['evidence.hologram', { label: 'cycleLink.evidence.other', to: null }],
  ])('%s is the evidence domain’s work area', (linksTo, expected) => {
    expect(producedIn(linksTo, org, cycle, 'p1')).toEqual({ ...expected, isPlan: false });
  });

  it.each<[string, string]>([
    ['engagement.input', 'cycleLink.engagement.input'],
    ['engagement.findings', 'cycleLink.engagement.findings'],
    ['engagement.murmurs', 'cycleLink.engagement.other'],
  ])('%s is gathered on the cycle’s stakeholder section', (linksTo, label) => {
    expect(producedIn(linksTo, org, cycle, 'p1')).toEqual({ label, to: '/o/o1/process/c1/engagement', isPlan: false });
  });

  it('keeps evidence as text, and nothing at all without linksTo', () => {
    expect(producedIn('process.evidence', org, cycle, 'p1')).toEqual({ label: 'cycleLink.process.evidence', to: null, isPlan: false });
    expect(producedIn(null, org, cycle, 'p1')).toBeNull();
  });
});
