import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { readPageTexts } from '../settings/read-page-texts.js';
import { readSurvey } from '../surveys/list-surveys.js';
import type { RespondentSurvey } from './render-survey-page.js';

/**
 * A district's survey as the team previews or prints it, whatever its status: what the respondent
 * page draws (with its district's page texts for a further language), and its public code once
 * it has one (a draft has none).
 */
export async function readPreviewSurvey(options: { db: Kysely<DB>; organizationId: string; surveyId: string }): Promise<RespondentSurvey & { publicCode: string | null }> {
  const row = await readSurvey(options);
  const organization = await findOrganization(options.db, options.organizationId);
  const { extensions: _extensions, ...document } = row.document as SurveyDocument;
  return {
    code: row.public_code ?? 'preview',
    publicCode: row.public_code,
    organizationName: organization?.name ?? '',
    document,
    closesAt: row.closes_at,
    pageTexts: await readPageTexts({ db: options.db, organizationId: options.organizationId, languages: document.languages }),
  };
}
