import { describe, expect, it } from 'vitest';
import { builtInStudentGroups, extendStudentGroups, matchStudentGroup } from './student-groups.js';

describe('matchStudentGroup', () => {
  it.each([
    ['Hispanic', 'hispanic', 'race_ethnicity'],
    ['Hispanic/Latino', 'hispanic', 'race_ethnicity'],
    ['  latino ', 'hispanic', 'race_ethnicity'],
    ['EL', 'english_learner', 'english_learner_status'],
    ['English Language Learners', 'english_learner', 'english_learner_status'],
    ['English learners', 'english_learner', 'english_learner_status'],
    ['SWD', 'students_with_disabilities', 'disability_status'],
    ['Students with Disabilities', 'students_with_disabilities', 'disability_status'],
    ['Low income', 'economically_disadvantaged', 'economic_status'],
    ['Economically disadvantaged', 'economically_disadvantaged', 'economic_status'],
    ['Female', 'female', 'sex'],
    ['Male', 'male', 'sex'],
    ['Pacific Islander', 'pacific_islander', 'race_ethnicity'],
  ])('%s is %s in %s', (name, key, category) => expect(matchStudentGroup(name)).toEqual({ key, category, isKnown: true }));

  it('makes an unknown group a category of its own', () => {
    expect(matchStudentGroup('Robotics club')).toEqual({ key: 'robotics club', category: 'unmatched:robotics club', isKnown: false });
  });

  it('lets a district’s own list extend or replace the built-in one', () => {
    const own = [{ key: 'newcomers', category: 'arrival', names: ['Newcomers', 'EL'] }];
    expect(matchStudentGroup('EL', extendStudentGroups(builtInStudentGroups, own))).toMatchObject({ key: 'newcomers', category: 'arrival' });
    expect(matchStudentGroup('Female', extendStudentGroups(builtInStudentGroups, own, { replace: true }))).toMatchObject({ isKnown: false });
    expect(matchStudentGroup('Female', extendStudentGroups(builtInStudentGroups, own))).toMatchObject({ key: 'female' });
  });
});
