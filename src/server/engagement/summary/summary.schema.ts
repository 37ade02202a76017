import { z } from 'zod';
import { documentLanguageQuery } from '../../documents/document-language.js';

import { ResultsQuery } from '../surveys/surveys.schema.js';

export { SurveyParams } from '../surveys/surveys.schema.js';

export const PhaseParams = z.object({ cycleId: z.uuid(), phaseId: z.uuid() });
export const SummaryQuery = z.object(documentLanguageQuery);
/** A survey's summary may be broken down as its results screen is; by its role question when not said. */
export const SurveySummaryQuery = SummaryQuery.extend({ by: ResultsQuery.shape.by });
