import type { Kysely, Transaction } from 'kysely';
import { areasOfFrame, isAreaOfFrame, type DiagnosticFrame } from '../../../core/evidence/retreat/diagnostic-frame.js';
import type { RetreatCitation } from '../../../core/evidence/retreat/retreat-citations.js';
import type { DB } from '../../db/schema.js';
import { AppError, invalidInput, type ErrorDetail } from '../../errors.js';
import { retreatChartsRepo } from './retreat-charts.repo.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** 400 at `path` when the area is not one of the retreat's frame (any area is refused without a frame). */
export function checkArea(frame: DiagnosticFrame, area: string | null | undefined, path = '/area') {
  if (isAreaOfFrame(frame, area)) return;
  const areas = areasOfFrame(frame);
  throw invalidInput(path, areas.length ? `must be one of ${areas.join(', ')}` : 'is not used: this retreat sorts nothing into areas (set its frame first)', { code: 'invalid_choice' });
}

/** 400 naming each citation of a chart or an observation that is not this retreat's. */
export async function checkCitations(db: Executor, retreatId: string, citations: readonly RetreatCitation[], path = '/citations') {
  const charts = new Set((await retreatChartsRepo.list(db, retreatId)).map((chart) => chart.id));
  const observationIds = citations.flatMap((citation) => (citation.kind === 'observation' ? [citation.observation_id] : []));
  const observations = await retreatChartsRepo.existingObservationIds(db, retreatId, observationIds);
  const details: ErrorDetail[] = [];
  citations.forEach((citation, index) => {
    if (citation.kind === 'chart' && !charts.has(citation.chart_id)) details.push({ path: `${path}/${index}/chart_id`, message: 'is not a chart of this retreat', code: 'does_not_exist' });
    if (citation.kind === 'observation' && !observations.has(citation.observation_id))
      details.push({ path: `${path}/${index}/observation_id`, message: 'is not an observation of this retreat', code: 'does_not_exist' });
  });
  if (details.length) throw new AppError('invalid_input', 'Some citations are not of this retreat', details);
}

/** 400 at `path` unless `ids` lists every one of `existing` once, in a new order. */
export function checkOrder(ids: readonly string[], existing: readonly string[], path: string, what: string) {
  const known = new Set(existing);
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (!known.has(id)) throw invalidInput(`${path}/${index}`, `is not a ${what} of this retreat`, { code: 'does_not_exist' });
    if (seen.has(id)) throw invalidInput(`${path}/${index}`, `lists this ${what} twice`, { code: 'duplicate' });
    seen.add(id);
  });
  if (seen.size !== known.size) throw invalidInput(path, `must list every ${what} of the retreat (${known.size})`, { code: 'too_few', params: { minimum: known.size } });
}
