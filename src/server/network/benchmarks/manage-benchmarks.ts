import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { benchmarksRepo, type BenchmarkColumns } from './benchmarks.repo.js';
import type { BenchmarkValues } from './benchmarks.schema.js';

type Scope = { db: Kysely<DB>; actor: Actor; networkId: string };

function columnsOf(values: Partial<BenchmarkValues>): Partial<BenchmarkColumns> {
  const columns: Partial<BenchmarkColumns> = { name: values.name, description: values.description, unit: values.unit, direction: values.direction };
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
}

/** A network defines a benchmark once: what districts compare, in which unit, and which way is better. */
export function addBenchmark(options: Scope & { values: BenchmarkValues }) {
  const { db, actor, networkId, values } = options;
  return inTransaction(db, async (trx) => {
    const columns = { description: '', ...columnsOf(values) } as BenchmarkColumns;
    const { id } = await benchmarksRepo.insert(trx, networkId, columns);
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'benchmarks.benchmark_added', entityType: 'benchmark_measure', entityId: id, after: columns });
    return id;
  });
}

/** Changes a benchmark's words; the districts' shares stay (they share a measure of their own plan). */
export function updateBenchmark(options: Scope & { benchmarkId: string; values: Partial<BenchmarkValues> & { version: number } }) {
  const { db, actor, networkId, benchmarkId, values } = options;
  return inTransaction(db, async (trx) => {
    const before = await benchmarksRepo.find(trx, networkId, benchmarkId);
    if (!before) throw notFound('Benchmark');
    const changes = columnsOf(values);
    const updated = await benchmarksRepo.update(trx, networkId, benchmarkId, values.version, changes);
    if (!updated) throw new AppError('conflict', 'Someone else changed this benchmark; reload and try again');
    await recordAuditEvent(trx, actor, {
      organizationId: networkId,
      action: 'benchmarks.benchmark_updated',
      entityType: 'benchmark_measure',
      entityId: benchmarkId,
      before: { name: before.name, unit: before.unit, direction: before.direction },
      after: changes,
    });
  });
}

/** Removes a benchmark and, with it, every district's share of it (their plans keep their measures). */
export function removeBenchmark(options: Scope & { benchmarkId: string }) {
  const { db, actor, networkId, benchmarkId } = options;
  return inTransaction(db, async (trx) => {
    const removed = await benchmarksRepo.delete(trx, networkId, benchmarkId);
    if (!removed) throw notFound('Benchmark');
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'benchmarks.benchmark_removed', entityType: 'benchmark_measure', entityId: benchmarkId, before: { name: removed.name } });
  });
}
