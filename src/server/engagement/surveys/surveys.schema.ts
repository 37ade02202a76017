import { z } from 'zod';
import { answerKey, languageCode, surveyDocumentSchema, surveyModes } from '../../../core/engagement/survey-format.js';
import { NO_GROUP, STAKEHOLDER_GROUP_BREAKDOWN } from '../../../core/engagement/tally-survey-results.js';
import { emailSchema, versionSchema } from '../../http/common.schema.js';

/**
 * The survey resource speaks the survey format's snake_case, like the contract: one
 * spelling from the document to the API to the exports.
 */
export const SurveyDocument = surveyDocumentSchema.meta({ id: 'SurveyDocument', description: 'A survey as a survey/v1 document (docs/survey-format.md).' });

export const surveyStatuses = ['draft', 'open', 'closed'] as const;
const timestamp = z.string().meta({ description: 'An ISO 8601 date and time' });

export const SurveySummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(surveyStatuses).meta({ description: 'open until closed by hand or its closes_at passes; "closed" either way' }),
    mode: z.enum(surveyModes),
    languages: z.array(z.string()),
    public_code: z.string().nullable(),
    opens_at: timestamp.nullable(),
    closes_at: timestamp.nullable(),
    cycle_id: z.uuid().nullable(),
    engagement_entry_id: z.uuid().nullable(),
    starter_key: z.string().nullable(),
    responses: z.number().int(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: 'SurveySummary' });

export const MissingTranslation = z
  .object({ path: z.string(), language: z.string(), source: z.string() })
  .meta({ id: 'MissingTranslation', description: 'A text with no translation into a listed language: its JSON pointer in the document, the language, and the text in the first language that has it.' });

export const Survey = SurveySummary.extend({
  document: SurveyDocument,
  public_url: z.string().nullable(),
  opened_at: timestamp.nullable(),
  closed_at: timestamp.nullable(),
  missing_translations: z.array(MissingTranslation),
  version: z.number().int(),
}).meta({ id: 'Survey' });

export const SurveyList = z.object({ surveys: z.array(SurveySummary) });

export const SaveSurveyBody = z.object({ version: versionSchema, document: SurveyDocument });

const instant = z.iso.datetime({ offset: true, message: 'must be a date and time like 2026-05-01T08:00:00Z' });
export const SurveySettingsBody = z.object({
  version: versionSchema,
  opens_at: instant.nullable().optional(),
  closes_at: instant.nullable().optional(),
  cycle_id: z.uuid().nullable().optional(),
  engagement_entry_id: z.uuid().nullable().optional(),
});

export const OpenedSurvey = z.object({ id: z.uuid(), status: z.literal('open'), public_code: z.string(), public_url: z.string() }).meta({ id: 'OpenedSurvey' });

export const SurveyStarter = z
  .object({
    key: z.string(),
    frameworks: z.array(z.string()).meta({ description: 'The process templates whose phases call for this survey' }),
    description: z.record(z.string(), z.string()),
    document: SurveyDocument,
  })
  .meta({ id: 'SurveyStarter' });
export const SurveyStarterList = z.object({ starters: z.array(SurveyStarter) });
export const FromStarterBody = z.object({ starter_key: z.string().max(100) });


/** What a respondent sends; the same shape whichever page sends it (the respondent page, a kiosk, an API client). */
export const SubmissionBody = z.object({
  submission_id: z.uuid().meta({ description: 'Chosen by the respondent’s device; a retry with the same id is the same response' }),
  locale: languageCode,
  answers: z.record(z.string(), z.unknown()).meta({ description: 'By question key: choice an option key; multi and rank an array of keys; Likert a scale key such as "agree"; matrix { item: scale key }; number; text' }),
  form_token: z.string().max(200).optional().meta({ description: 'The token the respondent page was given; refused when younger than a few seconds' }),
  kiosk_token: z.string().max(200).optional().meta({ description: 'A kiosk’s token (POST /api/surveys/{surveyId}/kiosk-link): lifts the per-address limit for an event' }),
  website: z.string().max(2000).optional().meta({ description: 'Leave empty: a hidden field only robots fill in' }),
  group: z
    .string()
    .max(40)
    .optional()
    .meta({ description: 'The stakeholder group link the respondent came through: its "g" (/s/<code>?g=<group>). The response counts for that group of the survey’s planning cycle; 400 (/group) when it is not one' }),
});
export type Submission = z.infer<typeof SubmissionBody>;
export const SubmissionAccepted = z.object({ id: z.uuid() }).meta({ id: 'SubmissionAccepted' });

export const PaperResponseBody = z.object({
  submission_id: z.uuid().meta({ description: 'An id for this paper form, so typing it in twice (a retry) stores it once' }),
  locale: languageCode,
  answers: z.record(z.string(), z.unknown()),
  respondent: z
    .object({ name: z.string().trim().max(200).default(''), email: emailSchema.optional() })
    .optional()
    .meta({ description: 'Who filled it in, for confidential and identified surveys only' }),
  stakeholder_group_id: z.uuid().nullable().optional().meta({ description: 'The stakeholder group of the survey’s planning cycle the form was handed out to: the response counts for it' }),
});

export const PublicSurvey = z
  .object({
    code: z.string(),
    organization_name: z.string(),
    closes_at: timestamp.nullable(),
    form_token: z.string(),
    document: SurveyDocument,
  })
  .meta({ id: 'PublicSurvey' });

export const ResultsQuery = z.object({
  by: z
    .string()
    .max(64)
    .refine((by) => by === STAKEHOLDER_GROUP_BREAKDOWN || answerKey.safeParse(by).success, `must be a question key or "${STAKEHOLDER_GROUP_BREAKDOWN}"`)
    .optional()
    .meta({
      description: `The key of a single-choice or Likert question (demographic ones such as school and role among them), or "${STAKEHOLDER_GROUP_BREAKDOWN}" for the stakeholder group each response came through (a group link or a mailed invitation; "${NO_GROUP}" for none). The "@" keeps it apart from every question key.`,
    }),
});

export const DistrictParams = z.object({ districtId: z.uuid() });
export const SurveyParams = z.object({ surveyId: z.uuid() });
export const CodeParams = z.object({ code: z.string().max(40) });
