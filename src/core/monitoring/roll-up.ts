import type { RollUpChild, RollUpResult, RollUpStatus } from './monitoring-types.js';

type Kind = RollUpChild['kind'];
type Bucket = 'onTrack' | 'atRisk' | 'offTrack' | 'noData';

/** What each child status is worth. Statuses without a value say nothing about progress yet. */
const POINTS: Record<RollUpChild['status'], number | null> = {
  achieved: 1,
  on_track: 1,
  complete: 1,
  at_risk: 0.5,
  off_track: 0,
  no_data: null,
  not_started: null,
  canceled: null,
};

const BUCKET: Record<RollUpChild['status'], Bucket> = {
  achieved: 'onTrack',
  on_track: 'onTrack',
  complete: 'onTrack',
  at_risk: 'atRisk',
  off_track: 'offTrack',
  no_data: 'noData',
  not_started: 'noData',
  canceled: 'noData',
};

const PLURAL: Record<Kind, [string, string]> = { measure: ['measure', 'measures'], strategy: ['strategy', 'strategies'], action: ['action', 'actions'] };
const KIND_ORDER: Kind[] = ['measure', 'strategy', 'action'];
const DETAILS = [
  ['at_risk', 'at risk'],
  ['off_track', 'off track'],
  ['no_data', 'no data'],
  ['not_started', 'not started'],
  ['canceled', 'canceled'],
] as const;

/** A weight as given when it is a finite number of zero or more; a negative weight would reward being off track. */
function weightOf(child: RollUpChild): number {
  const weight = child.weight ?? 1;
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}

function statusOf(score: number | null): RollUpStatus {
  if (score === null) return 'no_data';
  if (score >= 0.75) return 'on_track';
  return score >= 0.4 ? 'at_risk' : 'off_track';
}

/** "3 of 4 measures on track (1 at risk)": the counts behind the score, per kind, for a tooltip. */
function explain(children: readonly RollUpChild[]): string {
  const parts: string[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = children.filter((child) => child.kind === kind);
    if (!ofKind.length) continue;
    const count = (...statuses: RollUpChild['status'][]) => ofKind.filter((child) => statuses.includes(child.status)).length;
    const details = DETAILS.map(([status, words]) => [count(status), words] as const)
      .filter(([n]) => n > 0)
      .map(([n, words]) => `${n} ${words}`);
    const noun = PLURAL[kind][ofKind.length === 1 ? 0 : 1];
    const onTrack = count('achieved', 'on_track', 'complete');
    parts.push(`${onTrack} of ${ofKind.length} ${noun} on track${details.length ? ` (${details.join(', ')})` : ''}`);
  }
  return parts.length ? parts.join('; ') : 'Nothing to roll up yet';
}

/**
 * A strategy's or goal's status from its children: the weighted share of progress, where
 * achieved, on track and complete count 1, at risk 0.5 and off track 0 (weights default to 1).
 * Children with no data, not started or canceled are not counted in the score, since a missing
 * result is not a failing one, but they are reported in the counts (as noData) and the
 * explanation. At least 0.75 is on track, at least 0.4 at risk, below that off track; no counted
 * child at all is no_data.
 */
export function rollUp(children: readonly RollUpChild[]): RollUpResult {
  const counts = { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0, total: children.length };
  let weighted = 0;
  let weights = 0;
  for (const child of children) {
    counts[BUCKET[child.status]]++;
    const points = POINTS[child.status];
    if (points === null) continue;
    weighted += points * weightOf(child);
    weights += weightOf(child);
  }
  const score = weights > 0 ? weighted / weights : null;
  return { status: statusOf(score), score, counts, explanation: explain(children) };
}
