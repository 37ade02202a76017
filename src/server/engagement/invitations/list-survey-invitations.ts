import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { readStakeholderGroups } from '../../process/stakeholders/read-stakeholder-groups.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { presentInvitations } from './survey-invitations.present.js';
import { surveyInvitationsRepo } from './survey-invitations.repo.js';

/** A survey's invitations with their counts, and the stakeholder groups of its cycle that may be invited. */
export async function listSurveyInvitations(options: { db: Kysely<DB>; organizationId: string; surveyId: string }) {
  const { db, organizationId } = options;
  const survey = await readSurvey(options);
  const rows = await surveyInvitationsRepo.listForSurvey(db, organizationId, survey.id);
  const groups = survey.cycle_id ? await readStakeholderGroups({ db, organizationId, cycleId: survey.cycle_id }) : [];
  return presentInvitations({ surveyId: survey.id, mode: (survey.document as SurveyDocument).mode, rows, groups });
}
