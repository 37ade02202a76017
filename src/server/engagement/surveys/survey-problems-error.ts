import type { SurveyProblem } from '../../../core/engagement/survey-problems.js';
import { AppError } from '../../errors.js';

/** Problems found in a survey document or in answers, as one 400 naming each by JSON pointer. */
export function problemsError(problems: readonly SurveyProblem[], message = 'Some answers do not fit the survey') {
  return new AppError(
    'invalid_input',
    message,
    problems.map((problem) => ({ path: problem.path, message: problem.message, code: problem.code, ...(problem.params ? { params: problem.params } : {}) })),
  );
}
