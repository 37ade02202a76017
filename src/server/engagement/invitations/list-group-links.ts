import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readStakeholderGroups } from '../../process/stakeholders/read-stakeholder-groups.js';
import { groupRefOf } from '../surveys/group-refs.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { publicUrlOf } from '../surveys/survey-life.js';

/**
 * A public link per stakeholder group of the survey's cycle (/s/<code>?g=<ref>): a response sent
 * through it counts for the group, so results break down by group without mailing anyone. Empty
 * while the survey has no cycle; the links are null until it is first opened (it has no code yet).
 */
export async function listGroupLinks(options: { db: Kysely<DB>; organizationId: string; surveyId: string; publicUrl: string }) {
  const { db, organizationId } = options;
  const survey = await readSurvey(options);
  const groups = survey.cycle_id ? await readStakeholderGroups({ db, organizationId, cycleId: survey.cycle_id }) : [];
  const surveyUrl = publicUrlOf(options.publicUrl, survey.public_code);
  return {
    survey_id: survey.id,
    cycle_id: survey.cycle_id,
    groups: groups.map((group) => {
      const ref = groupRefOf(survey.id, group.id);
      return { id: group.id, name: group.name, ref, url: surveyUrl ? `${surveyUrl}?g=${ref}` : null };
    }),
  };
}
