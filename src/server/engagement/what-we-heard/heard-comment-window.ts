import type { Kysely } from 'kysely';
import { commentTargets } from '../../../core/engagement/public-comment/comment-targets.js';
import { protectCount } from '../../../core/engagement/protect-counts.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import type { DB } from '../../db/schema.js';
import { readPlanVersion } from '../../plan/versions/read-plan-version.js';
import type { DistrictPopulation } from '../population/read-population.js';
import { commenterRepresentation, type CommenterTable } from '../public-comment-packet/commenter-representation.js';
import { presentPublicCommentThemes } from '../public-comment-themes/public-comment-themes.present.js';
import { readPublicCommentThemes } from '../public-comment-themes/read-public-comment-themes.js';
import { listPublicComments } from '../public-comment/list-public-comments.js';
import type { Disposition } from '../public-comment/public-comment-tables.js';
import { readChangesSinceDraft, type ChangeSinceDraft } from '../public-comment/read-changes-since-draft.js';
import type { HeardWords } from './heard-page-messages.js';
import type { HeardChange, HeardEngagement, HeardGroupTable } from './what-we-heard.schema.js';

// The texts a reader compares word by word; any other field changed is only named.
const textFields = new Set(['title', 'name', 'description', 'rationale', 'mission', 'vision']);

type Window = { id: string; draft_version: number; opens_on: string; closes_on: string; closed_at: string | null };

/**
 * One public comment window as the "what we heard" page shows it: the comments counted and who
 * wrote them against the population (protected), the themes with what the team decided and the
 * word diff (draft to adopted) of each element the decision changed, and the comments a moderator
 * published with theirs. A comment awaiting moderation is counted and themed but not quoted: the
 * draft page told its writer a moderator reads comments before they are shown. No name, no address.
 */
export async function heardCommentWindow(options: {
  db: Kysely<DB>;
  organizationId: string;
  planId: string;
  window: Window;
  adoptedVersion: number;
  words: HeardWords;
  language: Locale;
  threshold: number;
  gapPoints: number;
  population: DistrictPopulation;
  schools: readonly { id: string; name: string }[];
  hiddenKeys: ReadonlySet<string>;
}): Promise<HeardEngagement> {
  const { db, organizationId, planId, window, words, threshold, hiddenKeys } = options;
  const [comments, themes, changes, draft] = await Promise.all([
    listPublicComments({ db, organizationId, planId, filter: { windowId: window.id } }),
    readPublicCommentThemes({ db, scope: { organizationId, planId, periodId: window.id } }).then(presentPublicCommentThemes),
    readChangesSinceDraft({ db, organizationId, planId, windowId: window.id, to: options.adoptedVersion }),
    readPlanVersion({ db, organizationId, planId, number: window.draft_version }).then((version) => version.document as PlanDocument),
  ]);
  const heard = comments.filter((comment) => comment.status === 'pending' || comment.status === 'accepted');
  const changeByKey = new Map(changes.changes.filter((change) => !hiddenKeys.has(change.key)).map((change) => [change.key, toHeardChange(change)]));
  const disposition = (value: { value: Disposition; note: string | null; changed_keys: string[] } | null) =>
    value ? { value: value.value, label: words.dispositions[value.value], note: value.note, changes: value.changed_keys.flatMap((key) => changeByKey.get(key) ?? []) } : null;
  const targets = new Map(commentTargets(draft).map((target) => [target.key, target]));
  const partName = (key: string | null) => {
    const target = key ? targets.get(key) : undefined;
    if (!target) return null;
    return target.kind === 'plan' ? (words.planTexts[target.key] ?? target.title) : `${words.kinds[target.kind]} ${target.key}: ${target.title}`;
  };
  const representation = commenterRepresentation({
    comments: heard.map((comment) => ({ role: comment.role, school_id: comment.school?.id ?? null })),
    population: options.population,
    schools: options.schools,
    threshold,
    gapPoints: options.gapPoints,
    language: options.language,
  });
  const table = (dimension: 'role' | 'school', source: CommenterTable): HeardGroupTable => ({
    dimension,
    label: words.dimensions[dimension]!,
    is_compared: source.is_compared,
    people: source.commenters,
    rows: source.rows.map((row) => ({ label: row.label, people: row.commenters, share: row.share, population_share: row.population_share, is_under_represented: row.is_under_represented })),
  });
  return {
    kind: 'public_comment',
    opens_on: window.opens_on,
    closed_on: window.closed_at ?? window.closes_on,
    draft_version: window.draft_version,
    comments: representation.comments,
    representation: [table('role', representation.role), ...(representation.school ? [table('school', representation.school)] : [])],
    themes: themes.themes.map((theme) => ({ label: theme.label, comments: protectCount(theme.count, threshold), disposition: disposition(theme.disposition) })),
    shown: heard
      .filter((comment) => comment.status === 'accepted' && !(comment.element_key && hiddenKeys.has(comment.element_key)))
      .map((comment) => ({ element_key: comment.element_key, element: partName(comment.element_key), quote: comment.quote, body: comment.body, theme: comment.theme?.label ?? null, disposition: disposition(comment.disposition) })),
  };
}

function toHeardChange(change: ChangeSinceDraft): HeardChange {
  return {
    key: change.key,
    kind: change.kind,
    title: change.title,
    change: change.change,
    fields: change.fields.filter((field) => field.field !== 'extensions').map((field) => ({ field: field.field, text_diff: textFields.has(field.field) && field.text_diff ? field.text_diff : null })),
  };
}
