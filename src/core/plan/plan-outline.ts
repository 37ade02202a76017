/**
 * The outline's key style. Keys are the author's stable identifiers (PLAN-FORMAT.md): a
 * re-import is matched against what exists by key, so the application proposes keys that read as
 * a path (G1.S1.A3) and never hands out a key an element of the plan already holds.
 */
export { decisionRightsMatrix, type DecisionRightsMatrix, type DecisionRightsRow } from './decision-rights-matrix.js';

/** What nextKey can name: the element kinds, with interim goals and guardrails apart from goals. */
export type NewElementKind = 'goal' | 'interim_goal' | 'guardrail' | 'measure' | 'strategy' | 'action';

/** The format's key pattern; every key nextKey returns matches it. */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** The longest key the format allows. */
export const MAX_KEY_LENGTH = 64;

const letterOf: Record<NewElementKind, string> = { goal: 'G', guardrail: 'GR', interim_goal: 'I', measure: 'M', strategy: 'S', action: 'A' };
/** Goals and guardrails stand at the top of the plan; everything else is named under its parent. */
const isTopLevel = (kind: NewElementKind) => kind === 'goal' || kind === 'guardrail';

/**
 * A key for a new element: goals G1, G2; guardrails GR1; under a goal G1 its measures G1.M1,
 * strategies G1.S1 and interim goals G1.I1; under a strategy G1.S1 its measures G1.S1.M1 and
 * actions G1.S1.A1. The number is one more than the highest already used with that prefix, not
 * the first gap: a deleted G2 may still be matched by a re-import of an older export, so its key is
 * not given to something else. A parent key too long to fit is cut (at the end, without a trailing
 * dot, dash or underscore) so the key stays within 64 characters; the number then counts under the
 * cut prefix, so the key is still unique. Without a parent, a child kind gets no prefix (M1).
 */
export function nextKey(kind: NewElementKind, parentKey: string | null | undefined, existingKeys: ReadonlySet<string>): string {
  const letter = letterOf[kind];
  const parent = isTopLevel(kind) ? '' : cleanKey(parentKey ?? '');
  let room = 0;
  // Each pass may need one more digit once the prefix is cut; three passes always settle it.
  for (let pass = 0; pass < 4; pass++) {
    const stem = prefixFitting(parent, room) + letter;
    let number = highestNumber(stem, existingKeys) + 1n;
    while (existingKeys.has(`${stem}${number}`)) number += 1n;
    const key = `${stem}${number}`;
    if (key.length <= MAX_KEY_LENGTH) return key;
    room = letter.length + String(number).length;
  }
  throw new Error(`nextKey: no key of at most ${MAX_KEY_LENGTH} characters fits under ${parentKey}`);
}

/** Keys come validated, but a stray character must not make an invalid key out of a valid request. */
function cleanKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[._-]+/, '');
}

function prefixFitting(parent: string, room: number): string {
  if (!parent) return '';
  if (parent.length + 1 + room <= MAX_KEY_LENGTH) return `${parent}.`;
  const cut = parent.slice(0, Math.max(0, MAX_KEY_LENGTH - room - 1)).replace(/[._-]+$/, '');
  return cut ? `${cut}.` : '';
}

/** The highest N among keys written `${stem}N`; BigInt, because 60 digits are a valid key. */
function highestNumber(stem: string, keys: ReadonlySet<string>): bigint {
  let highest = 0n;
  for (const key of keys) {
    if (!key.startsWith(stem)) continue;
    const digits = key.slice(stem.length);
    if (/^\d+$/.test(digits) && BigInt(digits) > highest) highest = BigInt(digits);
  }
  return highest;
}
