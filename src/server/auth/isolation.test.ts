import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';
import { installCheckpoint } from './checkpoint.js';
import { districtRoleNames, networkRoleNames, permissionsFor } from './policies.js';
import { inviteMember } from '../platform/invitations/invite-member.js';
import { addSchool } from '../platform/organizations/manage-schools.js';
import { cliActor } from '../platform/audit/actor.js';
import { addCommitteeMember } from '../process/committee/manage-committee.js';

/**
 * Every API route, tried as someone from another district and as each role that must not reach
 * it: the answer is 401, 403 or 404 with the error shape, never data. New routes are covered
 * automatically; a new public or account-level route must be added to the lists below on purpose.
 */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/setup',
  'POST /api/setup',
  'GET /api/auth/session',
  'POST /api/auth/sign-in',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/complete',
  'POST /api/invitations/preview',
  'POST /api/invitations/accept',
  // Mailed single-use update links: the token is the authority (helper D, reminders).
  'GET /api/update-links/:token',
  'POST /api/update-links/:token',
  'POST /api/update-links/:token/evidence',
  // The district's public progress page as data: only a published site answers.
  'GET /api/public/districts/:slug/plan',
  // A survey's respondents, by its public code: only an open survey answers.
  'GET /api/public/surveys/:code',
  'POST /api/public/surveys/:code/responses',
  // A mailed personal survey link: the token is the authority (one response per invitation, opting out).
  'POST /api/public/survey-invitations/responses',
  'POST /api/public/survey-invitations/opt-out',
  // A conversation's participants, by its public code: only an open conversation answers.
  'GET /api/public/conversations/:code',
  'POST /api/public/conversations/:code/participants',
  'POST /api/public/conversations/:code/statements',
  'POST /api/public/conversations/:code/votes',
  'POST /api/public/conversations/:code/email-codes',
  'GET /api/public/conversations/:code/next',
  // Comments on the district's draft out for public comment: only an open window takes them.
  'POST /api/public/districts/:slug/draft/comments',
  // An adopted plan's "what we heard, what we did": only a plan of the district with an adopted version answers.
  'GET /api/public/districts/:slug/plans/:planId/heard',
  // A data retreat's room, by its join code: phones of the people at the retreat (a closed one is read-only).
  'GET /api/public/retreats/:code',
  'POST /api/public/retreats/:code/participants',
  'POST /api/public/retreats/:code/observations',
  'POST /api/public/retreats/:code/swot',
  'PUT /api/public/retreats/:code/swot/:itemId/dots',
]);
/** Routes about the caller's own account: any signed-in person, their own data only. */
const OWN_ACCOUNT_ROUTES = new Set([
  'GET /api/districts',
  'POST /api/auth/sign-out',
  'POST /api/auth/sign-out-everywhere',
  'PATCH /api/account',
  'POST /api/account/password',
  'GET /api/account/tokens',
  'POST /api/account/tokens',
  'DELETE /api/account/tokens/:tokenId',
]);
/** Product data that is the same for everyone (the process templates): any signed-in person may read it. */
const SHARED_READ_ROUTES = new Set(['GET /api/process-templates', 'GET /api/process-templates/:templateId']);

