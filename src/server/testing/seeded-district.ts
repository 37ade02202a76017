import type { TestApp } from './test-app.js';
import { cliActor } from '../platform/audit/actor.js';
import { inviteMember } from '../platform/invitations/invite-member.js';
import { addSchool } from '../platform/organizations/manage-schools.js';
import { addCommitteeMember } from '../process/committee/manage-committee.js';
import { importPlan } from '../plan/plans/import-plan.js';
import { everyFieldPlan } from '../../core/plan/format/fixtures/every-field-plan.js';
import { startCycle } from '../process/cycles/start-cycle.js';
import { loadTemplates } from '../process/templates/load-templates.js';
import { projectRoot } from '../config.js';
import { saveNorms } from '../process/norms/save-norms.js';
import { addSessionTask } from '../process/sessions/manage-session-tasks.js';
import { loadElementUpdates } from '../monitoring/updates/load-element-updates.js';
import { postElementUpdate } from '../monitoring/updates/post-element-update.js';
import { addUpdateEvidence } from '../monitoring/updates/add-update-evidence.js';
import { startPdsaCycle } from '../monitoring/improvement/manage-pdsa-cycles.js';
import { startDataWiseTracker } from '../monitoring/improvement/manage-data-wise.js';
import { createCheckIn } from '../monitoring/improvement/create-check-in.js';
import { addFollowUp } from '../monitoring/improvement/manage-follow-ups.js';
import { addStakeholderGroup } from '../process/stakeholders/manage-stakeholder-groups.js';
import { addEngagement } from '../process/stakeholders/manage-engagement-plan.js';
import { addOutreachItem } from '../process/outreach/manage-outreach-items.js';
import { createProtocol } from '../engagement/focus-groups/manage-protocols.js';
import { createFocusGroup } from '../engagement/focus-groups/create-focus-group.js';
import { saveFocusGroupNote } from '../engagement/focus-groups/save-focus-group-note.js';
import { addTheme } from '../engagement/focus-groups/manage-themes.js';
import { codeFocusGroupNotes } from '../engagement/focus-groups/code-focus-group-notes.js';
import { createSurvey } from '../engagement/surveys/create-survey.js';
import { openSurvey } from '../engagement/surveys/open-survey.js';
import { sampleSurvey } from './survey-test-kit.js';
import { seedConversation } from './conversation-test-kit.js';
import { draftForComment } from './public-comment-test-kit.js';
import { openPublicComment } from '../engagement/public-comment/open-public-comment.js';
import { postPublicComment } from '../engagement/public-comment/post-public-comment.js';
import { randomUUID } from 'node:crypto';
import { seedRetreat } from './retreat-test-kit.js';

export interface SeededDistrict {
  districtId: string;
  /** An administrator of the district who is also an operator, so every write route is reachable. */
  admin: { id: string; auth: Record<string, string> };
  /** A real value for each path parameter name (":planId"), so requests reach the route's own code. */
  params: Record<string, string>;
}

/**
 * A district with one of everything a route's path can name: an adopted plan with updates and
 * evidence, a planning cycle with its sessions, committee, stakeholders and outreach, improvement
 * work. Written for the fuzz suite, which needs real ids so random bodies reach the use-cases.
 */
