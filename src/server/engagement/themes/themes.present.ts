import type { ListedAnswer } from './list-question-answers.js';
import type { QuestionThemes } from './read-question-themes.js';
import type { AnswerRow } from './themes.repo.js';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function presentQuestionThemes(read: QuestionThemes) {
  return {
    survey_id: read.scope.surveyId,
    question: { key: read.question.question.key, text: read.question.question.text },
    languages: read.question.languages,
    status: read.status,
    error: read.error,
    started_at: iso(read.startedAt),
    found_at: iso(read.foundAt),
    edited_at: iso(read.editedAt),
    version: read.version,
    answers: read.answerCount,
    unsorted: read.unsortedCount,
    new_answers: read.newCount,
    starred: read.starredCount,
    themes: read.themes.map(({ theme, count, samples }) => ({
      id: theme.id,
      label: theme.label,
      words: Array.isArray(theme.words) ? (theme.words as string[]) : [],
      is_label_edited: theme.is_label_edited,
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
