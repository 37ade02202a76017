import type { Actor } from '../../platform/audit/actor.js';

/**
 * Who writes a feed's actuals: the feed itself, not the person who set it up or loaded the file,
 * so the plan's history says where each value came from and measureFeedsRepo.fedPeriods can tell
 * a fed actual from a typed one.
 */
export const FEED_ACTOR_LABEL = 'Indicator feed';
export const feedActor: Actor = { userId: null, label: FEED_ACTOR_LABEL };
