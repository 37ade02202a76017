import type { ListedAnswer } from './list-question-answers.js';
import type { QuestionThemes } from './read-question-themes.js';
import { presentThemeHead, presentThemeSet } from './theme-set.present.js';
import type { AnswerRow } from './themes.repo.js';

export function presentQuestionThemes(read: QuestionThemes) {
  return {
    survey_id: read.scope.surveyId,
    question: { key: read.question.question.key, text: read.question.question.text },
    languages: read.question.languages,
    ...presentThemeSet(read),
    answers: read.answerCount,
    unsorted: read.unsortedCount,
    new_answers: read.newCount,
    starred: read.starredCount,
    themes: read.themes.map(({ theme, count, samples }) => ({
      ...presentThemeHead(theme),
      count,
      samples: samples.map(presentSample),
      version: theme.version,
    })),
  };
}

function presentSample(answer: AnswerRow) {
  return { response_id: answer.id, text: answer.text.trim(), is_starred: answer.is_starred };
}

export function presentAnswer({ answer, highlights }: ListedAnswer) {
  return {
    response_id: answer.id,
    text: answer.text,
    locale: answer.locale,
    submitted_at: new Date(answer.submitted_at).toISOString(),
    theme_id: answer.theme_id,
    is_new: !answer.is_placed,
    is_starred: answer.is_starred,
    highlights,
  };
}
