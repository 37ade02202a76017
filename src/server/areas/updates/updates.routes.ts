import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';

/** Placeholder: the updates area's routes (see docs/ARCHITECTURE.md). */
export async function registerUpdateRoutes(_fastify: FastifyInstance, _ctx: AppContext) {}
