import { jsonRequest } from '../lib/http.mjs';

const AGREEMENT = ['strongly_disagree', 'disagree', 'neutral', 'agree', 'strongly_agree'];
const ROLES = ['parent', 'staff', 'student', 'community', 'other'];
const SCHOOLS = ['north', 'south', 'east', 'west', 'central', 'lakeside'];
const TOPICS = ['reading', 'math', 'safety', 'buses', 'food', 'arts'];
const both = (text) => ({ en: text, es: text });

/**
 * The bench's survey: 20 questions as a district's family survey has them (role and school as
 * demographics, twelve Likert statements, a multi-choice, a ranking, a number, a matrix and two
 * open texts), in English and Spanish, anonymous.
 */
export function twentyQuestionSurvey(title) {
  const options = (keys) => keys.map((key) => ({ key, text: both(key) }));
  return {
    format: 'survey/v1',
    title: both(title),
    mode: 'anonymous',
    languages: ['en', 'es'],
    questions: [
      { key: 'role', type: 'single', demographic: 'role', required: true, text: both('Which best describes you?'), options: options(ROLES) },
      { key: 'school', type: 'single', demographic: 'school', text: both('Which school?'), options: options(SCHOOLS) },
      ...Array.from({ length: 12 }, (_, i) => ({ key: `s${i + 1}`, type: 'likert', scale: 'agreement-5', dont_know: true, text: both(`Statement ${i + 1}`) })),
      { key: 'topics', type: 'multi', text: both('What matters most?'), options: options(TOPICS) },
      { key: 'priorities', type: 'rank', text: both('Rank these'), options: options(['smaller_classes', 'tutoring', 'buildings', 'pay']) },
      { key: 'children', type: 'number', integer: true, min: 0, max: 15, text: both('How many children?') },
      { key: 'grid', type: 'matrix', scale: 'agreement-5', text: both('How do you find'), items: options(['teachers', 'office', 'website']) },
      { key: 'hopes', type: 'text', text: both('One hope for next year') },
      { key: 'comment', type: 'text', long: true, text: both('Anything else?') },
    ],
  };
}

/** One respondent's answers to every question of twentyQuestionSurvey, as a phone sends them. */
export function fullAnswers() {
  return {
    role: 'parent',
    school: 'lakeside',
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`s${i + 1}`, AGREEMENT[i % 5]])),
    topics: ['reading', 'safety'],
    priorities: ['tutoring', 'smaller_classes', 'pay', 'buildings'],
    children: 2,
    grid: { teachers: 'agree', office: 'neutral', website: 'disagree' },
    hopes: 'More reading help after school',
    comment: 'The bus to Lakeside is often late in the morning, and the children miss breakfast.',
  };
}

/** Posts the survey to the bench district and opens it; its id and public code. */
export async function openSurvey(waymark, title) {
  const auth = { authorization: `Bearer ${waymark.apiToken}` };
  const { json: created } = await waymark.send(jsonRequest('POST', `/api/districts/${waymark.organizationId}/surveys`, twentyQuestionSurvey(title), auth));
  const { json: opened } = await waymark.send(jsonRequest('POST', `/api/surveys/${created.id}/open`, {}, auth));
  return { id: created.id, code: opened.public_code, auth };
}

/**
 * `count` responses to twentyQuestionSurvey inserted in one statement, straight into the table
 * (not through ingest): varied answers, about one in seven skipping the school question, every
 * tenth with no comment. The day-only time of an anonymous survey, as ingest stores it.
 */
export async function seedResponses(pool, { surveyId, organizationId, count }) {
  const pick = (list, expression) => `(array[${list.map((k) => `'${k}'`).join(',')}])[1 + (${expression}) % ${list.length}]`;
  const likert = Array.from({ length: 12 }, (_, i) => `'s${i + 1}', ${pick([...AGREEMENT, 'dont_know'], `g * ${i + 7} + g / ${i + 3}`)}`).join(', ');
  await pool.query(
    `insert into survey_responses (survey_id, organization_id, submission_id, locale, answers, submitted_at)
     select $1, $2, gen_random_uuid(), case when g % 4 = 0 then 'es' else 'en' end,
       jsonb_strip_nulls(jsonb_build_object(
         'role', ${pick(ROLES, 'g * 7 + g / 11')},
         'school', case when g % 7 = 0 then null else ${pick(SCHOOLS, 'g * 3 + g / 5')} end,
         ${likert},
         'topics', jsonb_build_array(${pick(TOPICS, 'g')}, ${pick(TOPICS, 'g / 3 + 1')}),
         'priorities', jsonb_build_array('tutoring', 'smaller_classes', 'pay', 'buildings'),
         'children', g % 5,
         'grid', jsonb_build_object('teachers', ${pick(AGREEMENT, 'g')}, 'office', ${pick(AGREEMENT, 'g / 2')}, 'website', ${pick(AGREEMENT, 'g / 3')}),
         'hopes', 'More help with reading, number ' || g,
         'comment', case when g % 10 = 0 then null else 'The buses were late ' || (g % 17) || ' times this term' end)),
       date_trunc('day', now(), 'UTC')
     from generate_series(1, $3::int) g`,
    [surveyId, organizationId, count],
  );
}
