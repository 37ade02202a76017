import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { exportPlan } from '../plans/export-plan.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { logoFor } from './logo-for.js';

/**
 * What a printed document needs: the plan as exported, and the district that owns it under its
 * current name (the document's own organization block may be an older or another name).
 */
export async function loadPlanForPrint(options: { db: Kysely<DB>; organizationId: string; planId: string }) {
  const document = await exportPlan(options);
  const organization = await findOrganization(options.db, options.organizationId);
  const owner = { id: options.organizationId, name: organization?.name ?? document.organization.name };
  return { document, organizationName: owner.name, logo: logoFor(owner) };
}
