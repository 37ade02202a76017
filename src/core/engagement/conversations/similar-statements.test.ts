import { describe, expect, it } from 'vitest';
import { findSimilarStatements, SIMILARITY_THRESHOLD } from './similar-statements.js';

const shown = [
  { id: 's1', text: 'More bus routes for the high school, the walk is too long in winter.' },
  { id: 's2', text: 'Hire more counselors so every student can see one each month.' },
  { id: 's3', text: 'Later start times for teenagers: they need the sleep.' },
  { id: 's4', text: 'Más rutas de autobús para la escuela secundaria.' },
  { id: 's5', text: 'Teach financial literacy before graduation.' },
  { id: 's6', text: 'Smaller class sizes in the early grades.' },
];

describe('findSimilarStatements', () => {
  it.each([
    { text: 'We need more bus routes to the high school', similar: ['s1'] },
    { text: 'LATER START TIMES for teenagers — they need the sleep!', similar: ['s3'] },
    { text: 'Más rutas de autobús a la secundaria, por favor', similar: ['s4'] },
    { text: 'Class sizes should be smaller in early grades', similar: ['s6'] },
    { text: 'Buses for the high school', similar: ['s1'] },
  ])('points out "$text"', ({ text, similar }) => {
    expect(findSimilarStatements({ text, statements: shown }).map((s) => s.id)).toEqual(similar);
  });

  it.each([
    { text: 'More art and music classes' },
    { text: 'Every student should learn to cook a healthy meal' },
    { text: 'More counselors and more nurses in every building' },
  ])('lets a different idea through: "$text"', ({ text }) => {
    const found = findSimilarStatements({ text, statements: shown });
    expect(found.filter((s) => s.id !== 's2')).toEqual([]);
  });

  it('counts the same words whatever the case and punctuation as 1, and keeps at most `limit`, most alike first', () => {
    const statements = [
      { id: 'a', text: 'Smaller classes.' },
      { id: 'b', text: 'smaller   CLASSES' },
      { id: 'c', text: 'Smaller classes please, in all grades' },
    ];
    const found = findSimilarStatements({ text: 'Smaller classes!', statements, limit: 2 });
    expect(found).toEqual([
      { id: 'a', similarity: 1 },
      { id: 'b', similarity: 1 },
    ]);
  });

  it('finds nothing among no statements, or for a text of stop words only', () => {
    expect(findSimilarStatements({ text: 'More buses', statements: [] })).toEqual([]);
    expect(findSimilarStatements({ text: 'and the of', statements: shown })).toEqual([]);
    expect(SIMILARITY_THRESHOLD).toBeGreaterThan(0);
  });
});
