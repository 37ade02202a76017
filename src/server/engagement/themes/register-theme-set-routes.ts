import { availableParallelism } from 'node:os';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AccessRule } from '../../auth/access-rules.js';
import { standardErrors } from '../../http/common.schema.js';
import { findThemes } from './find-themes.js';
import { mergeThemes } from './merge-themes.js';
import { moveThemeItems } from './move-theme-items.js';
import { renameTheme } from './rename-theme.js';
import { splitTheme } from './split-theme.js';
import type { ThemedSubject, ThemeWrite } from './theme-kind.js';
import type { themeChangeBodies } from './theme-schemas.js';
import type { ThemeItemRow, ThemeOwner } from './theme-store.js';
import { createWorkerLine, type WorkerLine } from './worker-runner.js';

/** How long a request to find themes waits for them before answering 202 (and the screen polls). */
const WAIT_FOR_THEMES_MS = 5000;

/** The six routes every kind of themes has, and what each says in the OpenAPI document. */
type ThemeRouteName = 'read' | 'find' | 'rename' | 'merge' | 'split' | 'move';

export interface ThemeSetRoutes<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject, K extends string, Response extends z.ZodType> {
  tags: string[];
  /** Each route's path; rename and split name the theme (`:themeId`). */
  paths: Record<ThemeRouteName, string>;
  /** Each route's summary, in the kind's words ('statements', 'answers'). */
  summaries: Record<ThemeRouteName, string>;
  /** The find route's longer description: how long it waits, what 409 means for this kind. */
  findDescription: string;
  /** The params of the set's routes, and of a theme's (with themeId). */
  params: { set: z.ZodType; theme: z.ZodType<{ themeId: string }> };
  bodies: ReturnType<typeof themeChangeBodies<K>>;
  /** The move body's field naming the items moved ('statement_ids'). */
  idsKey: K;
  /** The themes as they now stand: every route answers with them. */
  response: Response;
  access: { read: AccessRule; edit: AccessRule };
  /** The themes use-cases' options for the request: kind, database, who asks, whose themes. */
  themed(request: FastifyRequest): ThemeWrite<S, Item, Subject>;
  /** The kind's themes as they now stand, presented. */
  themesNow(request: FastifyRequest): Promise<z.output<Response> & { status: string }>;
  /** What the log says when a background run fails. */
  failureMessage: string;
}

/**
 * Registers the routes every kind of themes shares (read, find, rename, merge, split, move) over
 * the shared use-cases: validate, check access, call, answer with the themes as they now stand.
 * Returns the worker line its runs take turns on, for the kind's own routes that find or sort.
 */
export function registerThemeSetRoutes<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject, K extends string, Response extends z.ZodType>(
  fastify: FastifyInstance,
  routes: ThemeSetRoutes<S, Item, Subject, K, Response>,
): { line: WorkerLine } {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { tags, paths, summaries, params, bodies, access, themed } = routes;
  // Checked against the response schema where the kind passes both; here, in Fastify's generics,
  // they are just a schema and some themes.
  const themesSchema: z.ZodType = routes.response;
  const themesNow: (request: FastifyRequest) => Promise<{ status: string }> = routes.themesNow;
  // One core stays free for requests; the app closes only after the last run has saved.
  const line = createWorkerLine({ maxRunning: Math.max(1, availableParallelism() - 1) });
  fastify.addHook('onClose', () => line.idle());
  const response = { 200: themesSchema, ...standardErrors };

  app.get(paths.read, {
    schema: { tags, summary: summaries.read, params: params.set, response },
    config: { access: access.read },
    handler: async (request) => themesNow(request),
  });

  app.post(paths.find, {
    schema: { tags, summary: summaries.find, description: routes.findDescription, params: params.set, body: bodies.find, response: { ...response, 202: themesSchema } },
    config: { access: access.edit },
    handler: async (request, reply) => {
      const { done } = await findThemes({
        ...themed(request),
        line,
        basedOn: request.body.version,
        replaceEdited: request.body.replace_edited ?? false,
        onSettled: (error) => error && request.log.error({ err: error }, routes.failureMessage),
      });
      // A few hundred items take a moment: answer with the themes then. Thousands take longer:
      // answer 202 and let the screen poll. The wait is on a promise, the work in a worker thread.
      if (done) await Promise.race([done, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_THEMES_MS).unref())]);
      const themes = await themesNow(request);
      return reply.code(themes.status === 'running' ? 202 : 200).send(themes);
    },
  });

  app.patch(paths.rename, {
    schema: { tags, summary: summaries.rename, params: params.theme, body: bodies.rename, response },
    config: { access: access.edit },
    handler: async (request) => {
      await renameTheme({ ...themed(request), themeId: request.params.themeId, basedOn: request.body.version, label: request.body.label });
      return themesNow(request);
    },
  });

  app.post(paths.merge, {
    schema: { tags, summary: summaries.merge, params: params.set, body: bodies.merge, response },
    config: { access: access.edit },
    handler: async (request) => {
      await mergeThemes({ ...themed(request), line, basedOn: request.body.version, themeIds: request.body.theme_ids, label: request.body.label ?? null });
      return themesNow(request);
    },
  });

  app.post(paths.split, {
    schema: { tags, summary: summaries.split, params: params.theme, body: bodies.split, response },
    config: { access: access.edit },
    handler: async (request) => {
      await splitTheme({ ...themed(request), line, basedOn: request.body.version, themeId: request.params.themeId });
      return themesNow(request);
    },
  });

  app.post(paths.move, {
    schema: { tags, summary: summaries.move, params: params.set, body: bodies.move, response },
    config: { access: access.edit },
    handler: async (request) => {
      // zod cannot resolve a body whose field is named by a type parameter; it validated this shape.
      const body = request.body as { version: number; theme_id: string | null } & Record<K, string[]>;
      await moveThemeItems({ ...themed(request), basedOn: body.version, itemIds: body[routes.idsKey], themeId: body.theme_id });
      return themesNow(request);
    },
  });

  return { line };
}
