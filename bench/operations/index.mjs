/**
 * Timed operations: single requests on large data, run one after another and timed each, next to
 * a baseline operation of the same size in the same run (the bare Fastify server echoing the same
 * JSON). Each reports its median and p95 in ms, its ratio to the baseline, and the budget.
 *
 * @typedef {{
 *   name: string;
 *   description: string;
 *   budgetMs: number;
 *   prepare(context: { waymark: import('../scenarios/index.mjs').WaymarkUnderTest; baselineUrl: string; root: string }): Promise<{
 *     run(): Promise<void>;
 *     baseline(): Promise<void>;
 *     measured?(): { run: number; baseline: number };
 *     close?(): Promise<void>;
 *   }>;
 * }} Operation
 */
import planImport from './plan-import.mjs';
import planExport from './plan-export.mjs';
import outlineRender from './outline-render.mjs';
import { fileURLToPath } from 'node:url';
import themes, { commentsFile } from './themes.mjs';
import opinionGroups from './opinion-groups.mjs';

// The themes operation reads the real comments in ../shared: without them it is skipped, with a word.
const root = fileURLToPath(new URL('../..', import.meta.url));
const hasComments = commentsFile(root) !== null;
if (!hasComments) console.log(`Skipping "${themes.name}": it needs ../shared/data/comments next to the repository.`);

/** @type {Operation[]} */
export const operations = [planImport, planExport, outlineRender, ...(hasComments ? [themes] : []), ...opinionGroups];
