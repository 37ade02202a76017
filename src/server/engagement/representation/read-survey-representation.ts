import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { demographicQuestionsByDimension, schoolOptionOf, surveyRepresentation } from '../../../core/engagement/population/survey-representation.js';
import type { PopulationDimension } from '../../../core/engagement/population/population-groups.js';
import { invalidInput, notFound } from '../../errors.js';
import { readOutreachKit } from '../../process/outreach/manage-outreach-items.js';
import { readStakeholderGroups } from '../../process/stakeholders/read-stakeholder-groups.js';
import { readPopulation } from '../population/read-population.js';
import { readEngagementSettings } from '../settings/read-engagement-settings.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { loadResponseTable } from '../surveys/survey-response-tables.js';
import { publicUrlOf } from '../surveys/survey-life.js';
import { suggestedOutreachGroups } from './suggest-outreach-groups.js';

/**
 * Who answered a survey against who the district (or one school) serves, with the groups heard
 * too little flagged, and, when the survey serves a planning cycle, what the one-click outreach
 * could send: the cycle's email invitations and its stakeholder groups, those that reach a flagged
 * group suggested. Counts are protected by the survey rule like every result.
 */
export async function readSurveyRepresentation(options: { db: Kysely<DB>; organizationId: string; surveyId: string; school: string; publicUrl: string }) {
  const { db, organizationId, surveyId, school } = options;
  const [survey, loaded, population, settings] = await Promise.all([
    readSurvey({ db, organizationId, surveyId }),
    loadResponseTable({ db, organizationId, surveyId }),
    readPopulation(db, organizationId),
    readEngagementSettings({ db, organizationId }),
  ]);
  if (!loaded) throw notFound('Survey');
  const { document, table } = loaded;
  const schools = population.schools.filter((name) => name !== '' && schoolOptionOf(document, name));
  const schoolOption = school ? schoolOptionOf(document, school) : null;
  if (school && (!schoolOption || !population.schools.includes(school))) throw invalidInput('query/school', 'is not a school of the population that the survey asks about', { code: 'invalid_choice' });
  const lists = population.lists.filter((list) => list.school === school);
  const dimensions = surveyRepresentation({ document, table, population: lists, school: schoolOption, threshold: settings.respondent_threshold, gapPoints: settings.representation_gap });
  const asked = [...demographicQuestionsByDimension(document).keys()];
  const missing: PopulationDimension[] = asked.filter((dimension) => !dimensions.some((d) => d.dimension === dimension));

  let outreach = null;
  if (survey.cycle_id) {
    const [items, groups] = await Promise.all([readOutreachKit({ db, organizationId, cycleId: survey.cycle_id }), readStakeholderGroups({ db, organizationId, cycleId: survey.cycle_id })]);
    const flagged = dimensions.flatMap((d) => d.rows.filter((row) => row.is_under_represented).map((row) => ({ dimension: d.dimension, key: row.key, label: row.label })));
    const suggested = suggestedOutreachGroups(groups, flagged);
    outreach = {
      cycle_id: survey.cycle_id,
      public_url: publicUrlOf(options.publicUrl, survey.public_code),
      items: items.filter((item) => item.kind === 'email_invitation').map((item) => ({ id: item.id, title: item.title })),
      groups: groups.map((group) => ({ id: group.id, name: group.name, constituency: group.constituency, contacts: group.contacts.length, is_suggested: suggested.has(group.id) })),
    };
  }
  return {
    survey_id: surveyId,
    school,
    schools,
    threshold: settings.respondent_threshold,
    gap_points: settings.representation_gap,
    dimensions,
    missing_population: missing,
    outreach,
  };
}
