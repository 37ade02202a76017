import { describe, expect, it } from 'vitest';
import type { PrintBlock } from '../../plan/documents/printout-blocks.js';
import { buildEngagementSummary, type EngagementSummaryInput, type SummaryConversation } from './build-engagement-summary.js';
import { conversationBlocks } from './summary-conversations.js';
import { summaryWords } from './summary-words.js';

const voteConversation: SummaryConversation = {
  prompt: 'What should our graduates be able to do?',
  mode: 'vote',
  status: 'closed',
  openedAt: '2026-03-02T15:00:00Z',
  closedAt: '2026-03-20T15:00:00Z',
  closesAt: null,
  groupName: 'Families',
  threshold: 5,
  participants: 120,
  statements: 40,
  responses: 2300,
  opinionGroups: { groups: 3, clustered: 104 },
  findings: [
    { kind: 'bridging', text: 'Every graduate can manage money', agree: 94, seen: 120, groups: 3 },
    { kind: 'consensus', text: 'Phones out of class', direction: 'disagree', count: 80, seen: 100 },
  ],
  replies: [{ statement: 'More counsellors', reply: 'We are hiring two.', whatWeDid: null }],
};
const rateConversation: SummaryConversation = {
  ...voteConversation,
  prompt: 'Ideas for lunch',
  mode: 'rate',
  status: 'open',
  closesAt: '2026-04-01T00:00:00Z',
  groupName: null,
  participants: { suppressed: true, reason: 'small_group' },
  opinionGroups: null,
  findings: [{ kind: 'top_idea', text: 'A salad bar', mean: 4.62, ratings: 31 }],
  replies: [],
};

const textOf = (blocks: PrintBlock[]) =>
  blocks
    .map((block) => {
      if (block.kind === 'heading' || block.kind === 'paragraph') return block.text;
      if (block.kind === 'facts') return block.items.map((item) => `${item.label}: ${item.value}`).join('\n');
      if (block.kind === 'list') return block.items.map((item) => `${item.label ? `${item.label} ` : ''}${item.text}`).join('\n');
      if (block.kind === 'table') return [block.caption, ...block.rows.map((row) => row.map((cell) => cell.join(' ')).join(' | '))].join('\n');
      if (block.kind === 'cover') return block.lines.join('\n');
      return '';
    })
    .join('\n');

describe('a conversation in the engagement summary', () => {
  it('prints a vote-mode conversation: participation, opinion groups, common ground, consensus, replies', () => {
    const text = textOf(conversationBlocks(voteConversation, summaryWords.en));
    expect(text).toContain('What should our graduates be able to do?');
    expect(text).toContain('Participants: 120');
    expect(text).toContain('Votes: 2,300');
    expect(text).toContain('Stakeholder group: Families');
    expect(text).toContain('Participants formed 3 opinion groups (104 people voted enough to be placed in one)');
    expect(text).toContain('“Every graduate can manage money” — 78% of participants agreed, across all 3 opinion groups');
    expect(text).toContain('“Phones out of class” — 80% of participants disagreed');
    expect(text).toContain('“More counsellors” Reply: We are hiring two.');
  });

  it('prints a rate-mode conversation’s top ideas with their ratings, and a small count hidden, in Spanish too', () => {
    const text = textOf(conversationBlocks(rateConversation, summaryWords.en));
    expect(text).toContain('A salad bar | 4.6 | 31');
    expect(text).toContain('Participants: hidden (fewer than 5)');
    expect(text).toContain('No leader has replied to an idea yet.');
    expect(text).not.toContain('Opinion groups');
    const spanish = textOf(conversationBlocks(rateConversation, summaryWords.es)).replace(/\u00a0/g, ' ');
    expect(spanish).toContain('Ideas mejor calificadas');
    expect(spanish).toContain('A salad bar | 4,6 | 31');
  });

  it('says when nothing bridges the groups rather than printing a weak statement', () => {
    const text = textOf(conversationBlocks({ ...voteConversation, findings: [] }, summaryWords.en));
    expect(text).toContain('No statement is agreed with by every opinion group.');
    expect(text).toContain('No statement was clearly agreed or disagreed with by most participants.');
  });

  it('joins a phase’s summary after its surveys, counted on the cover', () => {
    const input: EngagementSummaryInput = {
      organizationName: 'Prairie View',
      scope: { kind: 'phase', cycleName: 'Plan 2030', phaseName: 'Listen' },
      preparedOn: '2026-05-03',
      words: summaryWords.en,
      surveys: [],
      conversations: [voteConversation, rateConversation],
      focusGroups: { columns: [], rows: [] },
    };
    const blocks = buildEngagementSummary(input);
    const text = textOf(blocks);
    expect(text).toContain('0 surveys · 2 conversations · 0 focus groups');
    expect(text).toContain('fewer than 5 people');
    const headings = blocks.filter((block) => block.kind === 'heading' && block.level === 1).map((block) => (block as { text: string }).text);
    expect(headings).toEqual(['What should our graduates be able to do?', 'Ideas for lunch', 'Focus groups']);
    expect(textOf(buildEngagementSummary({ ...input, conversations: undefined }))).not.toContain('conversation');
  });
});
