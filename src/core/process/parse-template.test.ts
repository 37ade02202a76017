import { describe, expect, it } from 'vitest';
import { parseTemplate, parseTemplates, TemplateError } from './parse-template.js';
import { smallTemplate } from './fixtures/small-template.js';

const FILE = 'templates/small.json';

// Loosely typed on purpose: the cases write what the types forbid, as a hand-edited file can.
type BreakIt = (template: any) => void;

/** The problems parseTemplate reports for the small template after `breakIt` changes it, one "path: reason" each. */
function problemsAfter(breakIt: BreakIt, fileName = FILE): string[] {
  const template = smallTemplate();
  breakIt(template);
  try {
    parseTemplate(JSON.stringify(template), fileName);
    return [];
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
}

describe('parseTemplate', () => {
  it('accepts the small template as it is', () => {
    expect(parseTemplate(JSON.stringify(smallTemplate()), FILE).id).toBe('small');
  });

  it('names the file, the path and the reason in its message', () => {
    const template = smallTemplate();
    template.deliverables[0]!.phase = 'enactt';
    expect(() => parseTemplate(JSON.stringify(template), FILE)).toThrow("templates/small.json: /deliverables/0/phase: unknown phase 'enactt'");
    template.deliverables[0]!.phase = 'prepare';
    template.phases[1] = { ...template.phases[1]!, durationDays: undefined, durationWeeks: -3 };
    expect(() => parseTemplate(JSON.stringify(template), FILE)).toThrow('templates/small.json: /phases/1/durationWeeks: must be positive');
  });

  it.each<[string, BreakIt, string[]]>([
    ['a deliverable in an unknown phase', (t) => (t.deliverables[2]!.phase = 'enactt'), ["/deliverables/2/phase: unknown phase 'enactt'"]],
    ['a negative duration', (t) => (t.phases[2]!.durationWeeks = -4), ['/phases/2/durationWeeks: must be positive']],
    ['a zero duration in days', (t) => (t.phases[1]!.durationDays = 0), ['/phases/1/durationDays: must be positive']],
    ['a fractional duration', (t) => (t.phases[0]!.durationWeeks = 1.5), ['/phases/0/durationWeeks: must be a whole number']],
    ['a session in an unknown phase', (t) => (t.sessions[0]!.phase = 'nowhere'), ["/sessions/0/phase: unknown phase 'nowhere'"]],
    ['a phase id used twice', (t) => t.phases.push({ ...t.phases[0]! }), ["/phases/3/id: duplicate id 'prepare' (also at /phases/0)"]],
    ['a deliverable id used twice', (t) => t.deliverables.push({ ...t.deliverables[0]!, letter: 'D' }), ["/deliverables/3/id: duplicate id 'norms' (also at /deliverables/0)"]],
    ['a letter used twice', (t) => (t.deliverables[2]!.letter = 'A'), ["/deliverables/2/letter: duplicate letter 'A' (also at /deliverables/0)"]],
    ['a session id used twice', (t) => (t.sessions[2]!.id = 'kickoff'), ["/sessions/2/id: duplicate id 'kickoff' (also at /sessions/0)"]],
    ['an unknown field', (t) => (t.phases[0]!.durationMonths = 2), ['/phases/0/durationMonths: is not a field of a process template']],
    ['a missing field', (t) => delete t.phases[0]!.guidingQuestion, ['/phases/0/guidingQuestion: is required']],
    ['an empty text', (t) => (t.phases[0]!.purpose = '  '), ['/phases/0/purpose: must not be empty']],
    ['a wrong type', (t) => (t.sessions[0]!.count = '2'), ['/sessions/0/count: must be a number']],
    ['an unknown session format', (t) => (t.sessions[0]!.format = 'party'), ['/sessions/0/format: must be one of "meeting", "retreat", "workshop", "focus_group", "survey", "check_in", "board_meeting", "public_input", "training", "presentation"']],
    ['an unknown constituency', (t) => (t.representation.required = ['parents']), ['/representation/required/0: must be one of "board", "union_or_association", "district_leadership", "principals", "teachers", "support_staff", "families", "students", "community", "business", "higher_education"']],
    ['another format version', (t) => (t.format = 'process-template/v2'), ['/format: must be "process-template/v1"']],
    ['an id that is not kebab-case', (t) => (t.phases[0]!.id = 'Prepare Phase'), ['/phases/0/id: must be lowercase letters and digits joined by hyphens, like "data-retreat"']],
    ['a product area without a prefix', (t) => (t.deliverables[0]!.linksTo = 'norms'), ['/deliverables/0/linksTo: must name a product area like "plan.measures" or "process.norms"']],
    ['a phase with both durations', (t) => (t.phases[0]!.durationDays = 14), ['/phases/0/durationDays: give durationWeeks or durationDays, not both']],
    ['a phase with no duration', (t) => delete t.phases[0]!.durationWeeks, ['/phases/0: needs durationWeeks or durationDays']],
    ['a session after its phase ends', (t) => (t.sessions[0]!.weekOffset = 2), ["/sessions/0/weekOffset: week 2 is past the end of phase 'prepare' (2 weeks)"]],
    ['a monthly series longer than its phase', (t) => (t.sessions[2]!.count = 3), ["/sessions/2/count: 3 sessions a month do not fit in phase 'enact' (8 weeks)"]],
    ['an alternative that does not fit', (t) => (t.sessions[1]!.alternatives = [{ name: 'Weekly', format: 'meeting', count: 9, every: 'week' }]), ["/sessions/1/alternatives/0/count: 9 sessions a week do not fit in phase 'enact' (8 weeks)"]],
    ['an interval for a single session', (t) => (t.sessions[0]!.every = 'week'), ['/sessions/0/every: is only for a session held more than once']],
    ['a due week after the phase ends', (t) => (t.deliverables[0]!.dueInWeek = 3), ["/deliverables/0/dueInWeek: week 3 is past the end of phase 'prepare' (2 weeks)"]],
    ['a due week inside a phase given in days', (t) => (t.deliverables[1]!.dueInWeek = 2), []],
    ['building on an unknown deliverable', (t) => (t.deliverables[2]!.buildsOn = ['inputs']), ["/deliverables/2/buildsOn/0: unknown deliverable 'inputs'"]],
    ['building on a later deliverable', (t) => (t.deliverables[0]!.buildsOn = ['plan']), ["/deliverables/0/buildsOn/0: 'plan' belongs to a later phase ('enact')"]],
    ['building on itself', (t) => (t.deliverables[2]!.buildsOn = ['plan']), ['/deliverables/2/buildsOn/0: a deliverable cannot build on itself']],
    ['an outcome naming an unknown deliverable', (t) => (t.outcomes[0]!.deliverables = ['plans']), ["/outcomes/0/deliverables/0: unknown deliverable 'plans'"]],
    ['an optional path in an unknown phase', (t) => (t.optionalPaths[0]!.decidedIn = 'later'), ["/optionalPaths/0/decidedIn: unknown phase 'later'"]],
    ['a support in an unknown phase', (t) => (t.supports[0]!.phase = 'later'), ["/supports/0/phase: unknown phase 'later'"]],
    ['a missing base readiness item', (t) => (t.readiness = t.readiness.filter((r: { id: string }) => r.id !== 'norms-set')), ["/readiness: the base item 'norms-set' is missing"]],
    ['a constituency both required and recommended', (t) => (t.representation.recommended = ['board']), ["/representation/recommended/0: 'board' is already required"]],
    ['a suggested field the item lacks', (t) => (t.phases[0]!.suggested = ['durationDays']), ["/phases/0/suggested/0: 'durationDays' is not a field of this item"]],
    ['a framework without phases', (t) => Object.assign(t, { phases: [], sessions: [], deliverables: [], optionalPaths: [], supports: [], outcomes: [] }), ['/phases: a framework needs at least one phase']],
    ['a framework without its seed', (t) => delete t.source.seed, ['/source/seed: is required for a framework: name the seed it is drawn from']],
    ['a blank template without phases', (t) => Object.assign(t, { kind: 'blank', phases: [], sessions: [], deliverables: [], optionalPaths: [], supports: [], outcomes: [] }), []],
    ['a plan horizon the wrong way round', (t) => (t.planHorizonYears = { min: 5, max: 3 }), ['/planHorizonYears/min: must not be more than max']],
  ])('refuses %s', (_, breakIt, expected) => {
    expect(problemsAfter(breakIt)).toEqual(expected);
  });

  it('reports every problem of a file, not only the first', () => {
    expect(
      problemsAfter((t) => {
        t.phases[2]!.durationWeeks = -1;
        t.phases[1]!.id = 'prepare';
      }),
    ).toEqual(['/phases/2/durationWeeks: must be positive']);
    // Cross-reference checks run once the schema passes, and then all of them are reported.
    expect(
      problemsAfter((t) => {
        t.phases[1]!.id = 'prepare';
        t.sessions[0]!.phase = 'x';
      }),
    ).toEqual(["/phases/1/id: duplicate id 'prepare' (also at /phases/0)", "/sessions/0/phase: unknown phase 'x'", "/deliverables/1/phase: unknown phase 'listen'"]);
  });

  it('requires the id to match the file name', () => {
    expect(problemsAfter(() => {}, 'templates/other.json')).toEqual(["/id: must match the file name ('other')"]);
  });

  it('refuses a file that is not JSON, naming the file', () => {
    expect(() => parseTemplate('{ "format": ', FILE)).toThrow(/^templates\/small\.json: is not valid JSON \(/);
  });
});

describe('parseTemplates', () => {
  it('refuses an id used by two files, naming both', () => {
    const json = JSON.stringify(smallTemplate());
    expect(() =>
      parseTemplates([
        { fileName: 'a/small.json', json },
        { fileName: 'b/small.json', json },
      ]),
    ).toThrow("b/small.json: /id: duplicate template id 'small' (also in a/small.json)");
  });

  it('reports the problems of every file together', () => {
    const broken = smallTemplate();
    broken.phases[0]!.durationWeeks = 0;
    try {
      parseTemplates([
        { fileName: 'templates/small.json', json: JSON.stringify(broken) },
        { fileName: 'templates/other.json', json: 'not json' },
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as TemplateError).problems.map((p) => `${p.file}: ${p.path}`)).toEqual(['templates/small.json: /phases/0/durationWeeks', 'templates/other.json: ']);
    }
  });
});
