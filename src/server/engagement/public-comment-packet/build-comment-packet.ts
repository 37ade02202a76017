import { buildEngagementSummary } from '../../../core/engagement/documents/build-engagement-summary.js';
import type { CommentTarget } from '../../../core/engagement/public-comment/comment-targets.js';
import { isSuppressed } from '../../../core/engagement/protect-counts.js';
import type { Count, Suppressed } from '../../../core/engagement/survey-results-types.js';
import { initialsOf } from '../../../core/plan/documents/format-plan-values.js';
import { heading, paragraph, type PrintBlock } from '../../../core/plan/documents/printout-blocks.js';
import type { CommenterTable } from './commenter-representation.js';
import { formatPacketDay, type PacketWords } from './packet-words.js';
import type { CommentPacketInput, PacketComment, PacketDisposition } from './read-comment-packet.js';

/** The packet's name on its title page, in its footer and as the file's name. */
export function packetTitle(input: CommentPacketInput): string {
  return `${input.planTitle} - ${input.words.packet}`;
}

/** "Strategy G1.S1: Tutoring for early readers" / "Mission". */
export function partName(target: CommentTarget, words: PacketWords): string {
  if (target.kind === 'plan') return words.planTexts[target.key] ?? target.title;
  return `${words.kinds[target.kind]} ${target.key}: ${target.title}`;
}

/**
 * The public comment packet as plain blocks, the Word file and the PDF both drawn from them: a
 * title page, the window with its counts, who commented against the population (protected), the
 * comments part by part of the draft in reading order with their passage, theme and disposition so
 * far, the themes with theirs, then the engagement summary of the plan's cycle. It prints no name
 * or address: the input holds none.
 */
export function buildCommentPacket(input: CommentPacketInput): PrintBlock[] {
  const { words } = input;
  const day = (value: string) => formatPacketDay(value, words);
  const blocks: PrintBlock[] = [
    { kind: 'cover', organizationName: input.organizationName, initials: initialsOf(input.organizationName), title: input.planTitle, lines: [words.packet, words.forMeeting, words.preparedOn(day(input.preparedOn))] },
    { kind: 'pageBreak' },
    heading(1, words.window),
  ];
  const window = input.window;
  if (!window) blocks.push(paragraph(words.noWindow, 'muted'));
  else {
    const c = window.counts;
    blocks.push(
      {
        kind: 'facts',
        items: [
          { label: words.window, value: words.windowDates(day(window.opens_on), day(window.closed_at ?? window.closes_on)) },
          { label: words.draftVersion, value: String(window.draft_version) },
          { label: words.received, value: String(c.received) },
          { label: words.accepted, value: String(c.accepted) },
          { label: words.awaiting, value: String(c.pending) },
          { label: words.hidden, value: String(c.hidden) },
          { label: words.unconfirmed, value: String(c.unconfirmed) },
          { label: words.answered, value: String(c.answered) },
        ],
      },
      paragraph(words.privacyNote(input.threshold), 'muted'),
    );
    if (input.representation) {
      blocks.push(heading(2, words.whoCommented), ...tableBlocks(words.byRole, input.representation.role, input));
      if (input.representation.school) blocks.push(...tableBlocks(words.bySchool, input.representation.school, input));
    }
    blocks.push({ kind: 'pageBreak' }, heading(1, words.byPart));
    for (const part of input.parts) {
      if (!part.target && !part.comments.length) continue;
      blocks.push(heading(2, part.target ? partName(part.target, words) : words.wholeDraft));
      if (!part.comments.length) blocks.push(paragraph(words.noComments, 'muted'));
      else blocks.push({ kind: 'list', items: part.comments.map((comment) => ({ text: commentText(comment, input) })) });
    }
    blocks.push(heading(1, words.themes));
    if (!input.themes.length) blocks.push(paragraph(words.noThemes, 'muted'));
    for (const theme of input.themes) {
      blocks.push(heading(2, `${theme.label} (${words.themeCount(theme.count)})`), paragraph(dispositionText(theme.disposition, input)));
    }
  }
  blocks.push({ kind: 'pageBreak' }, heading(1, words.engagement));
  if (!input.engagement) blocks.push(paragraph(words.noCycle, 'muted'));
  else {
    blocks.push(paragraph(words.engagementOfCycle(input.engagement.cycle.name), 'muted'));
    // The summary's own blocks without its title page: this packet has one.
    blocks.push(...buildEngagementSummary(input.engagement.summary).slice(2));
  }
  return blocks;
}

function commentText(comment: PacketComment, input: CommentPacketInput): string {
  const { words } = input;
  const lines = [`“${comment.body.trim()}”`];
  if (comment.quote) lines.push(`${words.passage}: “${comment.quote.trim()}”`);
  if (comment.isPending) lines.push(`(${words.awaitingModeration})`);
  if (comment.theme) lines.push(`${words.theme}: ${comment.theme}`);
  lines.push(dispositionText(comment.disposition, input));
  return lines.join(' — ');
}

function dispositionText(disposition: PacketDisposition | null, input: CommentPacketInput): string {
  const { words } = input;
  if (!disposition) return `${words.disposition}: ${words.notYet}.`;
  const parts = [`${words.disposition}: ${words.dispositions[disposition.value]}`];
  if (disposition.note) parts.push(`${words.note}: ${disposition.note}`);
  if (disposition.changed_keys.length) {
    const names = disposition.changed_keys.map((key) => {
      const target = input.parts.find((part) => part.target?.key === key)?.target;
      return target ? partName(target, words) : key;
    });
    parts.push(`${words.changed}: ${names.join('; ')}`);
  }
  // Each part a sentence of its own, whether or not the team's note ends with a stop.
  return parts.map((part) => (/[.!?]$/.test(part.trim()) ? part.trim() : `${part.trim()}.`)).join(' ');
}

function tableBlocks(caption: string, table: CommenterTable, input: CommentPacketInput): PrintBlock[] {
  const { words } = input;
  const count = (value: Count | number | Suppressed) => (isSuppressed(value) ? (value.reason === 'small_group' ? words.hiddenSmall(input.threshold) : words.hiddenOnly) : String(value));
  const percent = (value: number | Suppressed) => (isSuppressed(value) ? count(value) : `${value}%`);
  const headers = [words.group, words.commenters, words.share, ...(table.is_compared ? [words.populationShare] : [])];
  const rows = table.rows.map((row) => [
    [row.is_under_represented ? `${row.label} (${words.underRepresented})` : row.label],
    [count(row.commenters)],
    [percent(row.share)],
    ...(table.is_compared ? [[row.population_share === null ? '' : `${row.population_share}%`]] : []),
  ]);
  rows.push([[words.total], [count(table.commenters)], [''], ...(table.is_compared ? [['']] : [])]);
  const blocks: PrintBlock[] = [{ kind: 'table', caption, headers, rows, widths: table.is_compared ? [4, 2, 2, 2] : [5, 2, 2], numeric: table.is_compared ? [1, 2, 3] : [1, 2], hasTotalRow: true }];
  if (!table.is_compared) blocks.push(paragraph(words.notCompared, 'muted'));
  return blocks;
}
