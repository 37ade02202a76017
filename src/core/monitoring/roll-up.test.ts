import { describe, expect, it } from 'vitest';
import type { RollUpChild, RollUpResult } from './monitoring-types.js';
import { rollUp } from './roll-up.js';

const measure = (status: RollUpChild['status'], weight?: number): RollUpChild => ({ key: `M-${status}`, kind: 'measure', status, ...(weight === undefined ? {} : { weight }) });
const action = (status: RollUpChild['status']): RollUpChild => ({ key: `A-${status}`, kind: 'action', status });
const strategy = (status: RollUpChild['status']): RollUpChild => ({ key: `S-${status}`, kind: 'strategy', status });

describe('rollUp', () => {
  it.each<[string, RollUpChild[], RollUpResult['status'], number | null, string]>([
    ['3 of 4 on track is on track', [measure('on_track'), measure('achieved'), measure('on_track'), measure('off_track')], 'on_track', 0.75, '3 of 4 measures on track (1 off track)'],
    ['half is at risk', [measure('on_track'), measure('off_track')], 'at_risk', 0.5, '1 of 2 measures on track (1 off track)'],
    ['weights tip it', [measure('on_track', 3), measure('off_track')], 'on_track', 0.75, '1 of 2 measures on track (1 off track)'],
    ['at risk counts half', [measure('at_risk'), measure('at_risk')], 'at_risk', 0.5, '0 of 2 measures on track (2 at risk)'],
    ['0.4 is still at risk', [measure('at_risk', 4), measure('off_track')], 'at_risk', 0.4, '0 of 2 measures on track (1 at risk, 1 off track)'],
    ['under 0.4 is off track', [measure('at_risk'), measure('off_track', 1.6)], 'off_track', 0.5 / 2.6, '0 of 2 measures on track (1 at risk, 1 off track)'],
    ['a weight of 0 leaves a child out of the score', [measure('on_track'), measure('off_track', 0)], 'on_track', 1, '1 of 2 measures on track (1 off track)'],
    ['a negative weight counts as 0', [measure('on_track'), measure('off_track', -2)], 'on_track', 1, '1 of 2 measures on track (1 off track)'],
    [
      'actions: not started and canceled are reported, not scored',
      [action('complete'), action('on_track'), action('not_started'), action('canceled'), action('off_track')],
      'at_risk',
      2 / 3,
      '2 of 5 actions on track (1 off track, 1 not started, 1 canceled)',
    ],
    [
      'measures and actions together',
      [measure('on_track'), measure('on_track'), measure('achieved'), measure('at_risk'), action('complete'), action('complete'), action('off_track'), action('off_track'), action('off_track')],
      'at_risk',
      5.5 / 9,
      '3 of 4 measures on track (1 at risk); 2 of 5 actions on track (3 off track)',
    ],
    ['strategies roll into goals', [strategy('on_track'), strategy('no_data'), measure('on_track')], 'on_track', 1, '1 of 1 measure on track; 1 of 2 strategies on track (1 no data)'],
    ['only missing data is no data, not red', [measure('no_data'), action('not_started')], 'no_data', null, '0 of 1 measure on track (1 no data); 0 of 1 action on track (1 not started)'],
    ['nothing to roll up', [], 'no_data', null, 'Nothing to roll up yet'],
  ])('%s', (_, children, status, score, explanation) => {
    const result = rollUp(children);
    expect(result.status).toBe(status);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 10);
    expect(result.explanation).toBe(explanation);
  });

  it('counts every child, scored or not', () => {
    expect(rollUp([action('complete'), action('on_track'), action('not_started'), action('canceled'), action('off_track'), measure('at_risk'), measure('no_data')]).counts).toEqual({
      onTrack: 2,
      atRisk: 1,
      offTrack: 1,
      noData: 3,
      total: 7,
    });
  });
});

describe('rollUp: the status and its explanation agree, over random sets of results', () => {
  // A small seeded generator (mulberry32), so a failure names a case that can be replayed.
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const statuses: RollUpChild['status'][] = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'];
  const onTrack = new Set<RollUpChild['status']>(['achieved', 'on_track', 'complete']);

  it('never says on track with none on track, off track with none off track, or anything but no data with nothing counted', () => {
    const next = random(20261206);
    for (let round = 0; round < 5000; round++) {
      const children: RollUpChild[] = Array.from({ length: 1 + Math.floor(next() * 8) }, (_, i) => ({
        key: `M${i}`,
        kind: 'measure',
        status: statuses[Math.floor(next() * statuses.length)]!,
        weight: next() < 0.3 ? Math.floor(next() * 4) : 1,
      }));
      const result = rollUp(children);
      const counted = children.filter((c) => c.status !== 'no_data' && (c.weight ?? 1) > 0);
      const shownOnTrack = children.filter((c) => onTrack.has(c.status)).length;
      const where = `round ${round}: ${JSON.stringify(children)} -> ${result.status} "${result.explanation}"`;
      // The explanation counts exactly the children given.
      expect(result.explanation.startsWith(`${shownOnTrack} of ${children.length} measure`), where).toBe(true);
      if (counted.length === 0) expect(result.status, where).toBe('no_data');
      if (result.status === 'on_track') expect(counted.some((c) => onTrack.has(c.status)), where).toBe(true);
      if (result.status === 'off_track') expect(counted.some((c) => c.status === 'off_track'), where).toBe(true);
      if (counted.length > 0 && counted.every((c) => onTrack.has(c.status))) expect(result.status, where).toBe('on_track');
      if (counted.length > 0 && counted.every((c) => c.status === 'off_track')) expect(result.status, where).toBe('off_track');
    }
  });
});
