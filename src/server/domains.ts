import type { Domain } from './domain.js';
import { platformDomain } from './platform/domain.js';
import { planDomain } from './plan/domain.js';
import { processDomain } from './process/domain.js';
import { monitoringDomain } from './monitoring/domain.js';
import { engagementDomain } from './engagement/domain.js';
import { evidenceDomain } from './evidence/domain.js';
import { networkDomain } from './network/domain.js';

/**
 * The product's domains, in the order their tables depend on each other (a backup restores them
 * in this order): the platform holds districts and people, a plan belongs to a district, a
 * planning cycle may name the plan it produces, monitoring follows an adopted plan,
 * engagement's surveys serve a cycle's engagement plan, and evidence's datasets feed the plan's
 * measures; a network reads across its districts last. A new
 * domain is one line here (and its own folder).
 */
export const domains: readonly Domain[] = [platformDomain, planDomain, processDomain, monitoringDomain, engagementDomain, evidenceDomain, networkDomain];
