import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplates } from './parse-template.js';
import { BASE_READINESS_IDS, type ProcessTemplate } from './process-template.schema.js';

const directory = new URL('../../../templates/', import.meta.url);
const templates = parseTemplates(
  readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ fileName: `templates/${name}`, json: readFileSync(new URL(name, directory), 'utf8') })),
);
const byId = (id: string) => templates.find((t) => t.id === id)!;
const sessionsOf = (t: ProcessTemplate, phase: string) => t.sessions.filter((s) => s.phase === phase);
const weeks = (t: ProcessTemplate) => t.phases.map((p) => p.durationWeeks);

describe('the shipped templates', () => {
  it('all load: one per framework and the blank one', () => {
    expect(templates.map((t) => t.id).sort()).toEqual([
      'cec-strategic-planning',
      'custom',
      'koru-vision-and-strategy',
      'louisiana-strong-school-systems',
      'performance-fact-strategic-alignment',
      'thru-community-planning',
    ]);
  });

  it.each<[string, string]>([
    ['koru-vision-and-strategy', '000_1002113b175ea60a.txt'],
    ['cec-strategic-planning', '001_1a65ba4e9b015ef5.txt'],
    ['thru-community-planning', '002_dd98419bc33d323d.txt'],
    ['louisiana-strong-school-systems', '003_93ec0d4df603b702.txt'],
    ['performance-fact-strategic-alignment', '004_132216f153bd3a30.txt'],
  ])('%s names its seed, %s, and gives every phase sessions and deliverables', (id, seed) => {
    const template = byId(id);
    expect(template.source.seed).toBe(seed);
    for (const phase of template.phases) {
      expect(sessionsOf(template, phase.id).length, phase.id).toBeGreaterThan(0);
      expect(template.deliverables.filter((d) => d.phase === phase.id).length, phase.id).toBeGreaterThan(0);
    }
  });

  it('start every readiness checklist with the base items', () => {
    for (const template of templates) expect(template.readiness.slice(0, 5).map((r) => r.id), template.id).toEqual([...BASE_READINESS_IDS]);
  });

  it('carry no personal names, contact details or client names from the seeds', () => {
    const text = templates.map((t) => JSON.stringify(t)).join('\n');
    expect(text).not.toMatch(/@|https?:|www\.|Chen|Tuttleton|Matthews|Smith|Baltimore|Christina|Hartford/);
  });

  it('Koru: four phases by month, three 90-minute sessions or a half-day retreat, monthly 60-minute check-ins in months 4-10', () => {
    const koru = byId('koru-vision-and-strategy');
    expect(koru.phases.map((p) => p.id)).toEqual(['prepare', 'envision', 'plan', 'enact']);
    expect(koru.phases.map((p) => p.durationNote)).toEqual([expect.stringMatching(/Month 1/), expect.stringMatching(/Month 2/), expect.stringMatching(/Month 3/), expect.stringMatching(/Months 4 to 10/)]);
    for (const id of ['visioning-sessions', 'planning-sessions']) {
      expect(koru.sessions.find((s) => s.id === id)).toMatchObject({ count: 3, lengthMinutes: 90, alternatives: [{ format: 'retreat', count: 1, lengthLabel: 'Half day' }] });
    }
    expect(koru.sessions.find((s) => s.id === 'monthly-check-ins')).toMatchObject({ phase: 'enact', format: 'check_in', count: 7, every: 'month', lengthMinutes: 60 });
    expect(koru.supports.find((s) => s.id === 'consulting-hours')).toMatchObject({ phase: 'enact' });
    expect(koru.optionalPaths.map((o) => [o.id, o.phase, o.decidedIn])).toEqual([
      ['data-wise-cycle', 'enact', 'plan'],
      ['design-thinking', 'enact', 'plan'],
    ]);
  });

  it('CEC: the eight steps, six-hour retreats with SWOT and a preferred future, a three-hour refinement, and board, union and management at the table', () => {
    const cec = byId('cec-strategic-planning');
    expect(cec.phases.map((p) => p.id)).toEqual(['readiness', 'orientation', 'data-retreat', 'vision-retreat', 'setting-direction', 'refinement', 'strategy-action-plans', 'plan-approval']);
    const lengths = Object.fromEntries(cec.sessions.map((s) => [s.id, s.lengthMinutes]));
    expect(lengths).toMatchObject({ 'data-retreat': 360, 'vision-retreat': 360, 'setting-direction-retreat': 360, 'refinement-meeting': 180 });
    expect(cec.deliverables.find((d) => d.id === 'swot-analysis')!.phase).toBe('data-retreat');
    expect(cec.sessions.find((s) => s.id === 'data-retreat')!.agenda.join(' ')).toMatch(/Strengths.*Weaknesses.*Opportunities.*Threats/);
    expect(cec.deliverables.find((d) => d.id === 'preferred-future-statement')).toMatchObject({ phase: 'vision-retreat', buildsOn: ['swot-analysis'] });
    expect(cec.deliverables.find((d) => d.id === 'draft-plan')!.phase).toBe('setting-direction');
    expect(cec.representation.required).toEqual(['board', 'union_or_association', 'district_leadership']);
    expect(cec.sessions.find((s) => s.id === 'introduction-session')!.requiredConstituencies).toEqual(['board', 'union_or_association', 'district_leadership']);
    expect(cec.deliverables.find((d) => d.id === 'pdsa-action-plans')!.doneWhen.join(' ')).toMatch(/PDSA.*SMART/);
    expect(cec.phases.find((p) => p.id === 'plan-approval')!.steps.filter((s) => s.text.startsWith('Tie '))).toHaveLength(6);
    expect(cec.phases.filter((p) => !p.suggested?.includes('guidingQuestion')).map((p) => p.guidingQuestion)).toEqual([
      'Who are we and what are we being asked to do?',
      'Where are we now?',
      'Where do we want to be?',
      'How do we get from where we are to where we want to be?',
    ]);
  });

  it('Thru: outreach, focus groups, surveys and workshops, analysis for leaders, a co-created roadmap, a draft shared and revised', () => {
    const thru = byId('thru-community-planning');
    expect(thru.phases.map((p) => p.id)).toEqual(['outreach', 'engagement', 'analysis', 'roadmap', 'share-and-finalize']);
    expect(sessionsOf(thru, 'engagement').map((s) => s.format)).toEqual(['focus_group', 'survey', 'workshop']);
    expect(sessionsOf(thru, 'analysis')[0]).toMatchObject({ format: 'presentation', audience: 'district_leaders' });
    expect(thru.deliverables.find((d) => d.id === 'roadmap')!.linksTo).toBe('plan.strategies');
    expect(thru.deliverables.find((d) => d.id === 'final-plan')!.buildsOn).toEqual(['draft-plan', 'community-feedback']);
  });

  it('Louisiana: phases of 4, 6, 11 and 4 weeks, deliverables A to M in their phases, and the meetings of each phase', () => {
    const louisiana = byId('louisiana-strong-school-systems');
    expect(weeks(louisiana)).toEqual([4, 6, 11, 4]);
    expect(louisiana.phases.every((p) => !p.suggested?.includes('durationWeeks'))).toBe(true);
    const letters = louisiana.deliverables.map((d) => `${d.letter}:${louisiana.phases.findIndex((p) => p.id === d.phase) + 1}`);
    expect(letters).toEqual(['A:1', 'B:1', 'C:1', 'D:1', 'E:2', 'F:2', 'G:3', 'H:3', 'I:3', 'J:4', 'K:4', 'L:4', 'M:4']);
    const meetings = louisiana.phases.map((p) => sessionsOf(louisiana, p.id).map((s) => `${s.count} ${s.format}`));
    expect(meetings).toEqual([
      ['1 meeting', '1 focus_group'],
      ['1 meeting', '1 board_meeting'],
      ['4 meeting'],
      ['1 focus_group', '2 meeting', '1 board_meeting'],
    ]);
    expect(louisiana.deliverables.find((d) => d.letter === 'K')!.linksTo).toBe('plan.budget');
    expect(louisiana.deliverables.find((d) => d.letter === 'M')!.linksTo).toBe('plan.communication');
    expect(louisiana.outcomes.map((o) => o.text)).toEqual([
      expect.stringMatching(/diagnostic report/),
      expect.stringMatching(/three to five years with a budget/),
      expect.stringMatching(/implementation plan/),
      expect.stringMatching(/monitoring progress/),
    ]);
  });

  it("Performance Fact: seven phases, each with the seed's own guiding question", () => {
    const pf = byId('performance-fact-strategic-alignment');
    expect(pf.phases.map((p) => p.guidingQuestion)).toEqual([
      'Is everyone ready to go?',
      'Where are we now?',
      'Where are we going?',
      'Is everyone still with us?',
      'How are we going to get there?',
      'Have we aligned our resources and responsibilities with the plan?',
      'Do we have the support of our leaders and policymakers?',
    ]);
    expect(pf.phases.some((p) => p.suggested?.includes('guidingQuestion'))).toBe(false);
    const deliverables = Object.fromEntries(pf.deliverables.map((d) => [d.id, d.phase]));
    expect(deliverables).toMatchObject({
      'stretch-goal': 'direction',
      'vital-signs': 'direction',
      'buy-in-check': 'reality-check',
      'instructional-focus': 'roadmap',
      'resource-alignment': 'resource-alignment',
      'leadership-approval': 'leadership-approval',
    });
    expect(pf.deliverables.find((d) => d.id === 'instructional-focus')!.description).toMatch(/four-page/);
  });

  it('custom: a blank template with only the base readiness items', () => {
    expect(byId('custom')).toMatchObject({ kind: 'blank', phases: [], sessions: [], deliverables: [] });
  });
});
