import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { hashToken } from '../../auth/secrets.js';
import { loadElementUpdates } from '../updates/load-element-updates.js';
import { postElementUpdate } from '../updates/post-element-update.js';
import { addUpdateEvidence } from '../updates/add-update-evidence.js';
import { updatesRepo } from '../updates/updates.repo.js';
import type { UpdateInput } from '../updates/updates.schema.js';
import { listStudentGroups } from '../student-groups/read-student-groups.js';
import { remindersRepo } from './reminders.repo.js';

const gone = () => new AppError('not_found', 'This update link is not valid any more: it was used, it expired, or the item has a new owner. Sign in to post the update.');

/** The link behind a token if it still works: unused, unexpired, and its person still owns the item as an active member. */
async function usableLink(db: Kysely<DB>, secret: string, token: string) {
  const link = await remindersRepo.findUsableLink(db, hashToken(secret, token));
  if (!link || !(await remindersRepo.isStillOwner(db, link))) throw gone();
  return link;
}

/** What a mailed link opens without a password: the element's update form for the link's period. */
export async function openUpdateLink(options: { ctx: AppContext; token: string }) {
  const { ctx, token } = options;
  const link = await usableLink(ctx.db, ctx.config.sessionSecret, token);
  const [element, districtName, studentGroups] = await Promise.all([
    loadElementUpdates({ db: ctx.db, organizationId: link.organization_id, planId: link.plan_id, elementKey: link.element_key, userId: link.user_id, canUpdate: true, canManage: false }),
    remindersRepo.districtName(ctx.db, link.organization_id),
    listStudentGroups(ctx.db, link.organization_id),
  ]);
  return {
    ...element,
    periods: element.periods.filter((p) => p.label === link.period_label),
    periodLabel: link.period_label,
    expiresAt: new Date(link.expires_at).toISOString(),
    districtName: districtName ?? '',
    studentGroups: studentGroups.groups,
  };
}

/**
 * Posts the update a mailed link was for, as the link's person, and uses the link up in the same
 * transaction: a refused post leaves the link usable, and of two racing posts only one gets in.
 */
export async function postThroughUpdateLink(options: { ctx: AppContext; token: string; input: Omit<UpdateInput, 'periodLabel'> }) {
  const { ctx, token, input } = options;
  return inTransaction(ctx.db, async (trx) => {
    const found = await usableLink(trx, ctx.config.sessionSecret, token);
    const link = await remindersRepo.consumeLink(trx, found.id);
    if (!link) throw gone();
    const user = await remindersRepo.findUser(trx, link.user_id);
    if (!user) throw gone();
    return postElementUpdate({
      db: trx,
      actor: { userId: user.id, label: `${user.email} (update link)` },
      organizationId: link.organization_id,
      planId: link.plan_id,
      elementKey: link.element_key,
      input: { ...input, periodLabel: link.period_label },
      source: 'link',
    });
  });
}

/**
 * Attaches an evidence file to the update a link just posted: only that update (same element,
 * period and person, posted through a link), and only for two hours after the post, so a
 * forwarded mail cannot be used to add files later.
 */
export async function attachEvidenceThroughLink(options: { ctx: AppContext; token: string; updateId: string; fileName: string; contentType: string | undefined; content: unknown }) {
  const { ctx, token, updateId } = options;
  const link = await remindersRepo.findRecentlyUsedLink(ctx.db, hashToken(ctx.config.sessionSecret, token));
  if (!link) throw gone();
  const update = await updatesRepo.findUpdate(ctx.db, link.organization_id, updateId);
  const isLinksUpdate = update && update.plan_id === link.plan_id && update.element_key === link.element_key && update.period_label === link.period_label && update.author_id === link.user_id && update.source === 'link';
  if (!isLinksUpdate) throw gone();
  const user = await remindersRepo.findUser(ctx.db, link.user_id);
  if (!user) throw gone();
  return addUpdateEvidence({
    db: ctx.db,
    actor: { userId: user.id, label: `${user.email} (update link)` },
    organizationId: link.organization_id,
    updateId,
    fileName: options.fileName,
    contentType: options.contentType,
    content: options.content,
    canManage: false,
  });
}
