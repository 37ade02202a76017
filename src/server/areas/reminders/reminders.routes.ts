import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';

/** Placeholder: the reminders area's routes (see docs/ARCHITECTURE.md). */
export async function registerReminderRoutes(_fastify: FastifyInstance, _ctx: AppContext) {}
