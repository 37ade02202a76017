import { describe, expect, it } from 'vitest';
import { missingOwnerMessage } from './owner-check.js';

const owners = new Map([['G1.M1', 'Dana Okafor']]);
const label = 'Measure G1.M1 "Reading"';

describe('missingOwnerMessage', () => {
  it.each<[string, string | undefined, ReadonlyMap<string, string> | undefined, string | null]>([
    ['a person owns it', 'Director of Curriculum', owners, null],
    ['a person owns it, no role named', undefined, owners, null],
    ['only a role is named', 'Director of Curriculum', new Map(), `${label} names "Director of Curriculum" as its owner, but no person of the district is chosen for it, so nobody posts.`],
    ['nothing at all', '  ', new Map(), `${label} has no owner, so nobody posts.`],
    ['a document on its own: the words count', 'Director of Curriculum', undefined, null],
    ['a document on its own without words', undefined, undefined, `${label} has no owner, so nobody posts.`],
  ])('%s', (_, role, known, message) => expect(missingOwnerMessage({ label, key: 'G1.M1', role, owners: known, consequence: ', so nobody posts' })).toBe(message));
});
