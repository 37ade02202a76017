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
/**
 * Responses read per query. While one batch is appended the next is already being read, so the
 * database's work (turning each row's jsonb into text) and this process's (parsing it) overlap.
 */
const BATCH = 5_000;
/**
 * A table's first read (after a restart, or when results are first asked for) splits the responses
 * into this many ranges of seq read side by side: the database turns each range's jsonb into text
 * on its own core. Two took the first read of 100,000 responses from 3.5-6 s to 2-2.7 s on a busy
 * two-core machine (bench/README.md, "survey results").
 */
const FIRST_READ_RANGES = 2;
const MAX_SURVEYS = 50;
/** Results computed from one table, kept per question asked (a breakdown, a threshold) while the table is unchanged. */
const MAX_REMEMBERED_PER_TABLE = 20;

interface Entry {
  key: string;
  document: SurveyDocument;
  table: ResponseTable;
  /**
   * Every response with seq <= settled is in the table, and nothing in flight can still land there.
   * Seqs are bigserial; held as numbers, exact up to 2^53, which no survey's table reaches.
   */
  settled: number;
  /** Seqs above `settled` already in the table, and the lowest of them (Infinity when none). */
  recent: Set<number>;
  lowestRecent: number;
  maxSeen: number;
  /** After each read, the highest seq then seen: it settles SETTLE_MS later. */
  marks: Array<{ at: number; maxSeen: number }>;
  /** Reads of one survey take turns, so no response is appended twice. */
  queue: Promise<unknown>;
  /** The catch-up queued behind the running one, not yet started: readers arriving now share it. */
  waiting: Promise<void> | null;
  /** What was computed from the table at a given size (see LoadedTable.remember). */
  remembered: Map<string, { size: number; value: unknown }>;
}

export interface LoadedTable {
  document: SurveyDocument;
  table: ResponseTable;
  /**
   * The value `compute` gives for this table as it is now, computed once per `question` until a
   * response is added (the table only grows; a changed document or removed responses start a new
   * one). The value is shared by every later reader, so it is frozen: nobody may change it.
   */
  remember<T>(question: string, compute: () => T): T;
}

const entries = new Map<string, Entry>();
/** Surveys whose table is being read in the background (warmResponseTable). */
const warming = new Set<string>();

/**
 * Starts reading a survey's table in the background when this process holds none: ingest calls it,
 * so after a restart the table is read while respondents answer, and the first planner to open the
 * results does not wait seconds for 100,000 responses. Never inside a transaction (its rows could
 * still roll back). A failure is left for the next reader to meet.
 */
export function warmResponseTable(options: { db: Kysely<DB>; organizationId: string; surveyId: string }): void {
  const { db, surveyId } = options;
  if (db.isTransaction || entries.has(surveyId) || warming.has(surveyId)) return;
  warming.add(surveyId);
  loadResponseTable(options)
    .catch(() => undefined)
    .finally(() => warming.delete(surveyId));
}

/** The survey's document and its table of every response now committed; undefined when no such survey. */
export async function loadResponseTable(options: { db: Kysely<DB>; organizationId: string; surveyId: string; now?: () => number }): Promise<LoadedTable | undefined> {
  const { db, organizationId, surveyId } = options;
  const now = options.now ?? Date.now;
  const versions = await surveysRepo.findVersions(db, organizationId, surveyId);
  if (!versions) return undefined;
  const key = `${organizationId}:${versions.row_version}:${versions.version}:${versions.responses_version}`;
  let entry = entries.get(surveyId);
  if (!entry || entry.key !== key) {
    const document = versions.document as SurveyDocument;
    entry = { key, document, table: new ResponseTable(document), settled: 0, recent: new Set(), lowestRecent: Infinity, maxSeen: 0, marks: [], queue: Promise.resolve(), waiting: null, remembered: new Map() };
  }
  // Most recently used last, so the least recently used is the one forgotten when full.
  entries.delete(surveyId);
  entries.set(surveyId, entry);
  if (entries.size > MAX_SURVEYS) entries.delete(entries.keys().next().value!);
  const current = entry;
  await nextCatchUp(db, surveyId, current, now);
  // The size now: a later catch-up may grow the table before this reader computes.
  const size = current.table.size;
  return {
    document: current.document,
    table: current.table,
    remember<T>(question: string, compute: () => T): T {
      const kept = current.remembered.get(question);
      if (kept && kept.size === size && current.table.size === size) return kept.value as T;
      const value = deepFreeze(compute());
      if (current.table.size === size) {
        if (current.remembered.size >= MAX_REMEMBERED_PER_TABLE) current.remembered.clear();
        current.remembered.set(question, { size, value });
      }
      return value;
    },
  };
}

