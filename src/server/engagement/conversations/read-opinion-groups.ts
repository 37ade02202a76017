import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { computeOpinionGroups, type OpinionGroups, type OpinionGroupsInput, type VoteValue } from '../../../core/engagement/opinion-groups/index.js';
import { AppError, notFound } from '../../errors.js';
import { runInWorker } from '../themes/worker-runner.js';
import { conversationParticipationRepo } from './conversation-participation.repo.js';
import { conversationsRepo } from './conversations.repo.js';

/** Past this many votes the computation (about a second for 225,000) runs in a worker, off the event loop. */
const WORKER_FROM_VOTES = 20_000;
const BRIDGING_SHOWN = 10;
const MAX_CONVERSATIONS = 50;
const worker = new URL('./opinion-groups.worker.js', import.meta.url);

type StatementRef = { statement_id: string; external_id: string | null; text: string };
interface Entry {
  key: string;
  result: Promise<ReturnType<typeof present>>;
  /** Each statement's distance from the map's centre: Polis's routing favours the far-out ones. */
  extremities: Promise<ReadonlyMap<string, number>>;
}
/**
 * The latest opinion groups of each conversation, by the version of what they depend on (the
 * votes' highest seq and count, the moderation version): repeated reads of an unchanged
 * conversation cost one small query, and concurrent reads of a changed one share one computation.
 */
const computed = new Map<string, Entry>();
let computations = 0;

/** How many times opinion groups were computed in this process (not read from the cache): what tests of the cache count. */
export const opinionGroupsComputations = () => computations;

/**
 * The opinion groups of a vote-mode conversation by the published Polis method (core
 * opinion-groups): the groups with their participants (as imported: Polis voter ids when the
 * conversation came from Polis) and representative statements, the consensus, and the statements
 * every group tends to agree with (bridging). Hidden and pending statements are left out of the
 * map and the lists; their votes still count as seen. 409 for a rate-mode conversation.
 */
export async function readOpinionGroups(options: { db: Kysely<DB>; organizationId: string; conversationId: string }) {
  const { db, organizationId, conversationId } = options;
  const version = await conversationsRepo.findResultsVersion(db, organizationId, conversationId);
  if (!version) throw notFound('Conversation');
  if (version.mode !== 'vote') throw new AppError('conflict', 'Opinion groups are for conversations where people vote (agree, disagree, pass); this one rates ideas');
  const key = `${version.max_seq ?? 0}:${version.votes}:${version.moderation_version}`;
  const hit = computed.get(conversationId);
  if (hit && hit.key === key) return hit.result;
  const groups = computeFor(db, conversationId);
  const entry: Entry = { key, result: groups.then(({ result, refs }) => present(result, refs)), extremities: groups.then(({ result }) => new Map(result.statements.map((s) => [s.statement, s.extremity]))) };
  if (computed.size >= MAX_CONVERSATIONS && !computed.has(conversationId)) computed.clear();
  computed.set(conversationId, entry);
  entry.result.catch(() => {
    if (computed.get(conversationId) === entry) computed.delete(conversationId);
  });
  return entry.result;
}

/** The statements' extremities of the last opinion groups computed for the conversation, if any (none before the first read). */
export async function lastExtremities(conversationId: string): Promise<ReadonlyMap<string, number> | undefined> {
  return computed.get(conversationId)?.extremities.catch(() => undefined);
}

async function computeFor(db: Kysely<DB>, conversationId: string) {
  const [votes, statements] = await Promise.all([conversationParticipationRepo.listVotes(db, conversationId), conversationParticipationRepo.listStatementRefs(db, conversationId)]);
  const input: OpinionGroupsInput = {
    votes: votes.map((vote) => ({ participant: vote.participant, statement: vote.statement_id, vote: vote.value as VoteValue })),
    moderatedOut: statements.filter((statement) => statement.status !== 'accepted').map((statement) => statement.id),
  };
  computations += 1;
  const result = votes.length >= WORKER_FROM_VOTES ? await runInWorker<OpinionGroups>(worker, input) : computeOpinionGroups(input);
  const refs = new Map<string, StatementRef>(statements.map((statement) => [statement.id, { statement_id: statement.id, external_id: statement.external_id, text: statement.text }]));
  return { result, refs };
}

function present(result: OpinionGroups, refs: ReadonlyMap<string, StatementRef>) {
  const ref = (id: string) => refs.get(id) ?? { statement_id: id, external_id: null, text: '' };
  return {
    groups: result.groups.map((group) => ({
      id: group.id,
      participants: group.participants,
      representative: group.representative.map((r) => ({
        ...ref(r.statement),
        direction: r.direction,
        count: r.count,
        seen: r.seen,
        probability: r.probability,
        representativeness: r.representativeness,
        score: r.score,
        is_significant: r.isSignificant,
      })),
    })),
    consensus: [
      ...result.consensus.agree.map((c) => ({ ...ref(c.statement), direction: 'agree' as const, count: c.count, seen: c.seen, probability: c.probability })),
      ...result.consensus.disagree.map((c) => ({ ...ref(c.statement), direction: 'disagree' as const, count: c.count, seen: c.seen, probability: c.probability })),
    ],
    // Only common ground (every group leans to agree): the best-scored statement of a divided conversation is not one.
    bridging: result.bridging.filter((b) => b.isCommonGround).slice(0, BRIDGING_SHOWN).map((b) => ({ ...ref(b.statement), score: b.score })),
    participants: result.participants.length,
    clustered: result.participants.filter((p) => p.group !== null).length,
    // The map: four decimals are finer than any drawing, and keep a large conversation's answer small.
    places: result.participants.map((p) => ({ participant: p.participant, x: roundTo4(p.x), y: roundTo4(p.y), group: p.group })),
  };
}

const roundTo4 = (value: number) => Math.round(value * 10_000) / 10_000;
