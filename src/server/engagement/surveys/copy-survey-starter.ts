import { invalidInput } from '../../errors.js';
import { findSurveyStarter } from '../starters/survey-starters.js';
import type { DistrictScope } from './survey-scope.js';
import { createSurvey } from './create-survey.js';

/** A draft copy of a starter for the district to adapt; the starter itself stays as shipped. */
export async function copySurveyStarter(options: DistrictScope & { starterKey: string }) {
  const starter = findSurveyStarter(options.starterKey);
  if (!starter) throw invalidInput('/starter_key', 'is not a starter of the library', { code: 'does_not_exist' });
  return createSurvey({ ...options, input: structuredClone(starter.document), starterKey: starter.key });
}
