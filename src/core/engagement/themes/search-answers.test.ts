import { describe, expect, it } from 'vitest';
import { searchAnswers } from './search-answers.js';

const answers = [
  { id: 'a', text: 'The bus stop is far.' },
  { id: 'b', text: 'Buses are late and the stop for the bus moved, the bus is always late' },
  { id: 'c', text: 'El autobús llega tarde.' },
  { id: 'd', text: 'Los AUTOBUSES están llenos' },
  { id: 'e', text: 'No' },
  { id: 'f', text: 'Class sizes are too big' },
  { id: 'g', text: 'Stop moving the bus stop!' },
];

describe('searchAnswers', () => {
  it.each<[string, string[]]>([
    ['bus', ['b', 'a', 'g']], // more of the answer is about buses first
    ['BUSES', ['b', 'a', 'g']], // case and plural folded
    ['autobus', ['c', 'd']], // accents folded both ways
    ['Autobús', ['c', 'd']],
    ['bus stop', ['g', 'a', 'b']], // the phrase as written first, then the denser
    ['stop bus', ['g', 'b', 'a']], // every word, in any order
    ['class size', ['f']],
    ['no', ['e']], // a stop word alone is still searched for
    ['the bus', ['b', 'a', 'g']], // stop words beside content words are ignored
    ['train', []],
    ['', []],
    ['   ', []],
  ])('%s -> %j', (query, ids) => {
    expect(searchAnswers(answers, query).map((hit) => hit.id)).toEqual(ids);
  });

  it('gives the offsets of the matching words for highlighting', () => {
    const [hit] = searchAnswers([{ id: 'x', text: 'Más AUTOBUSES, por favor; el autobús no llega.' }], 'autobus');
    expect(hit?.highlights.map(([start, end]) => hit.text.slice(start, end))).toEqual(['AUTOBUSES', 'autobús']);
  });

  it('breaks ties by id, whatever the input order', () => {
    const same = [
      { id: 'z', text: 'Bus' },
      { id: 'y', text: 'bus' },
    ];
    expect(searchAnswers(same, 'bus').map((hit) => hit.id)).toEqual(['y', 'z']);
  });
});
