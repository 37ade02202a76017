import { describe, expect, it } from 'vitest';
import { contentKeys, joinSurfaces, tokenize } from './tokenize.js';
import { findThemes } from './find-themes.js';

describe('Chinese, written without spaces between words', () => {
  it.each([
    ['a two-character word stays whole', '司機', ['司機']],
    ['a longer run is cut into its overlapping pieces', '計程車', ['計程', '程車']],
    ['pieces holding a particle (的, 是...) are seams, not words', '司機的收入', ['司機', '收入']],
    ['shared fillers ("I think", "I believe") carry no theme', '我覺得，我認為', []],
    ['Latin words inside keep whole', '我覺得UberX司機', ['uberx', '司機']],
    ['a single character carries no theme', '車', []],
  ])('%s', (_, text, keys) => {
    expect(contentKeys(text)).toEqual(keys);
  });

  it('breaks phrases at full-width punctuation', () => {
    expect(tokenize('計程車，司機').map((phrase) => phrase.map((word) => word.surface))).toEqual([['計程', '程車'], ['司機']]);
  });

  it.each([
    [['計程', '程車'], '計程車'],
    [['計程', '程車', '車司'], '計程車司'],
    [['交通', '司機'], '交通司機'],
    [['class', 'sizes'], 'class sizes'],
    [['uber', '司機'], 'uber 司機'],
  ])('shows the term %j as %s', (surfaces, shown) => {
    expect(joinSurfaces(surfaces)).toBe(shown);
  });

  it('finds themes across Chinese comments, labelled with whole words', () => {
    const answers = [
      ...['計程車司機的服務不好', '計程車的品質應該提升', '我覺得計程車司機要更有禮貌', '計程車服務需要改善', '計程車的價格太高'],
      ...['交通部應該取締違法營業', '交通部要依法取締', '我認為交通部取締太慢', '交通部應該加強取締', '交通部取締不力'],
    ].map((text, index) => ({ id: String(index), text }));
    const { themes } = findThemes(answers, { ignoreWords: [] });
    const taxi = themes.find((theme) => theme.label.includes('計程車'));
    const ministry = themes.find((theme) => theme.label.includes('交通部') || theme.label.includes('取締'));
    expect(taxi?.answerIds.sort()).toEqual(['0', '1', '2', '3', '4']);
    expect(ministry?.answerIds.sort()).toEqual(['5', '6', '7', '8', '9']);
  });
});
