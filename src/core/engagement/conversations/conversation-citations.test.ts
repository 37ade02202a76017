import { describe, expect, it } from 'vitest';
import { groupLetter, oncePerStatement, wordConversationCitation } from './conversation-citations.js';

describe('wordConversationCitation', () => {
  const prompt = 'What should graduates do?';
  it.each([
    [{ kind: 'bridging', text: 'Manage money ', agree: 78, seen: 100, groups: 3 }, 'en', '“Manage money” — 78% of participants agreed, across all 3 opinion groups (conversation “What should graduates do?”)'],
    [{ kind: 'bridging', text: 'Manage money', agree: 78, seen: 100, groups: 3 }, 'es', '«Manage money» — el 78 % de los participantes estuvo de acuerdo, en los 3 grupos de opinión (conversación «What should graduates do?»)'],
    [{ kind: 'bridging', text: 'Cook', agree: 3, seen: 4, groups: 2 }, 'en', '“Cook” — 75% of participants agreed, across both opinion groups (conversation “What should graduates do?”)'],
    [{ kind: 'bridging', text: 'Cook', agree: 3, seen: 4, groups: 2 }, 'es', '«Cook» — el 75 % de los participantes estuvo de acuerdo, en los dos grupos de opinión (conversación «What should graduates do?»)'],
    [{ kind: 'consensus', text: 'Cook', direction: 'disagree', count: 9, seen: 10 }, 'en', '“Cook” — 90% of participants disagreed (conversation “What should graduates do?”)'],
    [{ kind: 'representative', text: 'Cook', direction: 'agree', count: 4, seen: 5, group: 1 }, 'en', '“Cook” — 80% of opinion group B agreed (conversation “What should graduates do?”)'],
    [{ kind: 'top_idea', text: 'Cook', mean: 4.25, ratings: 12 }, 'en', '“Cook” — rated 4.3 of 5 on average by 12 participants (conversation “What should graduates do?”)'],
    [{ kind: 'top_idea', text: 'Cook', mean: 4, ratings: 12 }, 'es', '«Cook» — calificada con 4,0 de 5 en promedio por 12 participantes (conversación «What should graduates do?»)'],
  ] as const)('words %j in %s', (citation, language, expected) => {
    expect(wordConversationCitation({ citation, prompt, language }).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('leaves the source off without a prompt', () => {
    expect(wordConversationCitation({ citation: { kind: 'consensus', text: 'Cook', direction: 'agree', count: 3, seen: 4 }, language: 'en' })).toBe('“Cook” — 75% of participants agreed');
  });

  it('names groups by letter as the screens do', () => {
    expect([0, 1, 2].map(groupLetter)).toEqual(['A', 'B', 'C']);
  });
});

describe('oncePerStatement', () => {
  it.each<[string, Array<{ statementId: string; kind: string }>, string[]]>([
    ['keeps the first (strongest) of each statement', [{ statementId: 'a', kind: 'bridging' }, { statementId: 'b', kind: 'consensus' }, { statementId: 'a', kind: 'consensus' }, { statementId: 'b', kind: 'representative' }], ['a:bridging', 'b:consensus']],
    ['keeps the order of the rest', [{ statementId: 'c', kind: 'representative' }, { statementId: 'd', kind: 'representative' }], ['c:representative', 'd:representative']],
    ['nothing', [], []],
  ])('%s', (_label, findings, expected) => {
    expect(oncePerStatement(findings).map((f) => `${f.statementId}:${f.kind}`)).toEqual(expected);
  });
});
