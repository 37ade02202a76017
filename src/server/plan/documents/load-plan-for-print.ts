import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { protectPlanResults } from '../../../core/monitoring/protect-plan-results.js';
import { wordsFor, type PrintoutWords } from '../../../core/plan/documents/printout-words.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { withOwnerNames } from '../../../core/plan/owner-roles.js';
import { ownerNamesOf } from '../owners/read-element-owners.js';
import { readPrivacyRule } from '../../monitoring/student-groups/read-privacy-rule.js';
import { exportPlan } from '../plans/export-plan.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { logoFor, type OrganizationLogo } from '../../documents/logo-for.js';

export interface PlanPrint {
  document: PlanDocument;
  organizationName: string;
  logo: OrganizationLogo | null;
  words: PrintoutWords;
  /** The threshold the results were protected with (the printout says so). */
  privacyThreshold: number;
}

/**
 * What a printed document needs: the plan as exported, and the district that owns it under its
 * current name (the document's own organization block may be an older or another name). The
 * Word and PDF printouts are made for the board and the public, so every result goes through the
 * district's privacy rule first; the Excel and JSON exports, the planning team's working copies
 * that import back, keep the numbers as they are.
 */
export async function loadPlanForPrint(options: { db: Kysely<DB>; organizationId: string; planId: string; language: Locale }): Promise<PlanPrint> {
  const [working, organization, rule, owners] = await Promise.all([
    exportPlan(options),
    findOrganization(options.db, options.organizationId),
    readPrivacyRule(options.db, options.organizationId),
    ownerNamesOf(options.db, options.organizationId, options.planId),
  ]);
  // The owner printed is the person, with the plan's own words for the role beside it.
  const exported = withOwnerNames(working, owners, { withRoles: true });
  const words = wordsFor(options.language);
  const owner = { id: options.organizationId, name: organization?.name ?? exported.organization.name };
  return { document: protectPlanResults(exported, rule, words), organizationName: owner.name, logo: logoFor(owner), words, privacyThreshold: rule.threshold };
}
