import { inTransaction } from '../../db/transaction.js';
import { hashToken, safeEqual } from '../../auth/secrets.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { surveysRepo } from './surveys.repo.js';

/** An event lasts a day or a weekend; a tablet left in a drawer should not keep the privilege. */
const KIOSK_HOURS = 48;

/**
 * A kiosk's token: staff start kiosk mode on a tablet at an event, where every respondent shares
 * one address, so submissions carrying it are exempt from the per-address limit. Signed with the
 * server's secret for one survey and an expiry; the issuing is audited.
 */
export async function issueKioskToken(options: { db: Kysely<DB>; actor: Actor; organizationId: string; surveyId: string; secret: string; publicUrl: string; now?: Date }) {
  const { db, actor, organizationId, surveyId, secret } = options;
  return inTransaction(db, async (trx) => {
    const survey = await surveysRepo.find(trx, organizationId, surveyId);
    if (!survey) throw notFound('Survey');
    if (survey.status !== 'open' || !survey.public_code) throw new AppError('conflict', 'Open the survey before starting a kiosk');
    const expires = new Date((options.now ?? new Date()).getTime() + KIOSK_HOURS * 3_600_000);
    const body = Math.floor(expires.getTime() / 1000).toString(36);
    const token = `k1.${body}.${sign(secret, surveyId, body)}`;
    await recordAuditEvent(trx, actor, { organizationId, action: 'survey.kiosk_started', entityType: 'survey', entityId: surveyId, after: { expires_at: expires.toISOString() } });
    return { kiosk_token: token, kiosk_url: `${options.publicUrl}/s/${survey.public_code}/kiosk#k=${encodeURIComponent(token)}`, expires_at: expires.toISOString() };
  });
}

/** Whether a kiosk token is ours, for this survey, and unexpired. */
export function isKioskTokenValid(options: { token: string; surveyId: string; secret: string; now?: Date }): boolean {
  const parts = options.token.split('.');
  if (parts.length !== 3 || parts[0] !== 'k1') return false;
  const [, body, mac] = parts as [string, string, string];
  if (!/^[0-9a-z]{1,10}$/.test(body) || !safeEqual(mac, sign(options.secret, options.surveyId, body))) return false;
  return parseInt(body, 36) * 1000 > (options.now ?? new Date()).getTime();
}

function sign(secret: string, surveyId: string, body: string): string {
  return hashToken(secret, `survey-kiosk|${surveyId}|${body}`);
}
