import { describe, expect, it } from 'vitest';
import { assignToThemes, type ThemeMembers } from './assign-to-themes.js';

const answers = (prefix: string, texts: string[]) => texts.map((text, index) => ({ id: `${prefix}-${index + 1}`, text }));

const themes: ThemeMembers[] = [
  {
    id: 'buses',
    answers: answers('bus', ['The bus ride is too long', 'Bus stops are far from home', 'My kids ride the bus for an hour', 'Longer bus rides are not fair', 'El autobús tarda mucho']),
  },
  {
    id: 'class-size',
    answers: answers('class', ['Class sizes are too big', 'Smaller class sizes please', 'Big classes hurt learning', 'Teachers need smaller classes', 'Clases muy grandes']),
  },
  {
    id: 'friends',
    answers: answers('friends', ['Keep friends together', 'My daughter will lose her friends', 'Friends matter to kids', 'Separating friends is hard', 'Los amigos importan']),
  },
];

describe('sorting new answers into the nearest theme', () => {
  it.each([
    ['a bus complaint', 'The bus comes too early', 'buses'],
    ['plural and case folded', 'BUSES are late', 'buses'],
    ['class sizes', 'Class sizes keep growing', 'class-size'],
    ['Spanish with accents', 'Las clases son grandes', 'class-size'],
    ['friends', 'Please keep the friends together', 'friends'],
    ['no shared word', 'Thank you for asking', null],
    ['no words at all', 'N/A', null],
    ['empty', '', null],
  ])('%s: %j goes to %s', (_case, text, expected) => {
    const [placement] = assignToThemes({ themes, newAnswers: [{ id: 'new-1', text }] });
    expect(placement).toMatchObject({ answerId: 'new-1', themeId: expected });
    if (expected === null) expect(placement!.similarity).toBe(0);
    else expect(placement!.similarity).toBeGreaterThan(0);
  });

  it('places every new answer once, whatever their order, and none of the old ones', () => {
    const fresh = [
      { id: 'n1', text: 'bus stop far away' },
      { id: 'n2', text: 'smaller classes' },
      { id: 'n3', text: 'friends together' },
    ];
    const forward = assignToThemes({ themes, newAnswers: fresh });
    const backward = assignToThemes({ themes: themes, newAnswers: [...fresh].reverse() });
    expect(forward.map((p) => p.answerId).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(new Map(backward.map((p) => [p.answerId, p.themeId]))).toEqual(new Map(forward.map((p) => [p.answerId, p.themeId])));
    expect(Object.fromEntries(forward.map((p) => [p.answerId, p.themeId]))).toEqual({ n1: 'buses', n2: 'class-size', n3: 'friends' });
  });

  it('follows the themes as the team left them: a moved answer pulls its words along', () => {
    // The team moved the Spanish bus answer into "friends": now "autobús" points there.
    const edited: ThemeMembers[] = [
      { id: 'buses', answers: themes[0]!.answers.filter((a) => !a.text.startsWith('El autobús')) },
      themes[1]!,
      { id: 'friends', answers: [...themes[2]!.answers, { id: 'moved', text: 'El autobús tarda mucho' }, { id: 'moved-2', text: 'Sin autobús no veo a mis amigos' }] },
    ];
    const [placement] = assignToThemes({ themes: edited, newAnswers: [{ id: 'new', text: 'autobús' }] });
    expect(placement!.themeId).toBe('friends');
  });

  it('ignores the question\'s own words', () => {
    const [withWords] = assignToThemes({ themes, newAnswers: [{ id: 'x', text: 'kids bus' }], ignoreWords: ['bus'] });
    // Without "bus", only "kids" is left, which the bus and friends themes share: the answer goes by it alone.
    expect(withWords!.themeId).not.toBe(null);
    const [onlyQuestionWords] = assignToThemes({ themes, newAnswers: [{ id: 'y', text: 'the bus' }], ignoreWords: ['bus'] });
    expect(onlyQuestionWords!.themeId).toBe(null);
  });

  it('leaves everything unsorted when there are no themes', () => {
    expect(assignToThemes({ themes: [], newAnswers: [{ id: 'a', text: 'bus' }] })).toEqual([{ answerId: 'a', themeId: null, similarity: 0 }]);
  });
});