type Caller = { auth: Record<string, string>; id: string };
let t: TestApp;
let districtA: { id: string; name: string };
/** District A's network (issue 17): it runs a cohort district A is enrolled in. */
let networkN: { id: string; name: string };
let people: Record<string, Caller>;
let params: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const f = t.factories;
  networkN = await f.organization({ kind: 'network', name: 'Alder Valley Network' });
  districtA = await f.organization({ name: 'Alder District', networkId: networkN.id });
  const districtB = await f.organization({ name: 'Birch District' });
  const network = await f.organization({ kind: 'network', name: 'State Cohort' });
  people = {
    administratorA: await f.user({ organizationId: districtA.id, role: 'administrator' }),
    plannerA: await f.user({ organizationId: districtA.id, role: 'planner' }),
    contributorA: await f.user({ organizationId: districtA.id, role: 'contributor' }),
    viewerA: await f.user({ organizationId: districtA.id, role: 'viewer' }),
    moderatorA: await f.user({ organizationId: districtA.id, role: 'moderator' }),
    deactivatedAdminA: await f.user({ organizationId: districtA.id, role: 'administrator', isActive: false }),
    adminB: await f.user({ organizationId: districtB.id, role: 'administrator' }),
    networkAdmin: await f.user({ organizationId: network.id, role: 'network_admin' }),
    outsider: await f.user(),
    // District A's own network: its roles are checked on the network's routes.
    network_adminN: await f.user({ organizationId: networkN.id, role: 'network_admin' }),
    coachN: await f.user({ organizationId: networkN.id, role: 'coach' }),
  };
  const school = await addSchool({ db: t.ctx.db, actor: cliActor, organizationId: districtA.id, name: 'Alder Elementary', code: null });
  const { invitation, token } = await inviteMember({ ctx: t.ctx, actor: cliActor, inviterName: 'Test', organizationId: districtA.id, email: 'new@example.org', role: 'viewer' });
  const { importPlan } = await import('../plan/plans/import-plan.js');
  const { everyFieldPlan } = await import('../../core/plan/format/fixtures/every-field-plan.js');
  // Adopted, so the routes that read the adopted version have something to show their readers.
  const plan = await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: districtA.id, input: { ...everyFieldPlan, plan: { ...everyFieldPlan.plan, status: 'adopted' } } });
  const element = await t.ctx.db.selectFrom('plan_elements').select('id').where('plan_id', '=', plan.id).executeTakeFirstOrThrow();
  const { startCycle } = await import('../process/cycles/start-cycle.js');
  const { loadTemplates } = await import('../process/templates/load-templates.js');
  const { projectRoot } = await import('../config.js');
  const louisiana = loadTemplates(`${projectRoot}/templates`).find((template) => template.id === 'louisiana-strong-school-systems')!;
  const cycle = await startCycle({ db: t.ctx.db, actor: cliActor, organizationId: districtA.id, template: louisiana, name: 'Alder 2026 plan', startDate: '2026-01-05' });
  const firstOf = (table: 'cycle_phases' | 'cycle_steps' | 'cycle_sessions' | 'cycle_deliverables' | 'cycle_readiness_items') =>
    t.ctx.db.selectFrom(table).select('id').where('cycle_id', '=', cycle.id).orderBy('position').executeTakeFirstOrThrow().then((row) => row.id);
  // Norms version 1 exists, so a refusal of /norms/versions/:number proves isolation, not absence.
  const { saveNorms } = await import('../process/norms/save-norms.js');
  await saveNorms({ db: t.ctx.db, actor: cliActor, organizationId: districtA.id, cycleId: cycle.id, basedOn: 0, values: { norms: ['Start on time'], notes: null, decision: { method: 'consensus', description: null, fallback: null, quorum: null }, changeNote: null } });
  params = {
    organizationId: districtA.id,
    districtId: districtA.id,
    planId: plan.id,
    elementId: element.id,
    // A measure of the imported plan, for /measures/:measureKey/series.
    measureKey: 'P1.V1',
    // A built-in student group, for /student-groups/:key.
    key: 'english_learner',
    userId: people.viewerA!.id,
    schoolId: school.id,
    invitationId: invitation.id,
    tokenId: '00000000-0000-4000-8000-000000000000',
    number: '1',
    commentId: '00000000-0000-4000-8000-000000000000',
    token,
    templateId: 'louisiana-strong-school-systems',
    cycleId: cycle.id,
    phaseId: await firstOf('cycle_phases'),
    stepId: await firstOf('cycle_steps'),
    sessionId: await firstOf('cycle_sessions'),
    deliverableId: await firstOf('cycle_deliverables'),
    readinessItemId: await firstOf('cycle_readiness_items'),
    taskId: (await (await import('../process/sessions/manage-session-tasks.js')).addSessionTask({ db: t.ctx.db, actor: cliActor, organizationId: districtA.id, cycleId: cycle.id, sessionId: await firstOf('cycle_sessions'), values: { title: 'Follow up', ownerId: people.plannerA!.id, dueDate: '2026-02-01' } })).id,
    committeeMemberId: (await addCommitteeMember({ db: t.ctx.db, actor: cliActor, organizationId: districtA.id, cycleId: cycle.id, values: { userId: null, name: 'Board chair', constituency: 'board', committeeRole: 'chair', title: null, email: null, phone: null, isActive: true } })).id,
    ...(await engagementAndOutreachParams(cycle.id)),
    ...(await focusGroupParams(cycle.id)),
    ...(await surveyParams()),
    ...(await conversationParams()),
    // A survey answer to star and a theme of its answers: the survey's access check refuses
    // another district before either is looked up, so any id serves.
    responseId: '00000000-0000-4000-8000-000000000000',
    themeId: '00000000-0000-4000-8000-000000000001',
    ...(await monitoringParams(plan.id)),
    ...(await improvementParams(plan.id)),
    ...(await publicCommentThemeParams(plan.id)),
    ...(await indicatorParams()),
    ...(await retreatParams(cycle.id)),
    ...(await datasetParams()),
  };
  Object.assign(params, await networkParams(cycle.id));
});

