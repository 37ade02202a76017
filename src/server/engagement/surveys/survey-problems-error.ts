import type { z } from 'zod';
import type { SurveyProblem } from '../../../core/engagement/survey-problems.js';
import { AppError, detailOfIssue } from '../../errors.js';

/** Problems found in a survey document or in answers, as one 400 naming each by JSON pointer. */
export function problemsError(problems: readonly SurveyProblem[], message = 'Some answers do not fit the survey') {
  return new AppError(
    'invalid_input',
    message,
    problems.map((problem) => ({ path: problem.path, message: problem.message, code: problem.code, ...(problem.params ? { params: problem.params } : {}) })),
  );
}

/** A zod failure of a use-case's own parse, as the route's validation would have reported it. */
export function schemaError(error: z.ZodError) {
  return new AppError(
    'invalid_input',
    'Some fields are not valid',
    error.issues.map((issue) => detailOfIssue(`/${issue.path.map(String).join('/')}`, issue as never)),
  );
}
