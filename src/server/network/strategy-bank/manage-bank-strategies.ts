import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { BankStrategyValues } from './strategy-bank.schema.js';
import { strategyBankRepo, type BankStrategyColumns } from './strategy-bank.repo.js';

type Scope = { db: Kysely<DB>; actor: Actor; networkId: string };

function columnsOf(values: Partial<BankStrategyValues>): Partial<BankStrategyColumns> {
  return {
    title: values.title,
    summary: values.summary,
    essa_tier: values.essaTier,
    study_citation: values.studyCitation,
    study_url: values.studyUrl === undefined ? undefined : values.studyUrl,
    problems: values.problems,
    cost: values.cost,
    measures: values.measures,
    actions: values.actions,
  };
}

/** A network adds a strategy to its bank, with its evidence tier and the study behind it. */
export function addBankStrategy(options: Scope & { values: BankStrategyValues }) {
  const { db, actor, networkId, values } = options;
  return inTransaction(db, async (trx) => {
    const columns = { summary: '', study_url: null, problems: [], cost: '', measures: [], actions: [], ...stripUndefined(columnsOf(values)) } as BankStrategyColumns;
    const { id } = await strategyBankRepo.insert(trx, networkId, actor.userId, columns);
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'strategy_bank.strategy_added', entityType: 'bank_strategy', entityId: id, after: { title: columns.title, essaTier: columns.essa_tier } });
    return id;
  });
}

/** Changes a bank strategy; districts that adopted it keep their copy (it is theirs to change). */
export function updateBankStrategy(options: Scope & { strategyId: string; values: Partial<BankStrategyValues> & { version: number } }) {
  const { db, actor, networkId, strategyId, values } = options;
  return inTransaction(db, async (trx) => {
    const before = await strategyBankRepo.find(trx, [networkId], strategyId);
    if (!before) throw notFound('Strategy');
    const updated = await strategyBankRepo.update(trx, strategyId, values.version, stripUndefined(columnsOf(values)));
    if (!updated) throw new AppError('conflict', 'Someone else changed this strategy; reload and try again');
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'strategy_bank.strategy_updated', entityType: 'bank_strategy', entityId: strategyId, before: { title: before.title, essaTier: before.essa_tier }, after: { title: values.title ?? before.title, essaTier: values.essaTier ?? before.essa_tier } });
  });
}

/** Takes a strategy out of the bank; the districts' copies stay in their plans. */
export function removeBankStrategy(options: Scope & { strategyId: string }) {
  const { db, actor, networkId, strategyId } = options;
  return inTransaction(db, async (trx) => {
    const removed = await strategyBankRepo.delete(trx, networkId, strategyId);
    if (!removed) throw notFound('Strategy');
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'strategy_bank.strategy_removed', entityType: 'bank_strategy', entityId: strategyId, before: { title: removed.title } });
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