/**
 * District A enrolled in a cohort of network N (with a calendar event and its two signed forms), and a
 * provider of N matched to another district of N, with a coach assigned there: the provider's people
 * must reach nothing of district A or of N's own routes.
 */
async function networkParams(cycleId: string) {
  const { createCohort } = await import('../network/cohorts/create-cohort.js');
  const { addCohortEvent } = await import('../network/cohorts/manage-cohort-events.js');
  const { inviteDistrict } = await import('../network/members/invite-district.js');
  const { addEnrolmentDocument } = await import('../network/enrolment/add-enrolment-document.js');
  const { enrolDistrict } = await import('../network/enrolment/enrol-district.js');
  const { addProvider } = await import('../network/providers/add-provider.js');
  const { matchCohortProvider } = await import('../network/members/match-cohort-provider.js');
  const { assignCoachDistricts } = await import('../platform/people/assign-coach-districts.js');
  const scope = { db: t.ctx.db, actor: cliActor, networkId: networkN.id };
  const cohort = await createCohort({ ...scope, values: { name: 'Cohort 4', schoolYear: '2026-27', templateId: 'louisiana-strong-school-systems', startDate: '2026-01-05' } });
  const event = await addCohortEvent({ ...scope, cohortId: cohort.id, values: { kind: 'session', title: 'PD 1', date: '2026-02-01' } });
  await inviteDistrict({ ctx: t.ctx, actor: cliActor, inviterName: 'Test', networkId: networkN.id, cohortId: cohort.id, values: { districtId: districtA.id } });
  let documentId = '';
  for (const kind of ['notice_of_intent', 'letter_of_commitment'] as const) {
    documentId = (await addEnrolmentDocument({ db: t.ctx.db, actor: cliActor, districtId: districtA.id, cohortId: cohort.id, kind, document: { signed: { signerName: 'A', signerTitle: 'Superintendent', statement: 'We join' } } })).id;
  }
  await enrolDistrict({ db: t.ctx.db, actor: cliActor, districtId: districtA.id, cohortId: cohort.id, cycleId, language: 'en' });
  const districtC = await t.factories.organization({ name: 'Cedar District', networkId: networkN.id });
  await inviteDistrict({ ctx: t.ctx, actor: cliActor, inviterName: 'Test', networkId: networkN.id, cohortId: cohort.id, values: { districtId: districtC.id } });
  const provider = await addProvider({ ctx: t.ctx, actor: cliActor, inviterName: 'Test', networkId: networkN.id, values: { name: 'Cedar Partners', leadEmail: 'lead@cedar.example.org' } });
  await matchCohortProvider({ ...scope, cohortId: cohort.id, districtId: districtC.id, providerId: provider.provider_id });
  people.providerLead = await t.factories.user({ organizationId: provider.provider_id, role: 'network_admin' });
  people.providerCoach = await t.factories.user({ organizationId: provider.provider_id, role: 'coach' });
  await assignCoachDistricts({ db: t.ctx.db, actor: cliActor, networkId: provider.provider_id, userId: people.providerCoach.id, districtIds: [districtC.id] });
  const { addBankStrategy } = await import('../network/strategy-bank/manage-bank-strategies.js');
  const strategyId = await addBankStrategy({ ...scope, values: { title: 'Mentoring', essaTier: 2, studyCitation: 'A study (2021)' } });
  const { createRubric } = await import('../network/rubrics/create-rubric.js');
  const rubric = await createRubric({ ...scope, values: { templateId: 'louisiana-strong-school-systems', deliverableKey: 'diagnostic', name: 'Diagnostic', criteria: [{ label: 'Uses data', levels: [{ label: 'Not yet' }, { label: 'Yes' }] }] } });
  const { addClientEngagement } = await import('../network/clients/manage-client-engagements.js');
  const { logEngagementHours } = await import('../network/clients/log-engagement-hours.js');
  const engagementId = await addClientEngagement({ ...scope, userId: people.network_adminN!.id, values: { districtId: districtA.id, title: 'Planning support', startsOn: '2026-01-05', endsOn: '2026-06-30', hoursPurchased: 40 } });
  const entryId = await logEngagementHours({ ...scope, engagementId, caller: { userId: people.coachN!.id, role: 'coach' }, values: { workedOn: '2026-02-01', hours: 2, activity: 'Facilitation' } });
  const { addResource } = await import('../network/learning/manage-resources.js');
  const { startDiscussion } = await import('../network/discussions/start-discussion.js');
  // A file, so the download route answers the roles allowed to use it.
  const resourceId = (await addResource({ ...scope, cohortId: cohort.id, values: { title: 'Guide' }, content: { file: { fileName: 'guide.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4') } } })).id;
  const discussionId = (await startDiscussion({ db: t.ctx.db, actor: cliActor, reader: { districtId: districtA.id }, cohortId: cohort.id, values: { title: 'Steering committee size?', body: 'How many?' } })).id;
  const { addBenchmark } = await import('../network/benchmarks/manage-benchmarks.js');
  const { shareBenchmark } = await import('../network/benchmarks/share-benchmark.js');
  const benchmarkId = await addBenchmark({ ...scope, values: { name: 'Chronic absenteeism', unit: '%', direction: 'decrease' } });
  const planOfA = await t.ctx.db.selectFrom('plans').select('id').where('organization_id', '=', districtA.id).executeTakeFirstOrThrow();
  await shareBenchmark({ db: t.ctx.db, actor: cliActor, districtId: districtA.id, networkId: networkN.id, benchmarkId, planId: planOfA.id, measureKey: 'P1.V1', namedWithConsent: false });
  return { networkId: networkN.id, cohortId: cohort.id, eventId: event.id, documentId, strategyId, rubricId: rubric.id, engagementId, entryId, resourceId, discussionId, benchmarkId };
}

