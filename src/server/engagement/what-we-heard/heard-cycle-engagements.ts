import type { EngagementSummaryInput } from '../../../core/engagement/documents/summary-input.js';
import { textIn } from '../../../core/engagement/likert-scales.js';
import { protectCount } from '../../../core/engagement/protect-counts.js';
import type { HeardEngagement, HeardGroupTable } from './what-we-heard.schema.js';
import type { HeardWords } from './heard-page-messages.js';

const day = (value: string | null) => (value ? value.slice(0, 10) : null);
/** Conversations' strongest common ground: a few, so the page stays a summary. */
const POINTS_PER_CONVERSATION = 5;

/**
 * The cycle's surveys, conversations and focus groups as the public page shows them, from the
 * engagement summary's own records (every count there already protected): who took part against
 * the population, and the main themes, without quotes (a quote can name its writer). A theme's
 * count and the focus groups' participants are counts of people too, so they are protected here.
 */
export function heardCycleEngagements(summary: EngagementSummaryInput, words: HeardWords, language: 'en' | 'es', threshold: number): HeardEngagement[] {
  const surveys: HeardEngagement[] = summary.surveys.map((survey) => ({
    kind: 'survey',
    title: textIn(survey.document.title, language, survey.document.languages),
    opened_on: day(survey.openedAt),
    closed_on: day(survey.closedAt),
    respondents: survey.results.respondents,
    representation: survey.representation.dimensions.map(
      (dimension): HeardGroupTable => ({
        dimension: dimension.dimension,
        label: words.dimensions[dimension.dimension] ?? dimension.dimension,
        is_compared: true,
        people: dimension.respondents,
        rows: dimension.rows.map((row) => ({ label: row.label, people: row.respondents, share: row.respondent_share, population_share: row.population_share, is_under_represented: row.is_under_represented })),
      }),
    ),
    themes: survey.themes.flatMap((question) => question.themes.map((theme) => ({ label: theme.label, answers: protectCount(theme.count, threshold) }))),
  }));
  const conversations: HeardEngagement[] = (summary.conversations ?? []).map((conversation) => ({
    kind: 'conversation',
    title: conversation.prompt,
    opened_on: day(conversation.openedAt),
    closed_on: day(conversation.closedAt),
    participants: conversation.participants,
    themes: conversation.findings.slice(0, POINTS_PER_CONVERSATION).map((finding) => ({ label: finding.text })),
  }));
  const focusGroups = summary.focusGroups;
  const focus: HeardEngagement[] = focusGroups?.columns.length
    ? [
        {
          kind: 'focus_groups',
          groups: focusGroups.columns.length,
          participants: protectCount(
            focusGroups.columns.reduce((sum, group) => sum + (group.participantCount ?? 0), 0),
            threshold,
          ),
          themes: focusGroups.rows.filter((row) => row.groupsRaised > 0).map((row) => ({ label: row.theme.name, groups: row.groupsRaised })),
        },
      ]
    : [];
  return [...surveys, ...conversations, ...focus];
}
