import type { WorkArea } from '../../work-area.js';
import { engagementWorkRepo } from './engagement-work.repo.js';

/**
 * Where the frameworks' "hear the community" deliverables are produced in Waymark: the community's
 * input (Thru's "Community input", Performance Fact's reality check of buy-in) is what the cycle's
 * surveys, conversations and focus groups gathered; the findings (Thru's) are the themes drawn from
 * them. Plans for engagement stay with the cycle's stakeholder section (`process.engagement`).
 */
export const engagementWorkAreas: readonly WorkArea[] = [
  { key: 'engagement.input', readWork: async (db, scope) => ({ count: await engagementWorkRepo.contributions(db, scope), unit: 'contributions' }) },
  { key: 'engagement.findings', readWork: async (db, scope) => ({ count: await engagementWorkRepo.themes(db, scope), unit: 'themes' }) },
];
