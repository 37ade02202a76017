import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';

/** Placeholder: the scorecard area's routes (see docs/ARCHITECTURE.md). */
export async function registerScorecardRoutes(_fastify: FastifyInstance, _ctx: AppContext) {}
