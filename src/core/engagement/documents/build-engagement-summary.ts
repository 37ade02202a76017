import { initialsOf } from '../../plan/documents/format-plan-values.js';
import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import { textIn } from '../likert-scales.js';
import type { LocalizedText } from '../survey-format.js';
import { countText, formatDay, type CellWriter } from './summary-cells.js';
import { conversationBlocks, conversationSummaryWords } from './summary-conversations.js';
import { focusGroupBlocks } from './summary-focus-groups.js';
import type { EngagementSummaryInput, SummarySurvey } from './summary-input.js';
import { representationBlocks } from './summary-representation.js';
import { resultsBlocks } from './summary-results.js';
import { themesBlocks } from './summary-themes.js';
import type { SummaryWords } from './summary-words.js';

export type { EngagementSummaryInput, SummarySurvey } from './summary-input.js';
export type { SummaryConversation } from './summary-conversations.js';

/**
 * The engagement summary as plain blocks, the Word file and the PDF both drawn from them: a title
 * page, then for each survey what was asked, when and how, who took part against who the district
 * serves, results by question and the themes of open answers, then (for a phase) each conversation
 * (its opinion groups and common ground, or its top ideas, and leaders' replies) and the focus
 * groups' synthesis. It prints the protected results it is given; a hidden cell is written as hidden.
 */
export function buildEngagementSummary(input: EngagementSummaryInput): PrintBlock[] {
  const { words } = input;
  const blocks: PrintBlock[] = [coverBlock(input), { kind: 'pageBreak' }];
  const conversations = input.conversations ?? [];
  const threshold = input.surveys[0]?.results.threshold ?? conversations[0]?.threshold;
  if (threshold !== undefined) blocks.push(paragraph(words.privacyNote(threshold), 'muted'));
  if (input.scope.kind === 'phase' && !input.surveys.length) blocks.push(paragraph(words.noSurveys, 'muted'));
  // One survey is the whole document, so its sections are its top level; in a phase each survey is a part.
  const sectionLevel = input.scope.kind === 'survey' ? 1 : 2;
  input.surveys.forEach((survey, index) => {
    if (index > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...surveyBlocks(survey, words, sectionLevel));
  });
  conversations.forEach((conversation, index) => {
    if (index > 0 || input.surveys.length) blocks.push({ kind: 'pageBreak' });
    blocks.push(...conversationBlocks(conversation, words));
  });
  if (input.focusGroups) blocks.push({ kind: 'pageBreak' }, ...focusGroupBlocks(input.focusGroups, words));
  return blocks;
}

function coverBlock(input: EngagementSummaryInput): PrintBlock {
  const { words, scope } = input;
  const only = input.surveys[0];
  const lines = [words.engagementSummary];
  const title = summaryCoverTitle(input);
  if (scope.kind === 'phase') {
    const conversations = input.conversations?.length ? [conversationSummaryWords[words.language].conversationsInPhase(input.conversations.length)] : [];
    lines.push(words.phaseLine(scope.phaseName), [words.surveysInPhase(input.surveys.length), ...conversations, words.focusGroupsInPhase(input.focusGroups?.columns.length ?? 0)].join(' · '));
  } else {
    if (only?.phaseName) lines.push(words.phaseLine(only.phaseName));
    if (only?.groupName) lines.push(words.groupLine(only.groupName));
  }
  lines.push(words.preparedOn(formatDay(input.preparedOn, words)));
  return { kind: 'cover', organizationName: input.organizationName, initials: initialsOf(input.organizationName), title, lines };
}

/** The title page's title: the survey's, or the cycle's for a phase. */
export function summaryCoverTitle(input: EngagementSummaryInput): string {
  if (input.scope.kind === 'phase') return input.scope.cycleName;
  const only = input.surveys[0];
  return only ? textOf(only, input.words)(only.document.title) : input.words.engagementSummary;
}

/** A survey text in the reader's language, else in the survey's own languages in order. */
const textOf = (survey: SummarySurvey, words: SummaryWords) => (value: LocalizedText) => textIn(value, words.language, survey.document.languages);

function surveyBlocks(survey: SummarySurvey, words: SummaryWords, level: 1 | 2): PrintBlock[] {
  const text = textOf(survey, words);
  const writer: CellWriter = { words, threshold: survey.results.threshold };
  const blocks: PrintBlock[] = level === 2 ? [heading(1, text(survey.document.title))] : [];
  blocks.push(heading(level, words.aboutSurvey), {
    kind: 'facts',
    items: [
      { label: words.whatWasAsked, value: words.questionCount(survey.document.questions.length) },
      { label: words.when, value: whenText(survey, words) },
      { label: words.how, value: words.modes[survey.document.mode] },
      { label: words.languages, value: survey.document.languages.map((code) => languageName(code, words)).join(', ') },
      ...(level === 2 && survey.groupName ? [{ label: words.stakeholderGroup, value: survey.groupName }] : []),
      { label: words.respondents, value: countText(survey.results.respondents, writer) },
    ],
  });
  if (survey.document.intro) blocks.push(paragraph(text(survey.document.intro), 'lead'));
  blocks.push(
    ...representationBlocks(survey.representation, { ...writer, level }),
    ...resultsBlocks(survey.results, { ...writer, text, level }),
    ...themesBlocks(survey.document, survey.results, survey.themes, { ...writer, text, level }),
  );
  return blocks;
}

function whenText(survey: SummarySurvey, words: SummaryWords): string {
  const day = (value: string) => formatDay(value, words);
  if (!survey.openedAt) return words.notOpened;
  if (survey.status === 'closed' && survey.closedAt) return words.ranFromTo(day(survey.openedAt), day(survey.closedAt));
  if (survey.closesAt) return words.openFromTo(day(survey.openedAt), day(survey.closesAt));
  return words.openSince(day(survey.openedAt));
}

/** "Spanish" / "español": a language's name in the reader's language. */
function languageName(code: string, words: SummaryWords): string {
  try {
    const name = new Intl.DisplayNames([words.locale], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(words.locale) + name.slice(1) : code;
  } catch {
    return code;
  }
}
