import type { Kysely } from 'kysely';
import type { Locale } from '../../../core/i18n/format-message.js';
import { flattenPlan } from '../../../core/plan/format/plan-tree.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import type { DB } from '../../db/schema.js';
import { readStudentGroupCatalog } from '../../monitoring/student-groups/read-student-groups.js';
import { loadMonitoringSettings } from '../../monitoring/updates/save-monitoring-settings.js';
import { findDraftForComment } from '../public-comment/find-draft-for-comment.js';
import { listCommentsForReaders } from '../public-comment/list-comments-for-readers.js';
import { listSpanishPublicTexts, readHiddenPublicKeys } from '../../monitoring/public-site/read-public-site-facts.js';
import type { ReaderComment, ShownText } from './draft-render-context.js';

/** The texts of a plan a translation can be about, by "subject|key|field". */
const textsOf = (document: PlanDocument): Map<string, string> => {
  const texts = new Map<string, string>();
  const plan = document.plan;
  for (const field of ['title', 'mission', 'vision'] as const) if (typeof plan[field] === 'string') texts.set(`plan||${field}`, plan[field]);
  for (const element of flattenPlan(document).elements) {
    for (const field of ['title', 'name'] as const) if (typeof element.fields[field] === 'string') texts.set(`element|${element.key}|${field}`, element.fields[field]);
  }
  return texts;
};

/**
 * Everything the draft page shows a reader: the draft out for comment (findDraftForComment), the
 * privacy threshold and student groups the public progress page protects results with, the parts
 * the district keeps off its public pages, its Spanish words for the plan's texts, and the
 * accepted comments when it shows them.
 *
 * A translation is used only for words it was written for: the district translates its adopted
 * plan's texts (the public site), so for an amendment a text the draft changed is shown as written
 * rather than with the old text's translation. A first draft has no adopted words to compare
 * with; its translations are of the working plan, which is the draft while it is out for comment.
 */
export async function readDraftPage(options: { db: Kysely<DB>; slug: string; language: Locale; today?: string }) {
  const { db, language } = options;
  const found = await findDraftForComment({ db, slug: options.slug, language, ...(options.today ? { today: options.today } : {}) });
  const [settings, groups, spanish, hiddenKeys, comments] = await Promise.all([
    loadMonitoringSettings(db, found.district.id),
    readStudentGroupCatalog(db, found.district.id),
    language === 'es' ? listSpanishPublicTexts(db, found.plan.id) : Promise.resolve([]),
    readHiddenPublicKeys(db, found.district.id, found.plan.id),
    found.window.show_comments ? listCommentsForReaders({ db, windowId: found.window.id }) : Promise.resolve([]),
  ]);
  const adoptedTexts = found.adopted ? textsOf(found.adopted) : null;
  const translations = new Map(spanish.map((row) => [`${row.subject}|${row.subject_key}|${row.field}`, row.text]));
  const text = (subject: 'plan' | 'element', key: string, field: string, original: string): ShownText => {
    const id = `${subject}|${key}|${field}`;
    const translated = translations.get(id);
    const isSameWords = adoptedTexts === null || adoptedTexts.get(id) === original;
    return translated && isSameWords ? { text: translated, language: 'es' } : { text: original, language: 'en' };
  };
  const byElement = new Map<string, ReaderComment[]>();
  for (const comment of comments as ReaderComment[]) {
    const key = comment.element_key ?? '';
    byElement.set(key, [...(byElement.get(key) ?? []), comment]);
  }
  return { ...found, threshold: settings.suppressionThreshold, groups, hiddenKeys: new Set(hiddenKeys), text, comments: found.window.show_comments ? byElement : null };
}

export type DraftPage = Awaited<ReturnType<typeof readDraftPage>>;
