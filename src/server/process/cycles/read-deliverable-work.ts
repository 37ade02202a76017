import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isWorkDone, type WorkArea, type WorkCount } from '../../work-area.js';
import { deliverablesRepo } from './deliverables.repo.js';

export interface DeliverableWork extends WorkCount {
  deliverableId: string;
  area: string;
  isDone: boolean;
}

/**
 * How far along each deliverable produced in a work area of the product is: what its area holds
 * for the cycle (items on the SWOT board, datasets loaded), so the checklist shows more than a
 * status someone ticked. Deliverables whose area no domain offers are left out.
 */
export async function readDeliverableWork(options: { db: Kysely<DB>; organizationId: string; cycleId: string; workAreas: readonly WorkArea[] }): Promise<DeliverableWork[]> {
  const { db, organizationId, cycleId, workAreas } = options;
  const linked = await deliverablesRepo.listLinked(db, cycleId);
  const counted = new Map<string, Promise<WorkCount>>();
  const work: DeliverableWork[] = [];
  for (const deliverable of linked) {
    const area = workAreas.find((candidate) => candidate.key === deliverable.links_to);
    if (!area) continue;
    // Two deliverables may share an area (CEC's data picture and SWOT both read the retreat): count once.
    if (!counted.has(area.key)) counted.set(area.key, area.readWork(db, { organizationId, cycleId }));
    const count = await counted.get(area.key)!;
    work.push({ deliverableId: deliverable.id, area: area.key, ...count, isDone: isWorkDone(count) });
  }
  return work;
}
