import type { Kysely } from 'kysely';
import { commentTargets, type CommentTarget } from '../../../core/engagement/public-comment/comment-targets.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import type { DB } from '../../db/schema.js';
import { findOrganization, listDistrictSchools } from '../../platform/organizations/find-organization.js';
import { readPlanVersion } from '../../plan/versions/read-plan-version.js';
import { readPopulation } from '../population/read-population.js';
import { presentPublicCommentThemes } from '../public-comment-themes/public-comment-themes.present.js';
import { readPublicCommentThemes } from '../public-comment-themes/read-public-comment-themes.js';
import type { Disposition } from '../public-comment/public-comment-tables.js';
import { listPublicComments } from '../public-comment/list-public-comments.js';
import { readCommentWindows } from '../public-comment/read-comment-windows.js';
import { readEngagementSettings } from '../settings/read-engagement-settings.js';
import { commenterRepresentation, type CommenterRepresentation } from './commenter-representation.js';
import { packetWordsFor, type PacketWords } from './packet-words.js';
import { readCycleEngagements, type CycleEngagements } from './read-cycle-engagements.js';

export interface PacketDisposition {
  value: Disposition;
  note: string | null;
  changed_keys: string[];
}

export interface PacketComment {
  quote: string | null;
  body: string;
  isPending: boolean;
  theme: string | null;
  disposition: PacketDisposition | null;
}

export interface CommentPacketInput {
  organizationName: string;
  planTitle: string;
  preparedOn: string;
  words: PacketWords;
  threshold: number;
  window: { opens_on: string; closes_on: string; closed_at: string | null; draft_version: number; counts: Record<'received' | 'pending' | 'accepted' | 'hidden' | 'unconfirmed' | 'answered', number> } | null;
  representation: CommenterRepresentation | null;
  /** The draft's parts in reading order (the whole draft first), each with its comments, oldest first. */
  parts: { target: CommentTarget | null; comments: PacketComment[] }[];
  themes: { label: string; count: number; disposition: PacketDisposition | null }[];
  engagement: CycleEngagements | null;
}

/**
 * What the public comment packet of a plan is made from, for the meeting that reviews the feedback
 * on the draft (CEC's refinement meeting, Performance Fact's reality check): the latest window,
 * its comments (pending and accepted: an unconfirmed or hidden one is nobody's input) by part of
 * the draft with their theme and disposition so far, never a name or an address, who commented
 * against the population (protected), the themes with their dispositions, and the engagement of
 * the cycle that produces the plan. 404 when the plan is not the district's.
 */
export async function readCommentPacket(options: { db: Kysely<DB>; organizationId: string; planId: string; publicUrl: string; language: string; now?: Date }): Promise<CommentPacketInput> {
  const { db, organizationId, planId } = options;
  const words = packetWordsFor(options.language);
  const [{ plan, windows }, organization, settings] = await Promise.all([readCommentWindows({ db, organizationId, planId }), findOrganization(db, organizationId), readEngagementSettings({ db, organizationId })]);
  const organizationName = organization?.name ?? '';
  const threshold = settings.respondent_threshold;
  const window = windows[0] ?? null;
  const engagement = await readCycleEngagements({ db, organizationId, planId: plan.id, publicUrl: options.publicUrl, language: words.language, organizationName, ...(options.now ? { now: options.now } : {}) });
  const base = { organizationName, planTitle: plan.title, preparedOn: (options.now ?? new Date()).toISOString().slice(0, 10), words, threshold, engagement };
  if (!window) return { ...base, window: null, representation: null, parts: [], themes: [] };

  const [draft, comments, themes, population, schools] = await Promise.all([
    readPlanVersion({ db, organizationId, planId: plan.id, number: window.draft_version }).then((version) => version.document as PlanDocument),
    listPublicComments({ db, organizationId, planId: plan.id, filter: { windowId: window.id } }),
    readPublicCommentThemes({ db, scope: { organizationId, planId: plan.id, periodId: window.id } }).then(presentPublicCommentThemes),
    readPopulation(db, organizationId),
    listDistrictSchools(db, organizationId),
  ]);
  const heard = comments.filter((comment) => comment.status === 'pending' || comment.status === 'accepted');
  const toPacket = (comment: (typeof heard)[number]): PacketComment => ({
    quote: comment.quote,
    body: comment.body,
    isPending: comment.status === 'pending',
    theme: comment.theme?.label ?? null,
    disposition: comment.disposition ? { value: comment.disposition.value, note: comment.disposition.note, changed_keys: comment.disposition.changed_keys } : null,
  });
  const targets = commentTargets(draft);
  const known = new Set(targets.map((target) => target.key));
  const parts = [
    { target: null, comments: heard.filter((comment) => !comment.element_key || !known.has(comment.element_key)).map(toPacket) },
    ...targets.map((target) => ({ target, comments: heard.filter((comment) => comment.element_key === target.key).map(toPacket) })),
  ];
  return {
    ...base,
    window: { opens_on: window.opens_on, closes_on: window.closes_on, closed_at: window.closed_at, draft_version: window.draft_version, counts: window.counts },
    representation: commenterRepresentation({
      comments: heard.map((comment) => ({ role: comment.role, school_id: comment.school?.id ?? null })),
      population,
      schools: schools.map((school) => ({ id: school.id, name: school.name })),
      threshold,
      gapPoints: settings.representation_gap,
      language: words.language,
    }),
    parts,
    themes: themes.themes.map((theme) => ({ label: theme.label, count: theme.count, disposition: theme.disposition ? { value: theme.disposition.value, note: theme.disposition.note, changed_keys: theme.disposition.changed_keys } : null })),
  };
}
