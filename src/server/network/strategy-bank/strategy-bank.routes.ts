import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import type { Kysely } from 'kysely';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { NetworkParams } from '../cohorts/cohorts.schema.js';
import { DistrictParams } from '../enrolment/enrolment.schema.js';
import { adoptBankStrategy } from './adopt-bank-strategy.js';
import { addBankStrategy, removeBankStrategy, updateBankStrategy } from './manage-bank-strategies.js';
import { readStrategyBank } from './read-strategy-bank.js';
import { AdoptStrategyBody, Adoption, BankStrategy, BankStrategyBody, DistrictStrategyParams, StrategyParams, UpdateBankStrategyBody } from './strategy-bank.schema.js';

const today = () => new Date().toISOString().slice(0, 10);

/** The networks whose bank a district draws from: its own network's. */
async function networksOfDistrict(db: Kysely<DB>, districtId: string): Promise<string[]> {
  const district = await findOrganization(db, districtId);
  return district?.network_id ? [district.network_id] : [];
}

/** The strategy bank: the network writes it, its districts adopt from it into their plans. */
export async function registerStrategyBankRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['strategy bank'];
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId };
  };
  const readOne = async (networkIds: string[], strategyId: string) => {
    const [strategy] = await readStrategyBank({ db: ctx.db, networkIds, today: today(), strategyId });
    if (!strategy) throw notFound('Strategy');
    return strategy;
  };

  app.get('/api/networks/:networkId/strategies', {
    schema: { tags, summary: "The network's strategy bank, each strategy with how many districts use it and how it is going", params: NetworkParams, response: { 200: z.object({ strategies: z.array(BankStrategy) }), ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request) => ({ strategies: await readStrategyBank({ db: ctx.db, networkIds: [accessOf(request).organizationId], today: today() }) }),
  });

  app.post('/api/networks/:networkId/strategies', {
    schema: { tags, summary: 'Add a strategy to the bank, with its ESSA tier and the study behind it', params: NetworkParams, body: BankStrategyBody, response: { 201: BankStrategy, ...standardErrors } },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => {
      const id = await addBankStrategy({ ...scope(request), values: request.body });
      return reply.status(201).send(await readOne([accessOf(request).organizationId], id));
    },
  });

  app.put('/api/networks/:networkId/strategies/:strategyId', {
    schema: { tags, summary: 'Change a bank strategy (the districts’ copies stay theirs)', params: StrategyParams, body: UpdateBankStrategyBody, response: { 200: BankStrategy, ...standardErrors } },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request) => {
      await updateBankStrategy({ ...scope(request), strategyId: request.params.strategyId, values: request.body });
      return readOne([accessOf(request).organizationId], request.params.strategyId);
    },
  });

  app.delete('/api/networks/:networkId/strategies/:strategyId', {
    schema: { tags, summary: 'Take a strategy out of the bank (the districts’ copies stay in their plans)', params: StrategyParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => {
      await removeBankStrategy({ ...scope(request), strategyId: request.params.strategyId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/districts/:districtId/strategy-bank', {
    schema: { tags, summary: "The district's network's strategy bank, to adopt from (other districts named only with their consent)", params: DistrictParams, response: { 200: z.object({ strategies: z.array(BankStrategy) }), ...standardErrors } },
    config: { access: organizationAccess('plans.read', 'districtId') },
    handler: async (request) => ({ strategies: await readStrategyBank({ db: ctx.db, networkIds: await networksOfDistrict(ctx.db, accessOf(request).organizationId), today: today() }) }),
  });

  app.post('/api/districts/:districtId/strategy-bank/:strategyId/adoptions', {
    schema: {
      tags,
      summary: 'Adopt a bank strategy into a plan of the district, under one of its goals (copied, with the link kept)',
      description: 'The copy cites the study with its ESSA tier as evidence and brings the measures and action steps. 400 /goalId when it is not a goal of the plan; 404 for a plan of another district; 409 when the plan cannot be edited (adopted: amend it first).',
      params: DistrictStrategyParams,
      body: AdoptStrategyBody,
      response: { 201: Adoption, ...standardErrors },
    },
    config: { access: organizationAccess('plans.edit', 'districtId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const { adoption, elementId } = await adoptBankStrategy({
        db: ctx.db,
        actor: actorFrom(access.principal),
        districtId: access.organizationId,
        networkIds: await networksOfDistrict(ctx.db, access.organizationId),
        strategyId: request.params.strategyId,
        planId: request.body.planId,
        goalId: request.body.goalId,
        namedWithConsent: request.body.namedWithConsent ?? false,
        language: readerLanguage(request),
      });
      return reply.status(201).send({ id: adoption.id, strategyId: adoption.strategy_id, planId: adoption.plan_id, elementKey: adoption.element_key, elementId, namedWithConsent: adoption.named_with_consent });
    },
  });
}
