import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlanPrivacyRule } from '../../../core/monitoring/protect-plan-results.js';
import { loadMonitoringSettings } from '../updates/save-monitoring-settings.js';
import { readStudentGroupCatalog } from './read-student-groups.js';

/**
 * What the privacy rule needs to know of a district: its small-group threshold and its student
 * groups by category. Every output that leaves the planning team reads it here, so a document,
 * the board report and the public page hide the same cells.
 */
export async function readPrivacyRule(db: Kysely<DB>, organizationId: string): Promise<PlanPrivacyRule> {
  const [settings, groups] = await Promise.all([loadMonitoringSettings(db, organizationId), readStudentGroupCatalog(db, organizationId)]);
  return { threshold: settings.suppressionThreshold, groups };
}
