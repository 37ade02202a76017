import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { listDistrictsReachedThrough, listPartnersOfDistrict } from '../../platform/partners/list-district-partners.js';
import { listDeliverablesWaitingReview, type DeliverableWaitingReview } from '../../process/cycles/list-deliverables-waiting-review.js';
import { rubricsRepo, type RubricRow } from '../rubrics/rubrics.repo.js';

export interface ReviewQueue {
  items: Array<DeliverableWaitingReview & { rubric: RubricRow | null }>;
  /** The one to review next: the oldest waiting, or the one after `after` when it is in the list. */
  next: DeliverableWaitingReview | null;
}

/**
 * What waits for the caller's review through this organisation (a network, or a provider matched
 * to districts by networks): the deliverables in review in the districts the caller reaches through
 * it (all of them for its administrators, the assigned ones for a coach), oldest waiting first,
 * each with the rubric that applies. The organisation's own rubric for the deliverable type comes
 * first; a provider otherwise reviews with the rubric of the network that matched it to the district.
 */
export async function listReviewQueue(options: { db: Kysely<DB>; networkId: string; userId: string; role: string; after?: string }): Promise<ReviewQueue> {
  const { db, networkId, userId, role } = options;
  const districtIds = await listDistrictsReachedThrough({ db, organizationId: networkId, userId, role });
  const waiting = await listDeliverablesWaitingReview({ db, districtIds, reviewerId: userId });
  const districts = [...new Set(waiting.map((item) => item.districtId))];
  // Which networks matched this organisation, as their provider, to each district with work waiting.
  const matchedBy = new Map<string, string[]>(
    await Promise.all(
      districts.map(async (districtId) => {
        const partners = await listPartnersOfDistrict({ db, districtId });
        return [districtId, partners.filter((partner) => partner.providerId === networkId).map((partner) => partner.networkId)] as [string, string[]];
      }),
    ),
  );
  const owners = [networkId, ...new Set([...matchedBy.values()].flat())];
  const rubrics = await rubricsRepo.listOfOrganizations(db, owners);
  const rubricFor = (item: DeliverableWaitingReview) => {
    if (!item.templateKey) return null;
    for (const owner of [networkId, ...(matchedBy.get(item.districtId) ?? [])]) {
      const rubric = rubrics.find((candidate) => candidate.organization_id === owner && candidate.template_id === item.templateId && candidate.deliverable_key === item.templateKey);
      if (rubric) return rubric;
    }
    return null;
  };
  const items = waiting.map((item) => ({ ...item, rubric: rubricFor(item) }));
  const afterIndex = options.after ? items.findIndex((item) => item.deliverableId === options.after) : -1;
  const next = afterIndex >= 0 ? (items[afterIndex + 1] ?? items.find((item) => item.deliverableId !== options.after) ?? null) : (items[0] ?? null);
  return { items, next };
}