/** The organization a route's access rule finds with the suite's params: district A, network N, or another. */
async function organizationOfRoute(route: { url: string; access: { kind: string } }) {
  if (route.access.kind !== 'organization') return null;
  const rule = route.access as Extract<(typeof t.app.apiRoutes)[number]['access'], { kind: 'organization' }>;
  const names = [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1]!);
  const request = { params: Object.fromEntries(names.map((name) => [name, params[name]])), query: {}, headers: {} };
  return rule.organizationOf(request as never, t.ctx.db);
}
afterAll(() => t.close());

/** A metric with one tidy row in district A's data, for /indicators/:metric. */
async function indicatorParams() {
  const { insertEvidenceDataset } = await import('../testing/evidence-rows-kit.js');
  const rows = [{ entity: 'DISTRICT', period: '2024-25', group: 'All Students', value: 50, n: 100 }];
  await insertEvidenceDataset(t.ctx.db, { organizationId: districtA.id, metric: { key: 'isolation_reading', label: 'Reading' }, entities: [{ key: 'DISTRICT', name: 'District A', status: 'district' }], rows });
  return { metric: 'isolation_reading' };
}

/** A dataset of district A, imported (a small file a library layout recognises), for /datasets/:datasetId. */
async function datasetParams() {
  const { createDataset } = await import('../evidence/datasets/create-dataset.js');
  const csv = 'DBN,School Name,Grade,Year,% Level 3+4\n01M015,P.S. 015 ROBERTO CLEMENTE,3,2023,62.5\n';
  const dataset = await createDataset({ ctx: t.ctx, actor: cliActor, organizationId: districtA.id, file: { fileName: 'ela.csv', content: Buffer.from(csv) } });
  return { datasetId: dataset.id };
}

/** A data retreat on the first session of district A's cycle, with a chart, an observation, a SWOT item and a priority. */
async function retreatParams(cycleId: string) {
  const { seedRetreat } = await import('../testing/retreat-test-kit.js');
  const sessionId = await t.ctx.db.selectFrom('cycle_sessions').select('id').where('cycle_id', '=', cycleId).orderBy('position').executeTakeFirstOrThrow().then((row) => row.id);
  const seeded = await seedRetreat(t, { organizationId: districtA.id, cycleId, sessionId, userId: people.plannerA!.id, userName: 'Planner A' });
  return { retreatId: seeded.retreatId, chartId: seeded.chartId, observationId: seeded.observationId, itemId: seeded.itemId, priorityId: seeded.priorityId };
}

