import { conversationMissingTranslations, type ConversationTexts } from '../../../core/engagement/conversations/conversation-texts.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { missingPageTexts } from '../../../core/engagement/page-texts.js';
import { readPageTexts } from '../settings/read-page-texts.js';
import { effectiveStatus, newPublicCode } from '../surveys/survey-life.js';
import type { DistrictScope } from './conversation-scope.js';
import { conversationsRepo } from './conversations.repo.js';
import { auditedConversation, textsOf } from './conversations.present.js';

/** 400 listing every text of the prompt or the demographic questions missing in one of the conversation's languages, at its pointer. */
export function missingPromptTranslationsError(texts: ConversationTexts) {
  const missing = conversationMissingTranslations(texts);
  return new AppError(
    'invalid_input',
    `The conversation cannot open while ${missing.length} text${missing.length === 1 ? ' lacks its translation' : 's lack their translations'}`,
    missing.map((m) => ({ path: `${m.path}/${m.language}`, message: `needs its text in ${m.language}`, code: 'missing_translation' as const, params: { language: m.language } })),
  );
}

/** 400 for each language whose participant-page words the district has not translated yet, at /page_texts/<language> of its engagement settings. */
function missingPageTextsError(lacking: ReadonlyArray<{ language: string; count: number }>) {
  const total = lacking.reduce((sum, entry) => sum + entry.count, 0);
  return new AppError(
    'invalid_input',
    `The conversation cannot open while ${total} of the participant page’s own texts lack their translation`,
    lacking.map(({ language, count }) => ({
      path: `/page_texts/${language}`,
      message: `needs ${count} of the conversation page’s own texts in ${language}: translate them once for the district in the engagement settings`,
      code: 'missing_translation' as const,
      params: { language, count },
    })),
  );
}

/**
 * Opens a conversation to participants and returns its public code: made on first opening (as a
 * survey's: eight characters no reader confuses, too many to find one by trying) and kept when it
 * is opened again, so printed flyers keep working. Refused while the prompt or a demographic
 * question lacks a text in one of its languages, while the district has not translated the page's
 * own words into a language beyond English and Spanish, or when its close date has passed.
 */
export async function openConversation(options: DistrictScope & { conversationId: string; now?: Date }) {
  const { db, actor, organizationId, conversationId } = options;
  const now = options.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const before = await conversationsRepo.find(trx, organizationId, conversationId, { lock: true });
    if (!before) throw notFound('Conversation');
    const texts = textsOf(before);
    if (conversationMissingTranslations(texts).length) throw missingPromptTranslationsError(texts);
    // The page's own words in a third language are the district's, translated once in its engagement settings.
    const pageTexts = await readPageTexts({ db: trx, organizationId, languages: texts.languages });
    const lacking = texts.languages.map((language) => ({ language, count: missingPageTexts(pageTexts, language, 'conversation').length })).filter((entry) => entry.count > 0);
    if (lacking.length) throw missingPageTextsError(lacking);
    if (before.closes_at && before.closes_at.getTime() <= now.getTime()) throw new AppError('conflict', 'Its close date has passed: move the close date, then open it again');
    if (effectiveStatus(before, now) === 'open') return { id: conversationId, code: before.public_code! };
    let code = before.public_code;
    while (!code) {
      const candidate = newPublicCode();
      if (!(await conversationsRepo.isCodeTaken(trx, candidate))) code = candidate;
    }
    await conversationsRepo.setStatus(trx, organizationId, conversationId, 'open', { public_code: code, opened_at: now, closed_at: null });
    const after = (await conversationsRepo.find(trx, organizationId, conversationId))!;
    await recordAuditEvent(trx, actor, { organizationId, action: 'conversation.opened', entityType: 'conversation', entityId: conversationId, before: auditedConversation(before, now), after: auditedConversation(after, now) });
    return { id: conversationId, code };
  });
}
