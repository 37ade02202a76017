/**
 * Opinion groups of vote-mode conversations, by the published Polis method: the map, the groups,
 * what sets each group apart, what everyone shares, and which statement to show next. Pure and
 * deterministic: the same votes always give the same groups.
 */
export { computeOpinionGroups } from './compute-opinion-groups.js';
export { statementPriority, pickNextStatement, leastSeenFirst, type StatementTally } from './statement-routing.js';
export { adjustedRandIndex } from './adjusted-rand-index.js';
export type {
  BaseCluster,
  ConsensusStatement,
  OpinionGroup,
  OpinionGroups,
  OpinionGroupsInput,
  ParticipantPlace,
  Point,
  RepresentativeStatement,
  StatementPlace,
  Vote,
  VoteCounts,
  VoteValue,
} from './opinion-groups-types.js';