/** A posted update with an evidence file on district A's adopted plan, so the monitoring reads have something to show. */
async function monitoringParams(planId: string) {
  const { loadElementUpdates } = await import('../monitoring/updates/load-element-updates.js');
  const { postElementUpdate } = await import('../monitoring/updates/post-element-update.js');
  const { addUpdateEvidence } = await import('../monitoring/updates/add-update-evidence.js');
  const scope = { db: t.ctx.db, organizationId: districtA.id, planId, elementKey: 'P1.V1' };
  const { periods } = await loadElementUpdates({ ...scope, userId: null, canUpdate: false, canManage: false });
  const input = { periodLabel: periods[0]!.label, values: [{ subgroup: null, value: 42 }] };
  const update = await postElementUpdate({ ...scope, actor: cliActor, input, source: 'app', mayUpdateAnyElement: true });
  const evidence = await addUpdateEvidence({ ...scope, actor: cliActor, updateId: update.id, fileName: 'memo.txt', contentType: 'text/plain', content: Buffer.from('notes'), canManage: true });
  return { elementKey: 'P1.V1', updateId: update.id, evidenceId: evidence.id };
}

/** A PDSA cycle and a Data Wise tracker on strategy P1.I1, and a check-in with a follow-up, on district A's plan. */
async function improvementParams(planId: string) {
  const { startPdsaCycle } = await import('../monitoring/improvement/manage-pdsa-cycles.js');
  const { startDataWiseTracker } = await import('../monitoring/improvement/manage-data-wise.js');
  const { createCheckIn } = await import('../monitoring/improvement/create-check-in.js');
  const { addFollowUp } = await import('../monitoring/improvement/manage-follow-ups.js');
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtA.id, planId };
  const cycle = await startPdsaCycle({ ...scope, values: { elementKey: 'P1.I1', changeIdea: 'Tutoring at lunch', prediction: 'More attend', measure: 'Attendance', startedOn: null } });
  const tracker = await startDataWiseTracker({ ...scope, values: { strategyKey: 'P1.I1', title: 'Reading inquiry', team: 'Grade 3' } });
  const checkIn = await createCheckIn({ ...scope, values: { heldOn: '2026-03-01', attendees: [{ name: 'Cabinet' }] } });
  const followUp = await addFollowUp({ ...scope, checkInId: checkIn.id, values: { title: 'Call the vendor', ownerId: people.plannerA!.id, dueDate: '2026-03-15' } });
  return { pdsaCycleId: cycle.id, trackerId: tracker.id, checkInId: checkIn.id, followUpId: followUp.id };
}

/**
 * Public comment themes (issue 15): a comment window of district A's plan with two comments, so
 * the window's themes read has something to show. Reuses a window another block made for the plan
 * (a plan has one window per draft version), else makes one.
 */
async function publicCommentThemeParams(planId: string) {
  const existing = await t.ctx.db.selectFrom('public_comment_periods').select('id').where('plan_id', '=', planId).executeTakeFirst();
  const windowId =
    existing?.id ??
    (await t.ctx.db.insertInto('public_comment_periods').values({ organization_id: districtA.id, plan_id: planId, draft_version: 1, opens_on: '2026-01-05', closes_on: '2026-02-05', created_by: null }).returning('id').executeTakeFirstOrThrow()).id;
  await t.ctx.db
    .insertInto('public_comments')
    .values(['More reading tutors', 'Keep the bus routes'].map((body, index) => ({ organization_id: districtA.id, plan_id: planId, period_id: windowId, submission_id: `00000000-0000-4000-8000-00000000015${index}`, element_key: null, quote: null, body, status: 'accepted' as const })))
    .execute();
  return { windowId };
}

