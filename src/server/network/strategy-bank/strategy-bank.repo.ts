import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface BankStrategyColumns {
  title: string;
  summary: string;
  essa_tier: number;
  study_citation: string;
  study_url: string | null;
  problems: string[];
  cost: string;
  measures: Array<{ name: string; unit?: string }>;
  actions: string[];
}

const json = (value: unknown) => JSON.stringify(value);

/** The network's strategy bank and the districts' adoptions of its strategies. */
export const strategyBankRepo = {
  list(db: Executor, networkIds: readonly string[]) {
    if (networkIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('bank_strategies')
      .innerJoin('organizations', 'organizations.id', 'bank_strategies.organization_id')
      .selectAll('bank_strategies')
      .select('organizations.name as network_name')
      .where('bank_strategies.organization_id', 'in', networkIds)
      .orderBy('bank_strategies.essa_tier')
      .orderBy('bank_strategies.title')
      .execute();
  },

  find(db: Executor, networkIds: readonly string[], strategyId: string) {
    if (networkIds.length === 0) return Promise.resolve(undefined);
    return db
      .selectFrom('bank_strategies')
      .innerJoin('organizations', 'organizations.id', 'bank_strategies.organization_id')
      .selectAll('bank_strategies')
      .select('organizations.name as network_name')
      .where('bank_strategies.organization_id', 'in', networkIds)
      .where('bank_strategies.id', '=', strategyId)
      .executeTakeFirst();
  },

  insert(trx: Transaction<DB>, networkId: string, createdBy: string | null, values: BankStrategyColumns) {
    return trx
      .insertInto('bank_strategies')
      .values({ organization_id: networkId, created_by: createdBy, ...values, problems: json(values.problems), measures: json(values.measures), actions: json(values.actions) })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, strategyId: string, version: number, values: Partial<BankStrategyColumns>) {
    const { problems, measures, actions, ...rest } = values;
    return trx
      .updateTable('bank_strategies')
      .set({
        ...rest,
        ...(problems ? { problems: json(problems) } : {}),
        ...(measures ? { measures: json(measures) } : {}),
        ...(actions ? { actions: json(actions) } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', strategyId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  delete(trx: Transaction<DB>, networkId: string, strategyId: string) {
    return trx.deleteFrom('bank_strategies').where('organization_id', '=', networkId).where('id', '=', strategyId).returning(['id', 'title']).executeTakeFirst();
  },

  listAdoptions(db: Executor, strategyIds: readonly string[]) {
    if (strategyIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('strategy_adoptions')
      .innerJoin('organizations', 'organizations.id', 'strategy_adoptions.organization_id')
      .selectAll('strategy_adoptions')
      .select('organizations.name as district_name')
      .where('strategy_adoptions.strategy_id', 'in', strategyIds)
      .orderBy('organizations.name')
      .execute();
  },

  insertAdoption(trx: Transaction<DB>, values: { strategyId: string; districtId: string; planId: string; elementKey: string; namedWithConsent: boolean; adoptedBy: string | null }) {
    return trx
      .insertInto('strategy_adoptions')
      .values({ strategy_id: values.strategyId, organization_id: values.districtId, plan_id: values.planId, element_key: values.elementKey, named_with_consent: values.namedWithConsent, adopted_by: values.adoptedBy })
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};

export type BankStrategyRow = Awaited<ReturnType<typeof strategyBankRepo.list>>[number];
export type AdoptionRow = Awaited<ReturnType<typeof strategyBankRepo.listAdoptions>>[number];
