/**
 * The shapes that go into and come out of the opinion-groups engine. Plain data (strings, numbers,
 * arrays) so the server can store or send a result as JSON and the web can draw it.
 */

/** The public coding of a vote, as in Polis's exports: agree +1, disagree -1, pass 0. */
export type VoteValue = 1 | -1 | 0;

export interface Vote {
  participant: string;
  statement: string;
  vote: VoteValue;
}

export interface OpinionGroupsInput {
  /**
   * One vote per participant and statement: the server keeps a participant's latest. Should a pair
   * repeat, the one later in the array counts (the only way the order of `votes` can matter).
   */
  votes: readonly Vote[];
  /** Statements the moderators removed: left out of the map and of every list, still counted as seen. */
  moderatedOut?: ReadonlySet<string> | readonly string[];
}

export type Point = [x: number, y: number];

/** Where a participant sits on the map; `group` is null for those who have not voted enough to be clustered. */
export interface ParticipantPlace {
  participant: string;
  x: number;
  y: number;
  votes: number;
  group: number | null;
}

/** What a set of people did with one statement: `seen` counts agree, disagree and pass. */
export interface VoteCounts {
  agree: number;
  disagree: number;
  pass: number;
  seen: number;
}

/** A statement that sets a group apart from the others, with the statistics that chose it. */
export interface RepresentativeStatement {
  statement: string;
  direction: 'agree' | 'disagree';
  /** Of the group's members who saw it, how many voted in `direction`. */
  count: number;
  seen: number;
  /** (count + 1) / (seen + 2): the share in `direction`, with a prior that keeps tiny counts modest. */
  probability: number;
  /** One-proportion z against a coin toss: is the group's share clearly above one half? */
  probabilityTest: number;
  /** The group's share over the share of everyone else clustered. */
  representativeness: number;
  /** Two-proportion z of the group against everyone else clustered. */
  representativenessTest: number;
  /** representativeness x its test x probability x its test: the ranking. */
  score: number;
  /** False only for the single best statement shown when none passes both tests (as Polis does). */
  isSignificant: boolean;
}

export interface OpinionGroup {
  /** 0, 1, ... by decreasing size, so the same votes always give the same numbering. */
  id: number;
  participants: string[];
  centre: Point;
  representative: RepresentativeStatement[];
}

export interface ConsensusStatement {
  statement: string;
  count: number;
  seen: number;
  probability: number;
  probabilityTest: number;
}

/** A statement projected as a lone agree vote: `extremity`, its distance from the origin, feeds routing. */
export interface StatementPlace extends VoteCounts {
  statement: string;
  x: number;
  y: number;
  extremity: number;
  isModeratedOut: boolean;
}

export interface BaseCluster {
  centre: Point;
  size: number;
  group: number;
}

export interface OpinionGroups {
  /** Every participant with at least one vote, by id. */
  participants: ParticipantPlace[];
  groups: OpinionGroup[];
  /** Statements with at least one vote, by id. */
  statements: StatementPlace[];
  /** What most of everyone agrees (or disagrees) with, strongest first, at most five each. */
  consensus: { agree: ConsensusStatement[]; disagree: ConsensusStatement[] };
  /** Group-aware consensus: every statement not moderated out, highest score first. */
  /** Every statement by its bridging score; `isCommonGround` when every group (two or more) leans to agree. */
  bridging: Array<{ statement: string; score: number; isCommonGround: boolean }>;
  /** The fine clusters the groups are made of (k = 100 on the map), for drawing and checking. */
  baseClusters: BaseCluster[];
  /** The silhouette of each number of groups tried; the best one won. */
  silhouettes: Array<{ k: number; silhouette: number }>;
}