/** A stakeholder group, a planned engagement and an outreach item of district A's cycle. */
async function engagementAndOutreachParams(cycleId: string) {
  const { addStakeholderGroup } = await import('../process/stakeholders/manage-stakeholder-groups.js');
  const { addEngagement } = await import('../process/stakeholders/manage-engagement-plan.js');
  const { addOutreachItem } = await import('../process/outreach/manage-outreach-items.js');
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtA.id, cycleId };
  const group = await addStakeholderGroup({ ...scope, values: { name: 'Families', constituency: 'families', description: '', estimatedSize: null, contacts: [{ name: 'Ana', email: 'ana@example.org' }], notes: '' } });
  const phase = await t.ctx.db.selectFrom('cycle_phases').select('id').where('cycle_id', '=', cycleId).orderBy('position').executeTakeFirstOrThrow();
  const engagement = await addEngagement({ ...scope, values: { stakeholderGroupId: group.id, phaseId: phase.id, method: 'survey', startDate: null, endDate: null, leadUserId: null, status: 'planned', notes: '' } });
  const item = await addOutreachItem({ ...scope, values: { kind: 'email_invitation', title: 'Invite', subject: 'Hello {{recipient_name}}', body: 'Join us' } });
  return { stakeholderGroupId: group.id, engagementId: engagement.id, outreachItemId: item.id };
}

/** An open survey of district A with a response, so the survey reads have something to show. */
async function surveyParams() {
  const { createSurvey } = await import('../engagement/surveys/create-survey.js');
  const { openSurvey } = await import('../engagement/surveys/open-survey.js');
  const { submitSurveyResponse } = await import('../engagement/surveys/submit-survey-response.js');
  const { sampleSurvey } = await import('../testing/survey-test-kit.js');
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtA.id };
  const survey = await createSurvey({ ...scope, input: sampleSurvey() });
  const { code } = await openSurvey({ ...scope, surveyId: survey.id });
  await submitSurveyResponse({ db: t.ctx.db, code, submission: { submission_id: '00000000-0000-4000-8000-000000000001', locale: 'en', answers: { role: 'parent' } }, channel: 'web', client: { address: '192.0.2.1' }, secret: t.ctx.config.sessionSecret });
  // questionKey: the survey's open-text question, for the routes about one question's answers.
  return { surveyId: survey.id, code, questionKey: 'comment' };
}

/** An open vote-mode conversation of district A with two statements voted on, so its reads (opinion groups among them) have something to show. */
async function conversationParams() {
  const { seedConversation } = await import('../testing/conversation-test-kit.js');
  const { conversationId, statementId } = await seedConversation(t, districtA.id);
  return { conversationId, statementId };
}

/** A focus group of district A's cycle from a protocol of its own, with a note coded with a theme. */
async function focusGroupParams(cycleId: string) {
  const { createProtocol } = await import('../engagement/focus-groups/manage-protocols.js');
  const { createFocusGroup } = await import('../engagement/focus-groups/create-focus-group.js');
  const { saveFocusGroupNote } = await import('../engagement/focus-groups/save-focus-group-note.js');
  const { addTheme } = await import('../engagement/focus-groups/manage-themes.js');
  const { codeFocusGroupNotes } = await import('../engagement/focus-groups/code-focus-group-notes.js');
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtA.id };
  const protocol = await createProtocol({ ...scope, source: { library_key: 'family' } });
  const phase = await t.ctx.db.selectFrom('cycle_phases').select('id').where('cycle_id', '=', cycleId).orderBy('position').executeTakeFirstOrThrow();
  const values = { new_session: { phase_id: phase.id, name: 'Families', date: '2026-01-20' }, protocol_id: protocol.id, constituency: 'families' as const, language: 'es' };
  const group = await createFocusGroup({ ...scope, cycleId, values });
  await saveFocusGroupNote({ ...scope, cycleId, focusGroupId: group.id, questionKey: 'needs', version: 0, text: '“Más tutorías”' });
  const theme = await addTheme({ ...scope, cycleId, values: { name: 'Tutoring' } });
  const { coded } = await codeFocusGroupNotes({ ...scope, cycleId, focusGroupId: group.id, questionKey: 'needs', themeIds: [theme.id], passage: null });
  return { protocolId: protocol.id, focusGroupId: group.id, protocolQuestionKey: 'needs', codebookThemeId: theme.id, codeId: coded[0]!.id };
}

function fill(url: string) {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`The isolation suite has no value for :${name} in ${url}; add one to params`);
    return params[name]!;
  });
}

async function call(method: string, url: string, caller?: Caller) {
  return t.app.inject({
    method: method as 'GET',
    url: fill(url),
    headers: caller?.auth ?? {},
    ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
  });
}