/**
 * A catch-up that starts after this call, so it sees every response committed before it. Readers
 * arriving while one runs share the one queued behind it: ten planners opening results at once
 * cost two catch-ups, not ten in a row.
 */
function nextCatchUp(db: Kysely<DB>, surveyId: string, entry: Entry, now: () => number): Promise<void> {
  if (entry.waiting) return entry.waiting;
  const turn = entry.queue.then(() => {
    entry.waiting = null;
    return catchUp(db, surveyId, entry, now());
  });
  entry.waiting = turn;
  entry.queue = turn.catch(() => undefined);
  return turn;
}

async function catchUp(db: Kysely<DB>, surveyId: string, entry: Entry, at: number) {
  if (entry.recent.size > 0 && (await hasLateArrivals(db, surveyId, entry))) await readFrom(db, surveyId, entry, entry.settled, entry.maxSeen);
  await readFrom(db, surveyId, entry, entry.maxSeen, null);
  entry.marks.push({ at, maxSeen: entry.maxSeen });
  const settledMarks = entry.marks.filter((mark) => at - mark.at >= SETTLE_MS);
  if (settledMarks.length) {
    entry.settled = settledMarks[settledMarks.length - 1]!.maxSeen;
    entry.marks = entry.marks.filter((mark) => at - mark.at < SETTLE_MS);
    entry.lowestRecent = Infinity;
    for (const seq of entry.recent) {
      if (seq <= entry.settled) entry.recent.delete(seq);
      else if (seq < entry.lowestRecent) entry.lowestRecent = seq;
    }
  }
}

/**
 * Whether a response with a seq in (settled, maxSeen] was committed after it was passed over: the
 * database holds more of them than the table's recent.size. When the recent seqs run without a
 * gap from the lowest to maxSeen (one bulk load, one writer), none can hide among them, and only
 * the seqs below the lowest are counted: a probe of the index instead of a count of all of them
 * (100,000 after a first read).
 */
async function hasLateArrivals(db: Kysely<DB>, surveyId: string, entry: Entry): Promise<boolean> {
  const withoutGaps = entry.maxSeen - entry.lowestRecent + 1 === entry.recent.size;
  const upTo = withoutGaps ? entry.lowestRecent - 1 : entry.maxSeen;
  if (upTo <= entry.settled) return false;
  const found = await surveyResponsesRepo.countBetween(db, surveyId, String(entry.settled), String(upTo));
  return found !== (withoutGaps ? 0 : entry.recent.size);
}

async function readFrom(db: Kysely<DB>, surveyId: string, entry: Entry, after: number, upTo: number | null) {
  if (entry.table.size > 0 || upTo !== null) return readRange(db, surveyId, entry, after, upTo);
  const range = await surveyResponsesRepo.seqRangeAfter(db, surveyId, String(after));
  if (!range) return;
  const first = Number(range.first) - 1;
  const last = Number(range.last);
  // Ranges of equal seq span; responses committed after the range was taken are read next time.
  const bounds = Array.from({ length: FIRST_READ_RANGES + 1 }, (_, i) => (i === FIRST_READ_RANGES ? last : first + Math.floor(((last - first) * i) / FIRST_READ_RANGES)));
  await Promise.all(bounds.slice(1).map((upper, i) => readRange(db, surveyId, entry, bounds[i]!, upper)));
}

/** The responses with seq in (after, upTo] (or after `after`, with upTo null), a batch at a time. */
async function readRange(db: Kysely<DB>, surveyId: string, entry: Entry, after: number, upTo: number | null) {
  const read = (from: number) => surveyResponsesRepo.listAnswersAfter(db, surveyId, String(from), BATCH, upTo === null ? null : String(upTo));
  let batch = read(after);
  for (;;) {
    const rows = await batch;
    const last = rows.length === BATCH ? Number(rows[rows.length - 1]!.seq) : null;
    // The next batch is asked for before this one is appended.
    if (last !== null) batch = read(last);
    for (const row of rows) {
      const seq = Number(row.seq);
      if (entry.recent.has(seq)) continue;
      entry.table.append(row.answers as Answers, row.stakeholder_group_id);
      entry.recent.add(seq);
      if (seq < entry.lowestRecent) entry.lowestRecent = seq;
      if (seq > entry.maxSeen) entry.maxSeen = seq;
    }
    if (last === null) return;
  }
}

/** Freezes a value and everything in it; bytes (a Buffer) cannot be frozen and are left as they are. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
