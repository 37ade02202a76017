import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { listPlanVersions } from '../../plan/versions/list-plan-versions.js';
import { readPopulation } from '../population/read-population.js';
import { commenterRoles } from './commenter-roles.js';
import type { PublicCommentStatus } from './public-comment-tables.js';
import { presentTeamComment } from './public-comments.present.js';
import { publicCommentsRepo } from './public-comments.repo.js';

type Language = 'en' | 'es';

async function roleLabels(db: Kysely<DB>, organizationId: string, language: Language) {
  return new Map(commenterRoles(await readPopulation(db, organizationId), language).map((role) => [role.key, role.label]));
}

/** The public's comments on a plan's drafts for its planning team, oldest first, with their dispositions, themes and roles named in the reader's language. */
export async function listPublicComments(options: { db: Kysely<DB>; organizationId: string; planId: string; language?: Language; filter?: { windowId?: string; elementKey?: string; status?: PublicCommentStatus } }) {
  const { db, organizationId, planId, filter = {} } = options;
  const { plan } = await listPlanVersions({ db, organizationId, planId });
  const [rows, labels] = await Promise.all([publicCommentsRepo.listForTeam(db, plan.id, { periodId: filter.windowId, elementKey: filter.elementKey, status: filter.status }), roleLabels(db, organizationId, options.language ?? 'en')]);
  return rows.map((row) => presentTeamComment(row, labels));
}

/** One comment as the team reads it; 404 when it is not the plan's. */
export async function readPublicComment(options: { db: Kysely<DB>; organizationId: string; planId: string; commentId: string; language?: Language }) {
  const [row] = await publicCommentsRepo.listForTeam(options.db, options.planId, { commentId: options.commentId });
  if (!row) throw notFound('Comment');
  return presentTeamComment(row, await roleLabels(options.db, options.organizationId, options.language ?? 'en'));
}
