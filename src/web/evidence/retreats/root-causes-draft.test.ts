import { describe, expect, it } from 'vitest';
import { fishboneSchema, fiveWhysSchema } from '../../../core/evidence/retreat/root-causes';
import { addCategory, addCause, addWhy, draftOf, maxWhys, removeCategory, removeCause, removeWhy, renameCategory, rootCausesToSend, setCause, setWhy } from './root-causes-draft';

describe('the root-cause editor’s draft', () => {
  it('starts five whys with one empty line and a fishbone with the schools’ starting categories', () => {
    const draft = draftOf('five_whys', []);
    expect(draft.whys).toEqual(['']);
    expect(draft.fishbone.map((entry) => entry.category)).toEqual(['People', 'Processes', 'Curriculum and instruction', 'Resources', 'Policies', 'Environment']);
    expect(rootCausesToSend(draft)).toEqual({ root_cause_method: 'five_whys', root_causes: [] });
  });

  it('reads saved causes of either method, ignoring what does not fit', () => {
    expect(draftOf('five_whys', ['Few tutors', 3, 'No budget']).whys).toEqual(['Few tutors', 'No budget']);
    expect(draftOf('fishbone', [{ category: 'People', causes: ['Turnover', 7] }, 'stray']).fishbone).toEqual([{ category: 'People', causes: ['Turnover'] }]);
  });

  it('asks "why?" five times at most, and sends the whys without blank lines', () => {
    let draft = draftOf('five_whys', []);
    for (let at = 0; at < 7; at += 1) draft = addWhy(draft);
    expect(draft.whys).toHaveLength(maxWhys);
    draft = setWhy(setWhy(setWhy(draft, 0, ' Scores fell '), 1, ''), 2, 'Tutoring ended');
    const sent = rootCausesToSend(draft);
    expect(sent).toEqual({ root_cause_method: 'five_whys', root_causes: ['Scores fell', 'Tutoring ended'] });
    expect(fiveWhysSchema.safeParse(sent.root_causes).success).toBe(true);
    expect(removeWhy(removeWhy(draftOf('five_whys', ['a']), 0), 0).whys).toEqual(['']);
  });

  it('keeps the five whys while the team tries the fishbone, and sends only the chosen method', () => {
    const whys = setWhy(draftOf('five_whys', []), 0, 'Attendance dropped');
    const fishbone = setCause(addCause({ ...whys, method: 'fishbone' }, 0), 0, 0, 'Bus routes changed');
    expect(fishbone.whys).toEqual(['Attendance dropped']);
    const sent = rootCausesToSend(fishbone);
    expect(sent.root_cause_method).toBe('fishbone');
    expect(sent.root_causes).toEqual([
      { category: 'People', causes: ['Bus routes changed'] },
      { category: 'Processes', causes: [] },
      { category: 'Curriculum and instruction', causes: [] },
      { category: 'Resources', causes: [] },
      { category: 'Policies', causes: [] },
      { category: 'Environment', causes: [] },
    ]);
    expect(fishboneSchema.safeParse(sent.root_causes).success).toBe(true);
    expect(rootCausesToSend({ ...fishbone, method: 'five_whys' }).root_causes).toEqual(['Attendance dropped']);
  });

  it('renames, adds and removes categories and causes; a nameless empty category is not sent', () => {
    let draft = draftOf('fishbone', [{ category: 'People', causes: ['a', 'b'] }]);
    draft = renameCategory(draft, 0, 'Staff');
    draft = addCategory(draft, 'Measurement');
    draft = addCategory(draft, '');
    draft = removeCause(draft, 0, 0);
    expect(draft.fishbone).toEqual([
      { category: 'Staff', causes: ['b'] },
      { category: 'Measurement', causes: [] },
      { category: '', causes: [] },
    ]);
    expect(rootCausesToSend(draft).root_causes).toEqual([
      { category: 'Staff', causes: ['b'] },
      { category: 'Measurement', causes: [] },
    ]);
    expect(removeCategory(draft, 0).fishbone.map((entry) => entry.category)).toEqual(['Measurement', '']);
  });
});
