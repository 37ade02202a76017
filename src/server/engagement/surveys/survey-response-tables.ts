import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Answers, SurveyDocument } from '../../../core/engagement/survey-format.js';
import { ResponseTable } from '../../../core/engagement/response-table.js';
import { surveyResponsesRepo } from './survey-responses.repo.js';
import { surveysRepo } from './surveys.repo.js';

/**
 * Each survey's responses as a columnar ResponseTable kept in this process's memory, so results
 * read only the responses that came in since the last read instead of all of them (100,000
 * responses are not re-read on every request).
 *
 * Responses are numbered by `seq` in the order they were inserted, but a transaction can commit
 * after a later-numbered one was already read, so "everything after the last seq read" could skip
 * it. So the table remembers the seqs it read in the last SETTLE_MS: any that arrive late within
 * them are found by a count (cheap, on the (survey_id, seq) index) and read then; after SETTLE_MS
 * no insert (one statement) is still in flight, and those seqs are settled. A changed document or
 * removed responses (the survey's version or responses_version), or a restored survey (its row
 * written again), start the table again.
 */
const SETTLE_MS = 10_000;
const BATCH = 5_000;
const MAX_SURVEYS = 50;

interface Entry {
  key: string;
  document: SurveyDocument;
  table: ResponseTable;
  /** Every response with seq <= settled is in the table, and nothing in flight can still land there. */
  settled: bigint;
  /** Seqs above `settled` already in the table, in the order read. */
  recent: Set<string>;
  maxSeen: bigint;
  /** After each read, the highest seq then seen: it settles SETTLE_MS later. */
  marks: Array<{ at: number; maxSeen: bigint }>;
  /** Reads of one survey take turns, so no response is appended twice. */
  queue: Promise<unknown>;
}

const entries = new Map<string, Entry>();

/** The survey's document and its table of every response now committed; undefined when no such survey. */
export async function loadResponseTable(options: { db: Kysely<DB>; organizationId: string; surveyId: string; now?: () => number }) {
  const { db, organizationId, surveyId } = options;
  const now = options.now ?? Date.now;
  const versions = await surveysRepo.findVersions(db, organizationId, surveyId);
  if (!versions) return undefined;
  const key = `${organizationId}:${versions.row_version}:${versions.version}:${versions.responses_version}`;
  let entry = entries.get(surveyId);
  if (!entry || entry.key !== key) {
    const document = versions.document as SurveyDocument;
    entry = { key, document, table: new ResponseTable(document), settled: 0n, recent: new Set(), maxSeen: 0n, marks: [], queue: Promise.resolve() };
  }
  // Most recently used last, so the least recently used is the one forgotten when full.
  entries.delete(surveyId);
  entries.set(surveyId, entry);
  if (entries.size > MAX_SURVEYS) entries.delete(entries.keys().next().value!);
  const current = entry;
  const turn = current.queue.then(() => catchUp(db, surveyId, current, now()));
  current.queue = turn.catch(() => undefined);
  await turn;
  return { document: current.document, table: current.table };
}

async function catchUp(db: Kysely<DB>, surveyId: string, entry: Entry, at: number) {
  // Late arrivals among the recent seqs: the table holds entry.recent.size of them.
  if (entry.recent.size > 0 && (await surveyResponsesRepo.countBetween(db, surveyId, String(entry.settled), String(entry.maxSeen))) !== entry.recent.size) {
    await readFrom(db, surveyId, entry, entry.settled, entry.maxSeen);
  }
  await readFrom(db, surveyId, entry, entry.maxSeen, null);
  entry.marks.push({ at, maxSeen: entry.maxSeen });
  const settledMarks = entry.marks.filter((mark) => at - mark.at >= SETTLE_MS);
  if (settledMarks.length) {
    entry.settled = settledMarks[settledMarks.length - 1]!.maxSeen;
    entry.marks = entry.marks.filter((mark) => at - mark.at < SETTLE_MS);
    for (const seq of entry.recent) if (BigInt(seq) <= entry.settled) entry.recent.delete(seq);
  }
}

async function readFrom(db: Kysely<DB>, surveyId: string, entry: Entry, after: bigint, upTo: bigint | null) {
  for (let from = after; ; ) {
    const rows = await surveyResponsesRepo.listAnswersAfter(db, surveyId, String(from), BATCH, upTo === null ? null : String(upTo));
    for (const row of rows) {
      if (entry.recent.has(row.seq)) continue;
      entry.table.append(row.answers as Answers);
      entry.recent.add(row.seq);
      const seq = BigInt(row.seq);
      if (seq > entry.maxSeen) entry.maxSeen = seq;
    }
    if (rows.length < BATCH) return;
    from = BigInt(rows[rows.length - 1]!.seq);
  }
}
