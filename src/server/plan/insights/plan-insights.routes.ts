import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { summarizeBudget } from '../../../core/plan/budget-summary.js';
import { checkPlan } from '../../../core/plan/plan-checks.js';
import { decisionRightsMatrix } from '../../../core/plan/plan-outline.js';
import { readStudentGroupLookup } from '../../monitoring/student-groups/read-student-group-lookup.js';
import { ownerNamesOf } from '../owners/read-element-owners.js';
import { exportPlan } from '../plans/export-plan.js';
import { PlanParams } from '../plans/plans.schema.js';
import { BudgetSummary, DecisionRights, PlanCheck } from './plan-insights.schema.js';

/** Read-only views computed from the working copy by the pure functions of src/core/plan. */
export async function registerPlanInsightRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['plan insights'];
  const workingCopy = (request: FastifyRequest, planId: string) => exportPlan({ db: ctx.db, organizationId: accessOf(request).organizationId, planId });

  app.get('/api/plans/:planId/checks', {
    schema: {
      tags,
      summary: 'What makes the working copy hard to carry out or monitor: SMART, baselines and targets, complexity, owners',
      params: PlanParams,
      response: { 200: z.object({ checks: z.array(PlanCheck) }), ...standardErrors },
    },
    config: { access: planAccess('plans.read') },
    // Due dates are judged against today's date (UTC), so overdue actions are reported; owners are the
    // people of element_owners; student groups are judged against the district's list.
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      const [document, owners, studentGroups] = await Promise.all([
        workingCopy(request, request.params.planId),
        ownerNamesOf(ctx.db, organizationId, request.params.planId),
        readStudentGroupLookup(ctx.db, organizationId),
      ]);
      return { checks: checkPlan(document, { today: new Date().toISOString(), owners, studentGroups }) };
    },
  });

  app.get('/api/plans/:planId/budget', {
    schema: {
      tags,
      summary: "The working copy's budget: per currency a fund-by-fiscal-year matrix, per strategy and goal, FTE and hours",
      params: PlanParams,
      response: { 200: BudgetSummary, ...standardErrors },
    },
    config: { access: planAccess('plans.read') },
    handler: async (request) => summarizeBudget(await workingCopy(request, request.params.planId)),
  });

  app.get('/api/plans/:planId/decision-rights', {
    schema: { tags, summary: "The working copy's decision rights as a RACI matrix", params: PlanParams, response: { 200: DecisionRights, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => decisionRightsMatrix(await workingCopy(request, request.params.planId)),
  });
}
