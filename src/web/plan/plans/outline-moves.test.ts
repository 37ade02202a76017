import { describe, expect, it } from 'vitest';
import type { PlanElement, PlanElementKind } from '../api-types';
import { buildOutlineIndex } from './outline-index';
import { dropPlaceAt, dropTarget, isSamePlace, levelMove, possibleParents, stepMove } from './outline-moves';

/** G1 [M1, M2, S1 [M3, A1, A2], S2 [A3]], G2 [S3] */
function element(id: string, kind: PlanElementKind, parentId: string | null, position: number): PlanElement {
  return { id, kind, parentId, position, key: id, fields: { title: id, name: id }, childLists: [], version: 1 };
}
const index = buildOutlineIndex([
  element('G1', 'goal', null, 0),
  element('G2', 'goal', null, 1),
  element('M1', 'measure', 'G1', 0),
  element('M2', 'measure', 'G1', 1),
  element('S1', 'strategy', 'G1', 0),
  element('S2', 'strategy', 'G1', 1),
  element('S3', 'strategy', 'G2', 0),
  element('M3', 'measure', 'S1', 0),
  element('A1', 'action', 'S1', 0),
  element('A2', 'action', 'S1', 1),
  element('A3', 'action', 'S2', 0),
]);
const at = (id: string) => index.byId.get(id)!;

describe('the outline index', () => {
  it('reads goals, then each goal’s measures before its strategies', () => {
    expect(index.inOrder.map((e) => e.id)).toEqual(['G1', 'M1', 'M2', 'S1', 'M3', 'A1', 'A2', 'S2', 'A3', 'G2', 'S3']);
  });
});

describe('Alt+ArrowUp / Alt+ArrowDown', () => {
  it.each([
    ['M2', -1, { parentId: 'G1', position: 0 }],
    ['A1', 1, { parentId: 'S1', position: 1 }],
    ['A2', 1, { parentId: 'S2', position: 0 }],
    ['A3', -1, { parentId: 'S1', position: 2 }],
    ['M3', -1, { parentId: 'G1', position: 2 }],
    ['M2', 1, { parentId: 'S1', position: 0 }],
    ['S2', 1, { parentId: 'G2', position: 0 }],
    ['G2', -1, { parentId: null, position: 0 }],
    ['G1', -1, null],
    ['A3', 1, { parentId: 'S3', position: 0 }],
    ['G2', 1, null],
  ] as const)('%s by %i goes to %o', (id, step, target) => {
    expect(stepMove(index, at(id), step)).toEqual(target);
  });
});

describe('Alt+ArrowLeft / Alt+ArrowRight', () => {
  it('moves a strategy’s measure up to its goal, and a goal’s measure into its first strategy', () => {
    expect(levelMove(index, at('M3'), 'out')).toEqual({ parentId: 'G1', position: 2 });
    expect(levelMove(index, at('M1'), 'in')).toEqual({ parentId: 'S1', position: 1 });
  });
  it('leaves actions, strategies and goals where they are', () => {
    expect(levelMove(index, at('A1'), 'out')).toBeNull();
    expect(levelMove(index, at('S1'), 'in')).toBeNull();
    expect(levelMove(index, at('G1'), 'out')).toBeNull();
  });
});

describe('drag and drop', () => {
  it('drops beside a sibling of the same kind, or inside a row that can hold it', () => {
    expect(dropPlaceAt(at('A1'), at('A3'), 0.2)).toBe('before');
    expect(dropPlaceAt(at('A1'), at('S2'), 0.5)).toBe('inside');
    expect(dropPlaceAt(at('A1'), at('G1'), 0.5)).toBeNull();
    expect(dropTarget(index, at('A1'), at('A3'), 'after')).toEqual({ parentId: 'S2', position: 1 });
    expect(dropTarget(index, at('A1'), at('A2'), 'after')).toEqual({ parentId: 'S1', position: 1 });
    expect(dropTarget(index, at('M1'), at('S2'), 'inside')).toEqual({ parentId: 'S2', position: 0 });
  });
  it('refuses a drop into the dragged element’s own branch', () => {
    expect(dropTarget(index, at('S1'), at('M3'), 'before')).toBeNull();
  });
  it('knows a drop on the same place needs no request', () => {
    expect(isSamePlace(index, at('A2'), { parentId: 'S1', position: 1 })).toBe(true);
  });
});

describe('Move to…', () => {
  it('offers every goal and strategy for a measure, in reading order', () => {
    expect(possibleParents(index, at('M1')).map((parent) => parent?.id)).toEqual(['G1', 'S1', 'S2', 'G2', 'S3']);
  });
});
