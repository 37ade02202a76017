import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { invitationMail, mailChromeOf } from './invitation-mail.js';
import { optOutLink, personalLink } from './invitation-token.js';
import { mailLanguage } from './survey-invitation-scope.js';

/** The invitation mail as a contact would get it, with a stand-in name and token: what "Preview" shows before sending. */
export async function previewInvitationMail(options: { db: Kysely<DB>; organizationId: string; surveyId: string; publicUrl: string; language?: string }) {
  const survey = await readSurvey(options);
  const document = survey.document as SurveyDocument;
  const language = mailLanguage(document, options.language, '/language');
  const chrome = mailChromeOf(language);
  const organization = await findOrganization(options.db, options.organizationId);
  const token = chrome === 'es' ? 'enlace-personal' : 'personal-link';
  const mail = invitationMail({
    kind: 'invitation',
    language,
    document,
    organizationName: organization?.name ?? '',
    recipientName: 'Ana Ruiz',
    link: personalLink(options.publicUrl, survey.public_code ?? '…', token),
    optOutLink: optOutLink(options.publicUrl, chrome, token),
    closesAt: survey.closes_at,
  });
  return { language, ...mail };
}
