import { describe, expect, it } from 'vitest';
import { synthesisCsvRows } from './synthesis-csv.js';
import { synthesisWords } from './synthesis-words.js';
import { synthesizeFocusGroups, type SynthesisGroup } from './synthesize-focus-groups.js';

const group = (id: string, constituency: SynthesisGroup['constituency'], language: string, date: string, label: string | null = null): SynthesisGroup => ({ id, name: `Group ${id}`, date, constituency, language, label, participantCount: 8 });
const groups = [group('s1', 'students', 'en', '2026-02-03'), group('f2', 'families', 'es', '2026-02-05', 'Lincoln'), group('f1', 'families', 'en', '2026-02-04')];
const themes = [
  { id: 'safety', name: 'Safety', description: 'Feeling safe at school' },
  { id: 'buses', name: 'Transport', description: 'Getting to school' },
  { id: 'unused', name: 'Arts', description: '' },
];
const busNote = 'Buses late.\n“The bus never comes on time.”\n«El autobús llega tarde»';

describe('the synthesis of a cycle\'s focus groups', () => {
  const synthesis = synthesizeFocusGroups({
    groups,
    themes,
    codes: [
      { focusGroupId: 'f1', themeId: 'buses', passage: null, noteText: busNote },
      { focusGroupId: 'f2', themeId: 'buses', passage: '«El autobús llega tarde»', noteText: busNote },
      { focusGroupId: 'f2', themeId: 'buses', passage: 'Buses late.', noteText: busNote },
      { focusGroupId: 's1', themeId: 'buses', passage: '“The bus never comes on time.”', noteText: busNote },
      { focusGroupId: 's1', themeId: 'safety', passage: 'Fights at lunch', noteText: 'Fights at lunch' },
      { focusGroupId: 'gone', themeId: 'safety', passage: null, noteText: '“ignored”' },
    ],
  });

  it('puts groups side by side by constituency, then language, then day', () => {
    expect(synthesis.columns.map((column) => column.id)).toEqual(['f1', 'f2', 's1']);
  });

  it.each([
    ['buses', 3, [1, 2, 1]],
    ['safety', 1, [0, 0, 1]],
    ['unused', 0, [0, 0, 0]],
  ])('%s was raised by %i groups, passages per group %j', (themeId, raised, passages) => {
    const row = synthesis.rows.find((candidate) => candidate.theme.id === themeId)!;
    expect(row.groupsRaised).toBe(raised);
    expect(row.cells.map((cell) => cell.passages)).toEqual(passages);
  });

  it('orders themes by how many groups raised them, the unraised last', () => {
    expect(synthesis.rows.map((row) => row.theme.id)).toEqual(['buses', 'safety', 'unused']);
  });

  it('quotes participants: every quote of a whole note, only those inside a passage, each once', () => {
    const buses = synthesis.rows[0]!.cells;
    expect(buses[0]!.quotes).toEqual(['The bus never comes on time.', 'El autobús llega tarde']);
    expect(buses[1]!.quotes).toEqual(['El autobús llega tarde']);
    expect(buses[2]!.quotes).toEqual(['The bus never comes on time.']);
    expect(synthesis.rows[1]!.cells[2]!.quotes).toEqual([]);
  });

  it('is empty but whole with no codes', () => {
    const empty = synthesizeFocusGroups({ groups: [], themes, codes: [] });
    expect(empty.rows.map((row) => [row.theme.name, row.groupsRaised, row.cells.length])).toEqual([
      ['Arts', 0, 0],
      ['Safety', 0, 0],
      ['Transport', 0, 0],
    ]);
  });

  it('exports as spreadsheet rows in the reader\'s language', () => {
    const [heading, first, , last] = synthesisCsvRows(synthesis, synthesisWords.es);
    expect(heading).toEqual(['Tema', 'Descripción', 'Grupos que lo plantearon', 'Familias · inglés (2026-02-04)', 'Familias · español · Lincoln (2026-02-05)', 'Estudiantes · inglés (2026-02-03)']);
    expect(first).toEqual(['Transport', 'Getting to school', '3', '1 pasaje\n“The bus never comes on time.”\n“El autobús llega tarde”', '2 pasajes\n“El autobús llega tarde”', '1 pasaje\n“The bus never comes on time.”']);
    expect(last).toEqual(['Arts', '', '0', '', '', '']);
    expect(synthesisCsvRows(synthesis, synthesisWords.en)[0]![3]).toBe('Families · English (2026-02-04)');
  });
});
