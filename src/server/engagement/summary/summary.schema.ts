import { z } from 'zod';
import { documentLanguageQuery } from '../../documents/document-language.js';

export { SurveyParams } from '../surveys/surveys.schema.js';

export const PhaseParams = z.object({ cycleId: z.uuid(), phaseId: z.uuid() });
export const SummaryQuery = z.object(documentLanguageQuery);