function expectRefusal(res: Awaited<ReturnType<typeof call>>, statuses: number[]) {
  expect(statuses).toContain(res.statusCode);
  const body = json(res);
  expect(Object.keys(body)).toEqual(['error']);
  // Nothing of district A leaks into a refusal.
  expect(res.body).not.toContain(districtA.name);
  expect(res.body).not.toContain(people.viewerA!.id);
}

describe('tenant isolation and roles, route by route', () => {
  it('covers every API route with an access rule of a known kind', () => {
    const routes = t.app.apiRoutes;
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      if (route.access.kind === 'public') expect(PUBLIC_ROUTES, `${key} is public; add it to PUBLIC_ROUTES if that is intended`).toContain(key);
      if (route.access.kind === 'signed_in' && !SHARED_READ_ROUTES.has(key)) expect(OWN_ACCOUNT_ROUTES, `${key} is open to any signed-in person`).toContain(key);
    }
  });

  it('refuses anonymous callers on every non-public route', async () => {
    for (const route of t.app.apiRoutes.filter((r) => r.access.kind !== 'public')) {
      const res = await call(route.method, route.url);
      expectRefusal(res, [401]);
    }
  });

  it('answers 404 to other districts and outsiders on every organization route', async () => {
    const orgRoutes = t.app.apiRoutes.filter((r) => r.access.kind === 'organization');
    expect(orgRoutes.length).toBeGreaterThan(15);
    for (const route of orgRoutes) {
      for (const caller of ['adminB', 'outsider', 'networkAdmin', 'deactivatedAdminA', 'providerLead', 'providerCoach']) {
        const res = await call(route.method, route.url, people[caller]);
        expect(res.statusCode, `${caller} on ${route.method} ${route.url}`).toBe(404);
        expectRefusal(res, [404]);
      }
    }
  });

  it('answers 403 to each role of the district that lacks the permission, and lets the others through', async () => {
    let networkRoutes = 0;
    for (const route of t.app.apiRoutes) {
      if (route.access.kind !== 'organization') continue;
      const permission = route.access.permission;
      const organizationId = await organizationOfRoute(route);
      if (organizationId === networkN.id) {
        networkRoutes += 1;
        // A network's own route: its roles lacking the permission get 403; district A's people, no standing there, 404.
        // Writes are tried only where they must be refused: an allowed DELETE would really delete.
        for (const role of networkRoleNames) {
          const allowed = permissionsFor(role, 'network', 'member').has(permission);
          if (allowed && route.method !== 'GET') continue;
          const res = await call(route.method, route.url, people[`${role}N`]);
          if (!allowed) expect(res.statusCode, `${role} on ${route.method} ${route.url}`).toBe(403);
          else expect([401, 403, 404], `${role} on ${route.method} ${route.url}`).not.toContain(res.statusCode);
        }
        for (const role of districtRoleNames) expect((await call(route.method, route.url, people[`${role}A`])).statusCode, `${role} on ${route.method} ${route.url}`).toBe(404);
        continue;
      }
      expect(organizationId, `${route.method} ${route.url} is about district A or network N`).toBe(districtA.id);
      for (const role of districtRoleNames) {
        const caller = people[`${role}A`]!;
        const allowed = permissionsFor(role, 'district', 'member').has(permission);
        if (!allowed) {
          const res = await call(route.method, route.url, caller);
          expect(res.statusCode, `${role} on ${route.method} ${route.url}`).toBe(403);
          expectRefusal(res, [403]);
        } else if (route.method === 'GET') {
          const res = await call(route.method, route.url, caller);
          expect([401, 403, 404], `${role} on ${route.method} ${route.url}`).not.toContain(res.statusCode);
        }
      }
    }
    // The network's own routes (cohorts, calendar, providers, rubrics, review, the bank) were all tried as N's roles.
    expect(networkRoutes).toBeGreaterThan(20);
    // Every allowed GET really runs, PDF prints in Chromium included: minutes, not seconds, on a busy machine.
  }, 180_000);

  it('refuses operator routes to everyone but operators', async () => {
    for (const route of t.app.apiRoutes.filter((r) => r.access.kind === 'operator')) {
      expectRefusal(await call(route.method, route.url, people.administratorA), [403]);
    }
  });

  it('refuses to register an API route without an access rule', async () => {
    const app = Fastify();
    installCheckpoint(app, t.ctx.db, 'secret');
    expect(() => app.get('/api/unguarded', async () => ({ secret: true }))).toThrow(/no access rule/);
  });
});
