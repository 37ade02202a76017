import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { DemographicQuestion } from '../../../../core/engagement/conversations/conversation-format.js';
import { participationOverTime } from '../../../../core/engagement/conversations/participation-over-time.js';
import { tallyRateResults } from '../../../../core/engagement/conversations/rate-results.js';
import { choicesOf } from '../../../../core/engagement/likert-scales.js';
import { demographicQuestionsByDimension, surveyRepresentation } from '../../../../core/engagement/population/survey-representation.js';
import type { PopulationDimension } from '../../../../core/engagement/population/population-groups.js';
import { ResponseTable } from '../../../../core/engagement/response-table.js';
import { SURVEY_FORMAT, type Answers, type LocalizedText, type SurveyDocument } from '../../../../core/engagement/survey-format.js';
import { NO_ANSWER_GROUP } from '../../../../core/engagement/tally-survey-results.js';
import { invalidInput, notFound } from '../../../errors.js';
import { readPopulation } from '../../population/read-population.js';
import { readEngagementSettings } from '../../settings/read-engagement-settings.js';
import { conversationUrlOf } from '../conversations.present.js';
import { conversationResultsRepo, type ResultsStatementRow } from './conversation-results.repo.js';

const noAnswerLabel: LocalizedText = { en: 'No answer', es: 'Sin respuesta' };

/**
 * A conversation's results for the planning team: participation day by day and in all, who took
 * part against who the district serves (as a survey's representation, from the conversation's
 * demographic questions), and in rate mode the top ideas by Bayesian average (core rate-results),
 * with `by` (a single-choice demographic question's key) the top ideas of each group and the ideas
 * groups rate differently. Groups are protected by the survey rule; hidden statements' ratings
 * count, but they are never listed.
 */
export async function readConversationResults(options: { db: Kysely<DB>; organizationId: string; conversationId: string; by: string | null; publicUrl: string }) {
  const { db, organizationId, conversationId, by } = options;
  const conversation = await conversationResultsRepo.find(db, organizationId, conversationId);
  if (!conversation) throw notFound('Conversation');
  const demographics = conversation.demographics as DemographicQuestion[];
  const breakdowns = demographics.filter((question) => question.type === 'single');
  const byQuestion = by === null ? null : breakdowns.find((question) => question.key === by);
  if (by !== null && !byQuestion) throw invalidInput('query/by', 'is not a single-choice demographic question of this conversation', { code: 'invalid_choice' });

  const [settings, population, days, statementCounts, participants, statements, ratings] = await Promise.all([
    readEngagementSettings({ db, organizationId }),
    readPopulation(db, organizationId),
    conversationResultsRepo.countsByDay(db, conversationId),
    conversationResultsRepo.countStatements(db, conversationId),
    conversationResultsRepo.listParticipantDemographics(db, conversationId),
    conversationResultsRepo.listAcceptedStatements(db, conversationId),
    conversationResultsRepo.listRatings(db, conversationId),
  ]);
  const threshold = settings.respondent_threshold;
  const languages = conversation.languages as string[];

  // The demographic answers as a survey's, so representation is the surveys' own computation.
  const document: SurveyDocument = { format: SURVEY_FORMAT, title: conversation.prompt as LocalizedText, mode: 'anonymous', languages, questions: demographics };
  const table = ResponseTable.of(document, participants.map((participant) => participant.demographics as Answers));
  const representation = demographics.length
    ? surveyRepresentation({ document, table, population: population.lists.filter((list) => list.school === ''), threshold, gapPoints: settings.representation_gap })
    : [];
  const asked = [...demographicQuestionsByDimension(document).keys()];
  const missingPopulation: PopulationDimension[] = asked.filter((dimension) => !representation.some((d) => d.dimension === dimension));

  let rate = null;
  if (conversation.mode === 'rate') {
    const byId = new Map(statements.map((statement) => [statement.id, statement]));
    const breakdown = byQuestion ? groupBreakdown(byQuestion, participants) : null;
    const results = tallyRateResults({ ratings, listable: new Set(byId.keys()), threshold, breakdown: breakdown ?? undefined });
    const withText = <T extends { statement_id: string }>(idea: T) => ({ ...idea, ...statementText(byId.get(idea.statement_id)!) });
    rate = {
      raters: results.raters,
      top_ideas: results.top_ideas.map(withText),
      groups: (results.groups ?? []).map((group, index) => ({ ...group, label: breakdown!.labels[index]!, top_ideas: group.top_ideas?.map(withText) ?? null })),
      rated_differently: (results.rated_differently ?? []).map(withText),
    };
  }

  const sum = (list: { count: number }[]) => list.reduce((total, row) => total + row.count, 0);
  return {
    conversation_id: conversationId,
    mode: conversation.mode,
    threshold,
    by: byQuestion?.key ?? null,
    breakdowns: breakdowns.map((question) => ({ key: question.key, text: question.text })),
    counts: { participants: sum(days.participants), statements: statementCounts.accepted, pending_statements: statementCounts.pending, hidden_statements: statementCounts.hidden, votes: sum(days.votes) },
    over_time: participationOverTime(days),
    representation,
    missing_population: missingPopulation,
    rate,
    publication: {
      is_published: conversation.results_published_at !== null,
      published_at: conversation.results_published_at?.toISOString() ?? null,
      public_url: conversation.public_code ? `${conversationUrlOf(options.publicUrl, conversation.public_code)}/results` : null,
    },
  };
}

/** Each participant's group: their answer to `question`, or no answer; groups in the question's order, no answer last. */
function groupBreakdown(question: DemographicQuestion, participants: readonly { id: string; demographics: unknown }[]) {
  const options = choicesOf(question);
  const keys = new Set(options.map((option) => option.key));
  const groupOf = new Map<string, string>();
  for (const participant of participants) {
    const answer = (participant.demographics as Record<string, unknown> | null)?.[question.key];
    groupOf.set(participant.id, typeof answer === 'string' && keys.has(answer) ? answer : NO_ANSWER_GROUP);
  }
  return { groupKeys: [...options.map((option) => option.key), NO_ANSWER_GROUP], labels: [...options.map((option) => option.text), noAnswerLabel], groupOf };
}

/** A listed statement's words as the results show them. */
export function statementText(statement: ResultsStatementRow) {
  return { text: statement.text, language: statement.language, is_seed: statement.is_seed };
}