export async function seedDistrict(t: TestApp): Promise<SeededDistrict> {
  const db = t.ctx.db;
  const district = await t.factories.organization({ name: 'Fuzz District' });
  const organizationId = district.id;
  const admin = await t.factories.user({ organizationId, role: 'administrator', isOperator: true });
  const planner = await t.factories.user({ organizationId, role: 'planner' });
  const viewer = await t.factories.user({ organizationId, role: 'viewer' });
  const school = await addSchool({ db, actor: cliActor, organizationId, name: 'Fuzz Elementary', code: null });
  const { invitation, token } = await inviteMember({ ctx: t.ctx, actor: cliActor, inviterName: 'Test', organizationId, email: 'fuzz-invitee@example.org', role: 'viewer' });
  const plan = await importPlan({ db, actor: cliActor, organizationId, input: { ...everyFieldPlan, plan: { ...everyFieldPlan.plan, status: 'adopted' } } });
  const element = await db.selectFrom('plan_elements').select('id').where('plan_id', '=', plan.id).executeTakeFirstOrThrow();
  const template = loadTemplates(`${projectRoot}/templates`).find((candidate) => candidate.id === 'louisiana-strong-school-systems')!;
  const cycle = await startCycle({ db, actor: cliActor, organizationId, template, name: 'Fuzz 2026 plan', startDate: '2026-01-05' });
  const cycleScope = { db, actor: cliActor, organizationId, cycleId: cycle.id };
  const firstOf = (table: 'cycle_phases' | 'cycle_steps' | 'cycle_sessions' | 'cycle_deliverables' | 'cycle_readiness_items') =>
    db.selectFrom(table).select('id').where('cycle_id', '=', cycle.id).orderBy('position').executeTakeFirstOrThrow().then((row) => row.id);
  await saveNorms({ ...cycleScope, basedOn: 0, values: { norms: ['Start on time'], notes: null, decision: { method: 'consensus', description: null, fallback: null, quorum: null }, changeNote: null } });
  const sessionId = await firstOf('cycle_sessions');
  const phaseId = await firstOf('cycle_phases');
  const task = await addSessionTask({ ...cycleScope, sessionId, values: { title: 'Follow up', ownerId: planner.id, dueDate: '2026-02-01' } });
  const member = await addCommitteeMember({ ...cycleScope, values: { userId: null, name: 'Board chair', constituency: 'board', committeeRole: 'chair', title: null, email: null, phone: null, isActive: true } });
  const group = await addStakeholderGroup({ ...cycleScope, values: { name: 'Families', constituency: 'families', description: '', estimatedSize: null, contacts: [{ name: 'Ana', email: 'ana@example.org' }], notes: '' } });
  const engagement = await addEngagement({ ...cycleScope, values: { stakeholderGroupId: group.id, phaseId, method: 'survey', startDate: null, endDate: null, leadUserId: null, status: 'planned', notes: '' } });
  const item = await addOutreachItem({ ...cycleScope, values: { kind: 'email_invitation', title: 'Invite', subject: 'Hello {{recipient_name}}', body: 'Join us' } });

  const elementScope = { db, organizationId, planId: plan.id, elementKey: 'P1.V1' };
  const { periods } = await loadElementUpdates({ ...elementScope, userId: null, canUpdate: false, canManage: false });
  const update = await postElementUpdate({ ...elementScope, actor: cliActor, input: { periodLabel: periods[0]!.label, values: [{ subgroup: null, value: 42 }] }, source: 'app', mayUpdateAnyElement: true });
  const evidence = await addUpdateEvidence({ ...elementScope, actor: cliActor, updateId: update.id, fileName: 'memo.txt', contentType: 'text/plain', content: Buffer.from('notes'), canManage: true });

  const planScope = { db, actor: cliActor, organizationId, planId: plan.id };
  const pdsa = await startPdsaCycle({ ...planScope, values: { elementKey: 'P1.I1', changeIdea: 'Tutoring at lunch', prediction: 'More attend', measure: 'Attendance', startedOn: null } });
  const tracker = await startDataWiseTracker({ ...planScope, values: { strategyKey: 'P1.I1', title: 'Reading inquiry', team: 'Grade 3' } });
  const checkIn = await createCheckIn({ ...planScope, values: { heldOn: '2026-03-01', attendees: [{ name: 'Cabinet' }] } });
  const followUp = await addFollowUp({ ...planScope, checkInId: checkIn.id, values: { title: 'Call the vendor', ownerId: planner.id, dueDate: '2026-03-15' } });

  // An open survey, so the survey routes (and the public response route, by its code) reach their use-cases.
  const survey = await createSurvey({ db, actor: cliActor, organizationId, input: sampleSurvey() });
  const { code } = await openSurvey({ db, actor: cliActor, organizationId, surveyId: survey.id });

  // An open vote-mode conversation with statements and votes, so its routes reach their use-cases;
  // with the survey's code, so the one :code reaches the conversation's public routes too.
  const conversation = await seedConversation(t, organizationId, { code });

  // A focus group with a coded note, so the focus-group routes reach their use-cases.
  const protocol = await createProtocol({ db, actor: cliActor, organizationId, source: { library_key: 'family' } });
  const focusGroupValues = { new_session: { phase_id: phaseId, name: 'Families', date: '2026-01-20' }, protocol_id: protocol.id, constituency: 'families' as const, language: 'es' };
  const focusGroup = await createFocusGroup({ ...cycleScope, values: focusGroupValues });
  await saveFocusGroupNote({ ...cycleScope, focusGroupId: focusGroup.id, questionKey: 'needs', version: 0, text: '“Más tutorías”' });
  const theme = await addTheme({ ...cycleScope, values: { name: 'Tutoring' } });
  const { coded } = await codeFocusGroupNotes({ ...cycleScope, focusGroupId: focusGroup.id, questionKey: 'needs', themeIds: [theme.id], passage: null });

  // A draft out for public comment with a comment, so the public comment routes (and the public
  // comment route, by the district's slug) reach their use-cases.
  const draft = await importPlan({ db, actor: cliActor, organizationId, input: draftForComment });
  const { window } = await openPublicComment({ db, actor: cliActor, organizationId, planId: draft.id, version: draft.version, choices: { closesOn: '2099-12-31' }, mailDelivers: false });
  await postPublicComment({ db, mail: t.ctx.mail, publicUrl: 'http://localhost', slug: district.slug!, input: { body: 'More tutors, please', submission_id: randomUUID(), element_key: 'G1' }, client: { address: '192.0.2.1' }, secret: t.ctx.config.sessionSecret });

  const params: Record<string, string> = {
    organizationId,
    districtId: organizationId,
    planId: plan.id,
    elementId: element.id,
    measureKey: 'P1.V1',
    elementKey: 'P1.V1',
    key: 'english_learner',
    userId: viewer.id,
    schoolId: school.id,
    invitationId: invitation.id,
    token,
    number: '1',
    templateId: 'louisiana-strong-school-systems',
    cycleId: cycle.id,
    phaseId,
    stepId: await firstOf('cycle_steps'),
    sessionId,
    deliverableId: await firstOf('cycle_deliverables'),
    readinessItemId: await firstOf('cycle_readiness_items'),
    taskId: task.id,
    committeeMemberId: member.id,
    stakeholderGroupId: group.id,
    engagementId: engagement.id,
    outreachItemId: item.id,
    updateId: update.id,
    evidenceId: evidence.id,
    pdsaCycleId: pdsa.id,
    trackerId: tracker.id,
    checkInId: checkIn.id,
    followUpId: followUp.id,
    protocolId: protocol.id,
    focusGroupId: focusGroup.id,
    protocolQuestionKey: 'needs',
    codebookThemeId: theme.id,
    codeId: coded[0]!.id,
    surveyId: survey.id,
    code,
    // The sample survey's open question; its themes and answers are looked up after the body is checked.
    questionKey: 'comment',
    themeId: '00000000-0000-4000-8000-000000000001',
    responseId: '00000000-0000-4000-8000-000000000000',
    conversationId: conversation.conversationId,
    statementId: conversation.statementId,
    slug: district.slug!,
    windowId: window.id,
    // A data retreat on the first session, so its team routes reach their use-cases.
    ...(await seedRetreat(t, { organizationId, cycleId: cycle.id, sessionId, userId: admin.id, userName: 'Fuzz admin' }).then(({ joinCode: _code, ...ids }) => ids)),
  };
  return { districtId: organizationId, admin: { id: admin.id, auth: admin.auth }, params };
}
