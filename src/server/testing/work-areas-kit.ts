import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

const now = () => new Date().toISOString();

/**
 * Writes, as the screens leave them, the work that deliverables produced in a work area need before
 * they can be complete: a ready dataset; a data retreat on the cycle's first session with a chart,
 * a SWOT item and a priority whose gap analysis and root causes are written; a survey of the cycle
 * with a response; a focus-group theme. For tests of the process that are not about that work.
 */
export async function fillWorkAreas(db: Kysely<DB>, organizationId: string, cycleId: string): Promise<void> {
  await db.insertInto('datasets').values({ organization_id: organizationId, name: 'Diagnostic data', status: 'ready' }).execute();
  const session = await db.selectFrom('cycle_sessions').select('id').where('cycle_id', '=', cycleId).orderBy('position').executeTakeFirstOrThrow();
  const retreat = await db
    .insertInto('data_retreats')
    .values({ organization_id: organizationId, cycle_id: cycleId, session_id: session.id, title: 'Data retreat', join_code: crypto.randomBytes(4).toString('hex'), created_by: null, created_at: now(), updated_at: now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const scope = { retreat_id: retreat.id, organization_id: organizationId, created_at: now(), updated_at: now() };
  await db.insertInto('retreat_charts').values({ ...scope, position: 0, question: 'Who misses school?', metric: 'chronic_absence', view: JSON.stringify({ by: 'school' }), area: null }).execute();
  await db.insertInto('swot_items').values({ ...scope, quadrant: 'weakness', text: 'Chronic absence in the middle grades', area: null, citations: JSON.stringify([]), position: 0, participant_id: null }).execute();
  await db
    .insertInto('retreat_priorities')
    .values({ ...scope, swot_item_id: null, position: 0, title: 'Attendance', area: null, current_state: 'One in six', current_evidence: JSON.stringify([]), future_state: 'One in ten', goal_key: null, root_causes: JSON.stringify(['Bus routes']) })
    .execute();
  const survey = await db
    .insertInto('surveys')
    .values({ organization_id: organizationId, cycle_id: cycleId, engagement_entry_id: null, title: 'Family survey', document: JSON.stringify({}), starter_key: null, created_by: null, created_at: now(), updated_at: now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('survey_responses').values({ survey_id: survey.id, organization_id: organizationId, submission_id: crypto.randomUUID(), locale: 'en', answers: JSON.stringify({}), respondent_name: null, respondent_email: null, entered_by: null, submitted_at: now() }).execute();
  await db.insertInto('focus_group_themes').values({ organization_id: organizationId, cycle_id: cycleId, name: 'Safe routes', created_at: now(), updated_at: now() }).execute();
}
