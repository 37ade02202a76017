import path from 'node:path';
import type { Transaction } from 'kysely';
import { projectRoot } from '../../config.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import { authRepo } from '../../auth/auth.repo.js';
import { addCommitteeMember } from '../../process/committee/manage-committee.js';
import { changeCycle } from '../../process/cycles/change-cycle.js';
import { changeDeliverableStatus } from '../../process/cycles/change-deliverable-status.js';
import { closePhase } from '../../process/cycles/close-phase.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { decideReadinessItem } from '../../process/cycles/decide-readiness-item.js';
import { startCycle } from '../../process/cycles/start-cycle.js';
import { addEngagement } from '../../process/stakeholders/manage-engagement-plan.js';
import { addStakeholderGroup } from '../../process/stakeholders/manage-stakeholder-groups.js';
import { saveNorms } from '../../process/norms/save-norms.js';
import { loadTemplates } from '../../process/templates/load-templates.js';
import { recordAttendance } from '../../process/sessions/record-attendance.js';
import { demoCycle } from './demo-cycle.data.js';

const dayMs = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The demo district's planning cycle, a few weeks in whatever the day: the readiness phase done
 * and closed (checklist, planning agreement, introduction session with its attendance), a
 * steering committee meeting CEC's rule, norms, and stakeholder groups with engagements planned.
 * Everything goes through the use-cases, so it is audited and checked like a district's own work.
 */
export async function loadDemoCycle(options: { trx: Transaction<DB>; actor: Actor; organizationId: string; planId: string; today?: Date }) {
  const { trx, actor, organizationId } = options;
  const scope = { db: trx, actor, organizationId };
  const template = loadTemplates(path.join(projectRoot, 'templates')).find((t) => t.id === demoCycle.templateId)!;
  const today = (options.today ?? new Date()).getTime();
  const cycle = await startCycle({ ...scope, template, name: demoCycle.name, startDate: isoDay(today - demoCycle.startedDaysAgo * dayMs) });
  const cycleScope = { ...scope, cycleId: cycle.id };
  await changeCycle({ ...cycleScope, version: cycle.version, planId: options.planId });

  const members = [];
  for (const person of demoCycle.committee) {
    const account = person.email ? await authRepo.findUserByEmail(trx, person.email) : undefined;
    const values = { userId: account?.id ?? null, name: person.name, constituency: person.constituency, committeeRole: person.committeeRole, title: person.title, email: person.email, phone: null, isActive: true };
    members.push(await addCommitteeMember({ ...cycleScope, values }));
  }

  let contents = (await readCycleContents({ db: trx, organizationId, cycleId: cycle.id }))!;
  for (const item of contents.readiness) {
    await decideReadinessItem({ ...cycleScope, itemId: item.id, version: item.version, state: 'checked' });
  }
  const firstPhase = contents.phases[0]!;
  // The first phase's deliverables (committee, norms, project plan) are produced in the process
  // domain's own screens, which the demo fills above; no other domain's work area is asked.
  for (const deliverable of contents.deliverables.filter((d) => d.phase_id === firstPhase.id)) {
    await changeDeliverableStatus({ ...cycleScope, deliverableId: deliverable.id, version: deliverable.version, status: 'complete', canEditCycle: true, workAreas: [] });
  }
  const introduction = contents.sessions.find((s) => s.phase_id === firstPhase.id);
  if (introduction) {
    // One member sent apologies: the roster's attendance history has something to show.
    const records = members.map((member, index) => ({ committeeMemberId: member.id, status: index === members.length - 1 ? ('excused' as const) : ('present' as const) }));
    await recordAttendance({ ...cycleScope, sessionId: introduction.id, records });
  }
  await closePhase({ ...cycleScope, phaseId: firstPhase.id, version: firstPhase.version });

  await saveNorms({
    ...cycleScope,
    basedOn: 0,
    values: {
      norms: [...demoCycle.norms],
      notes: null,
      decision: { method: 'fist_to_five', description: 'Every member shows three fingers or more before a decision stands.', fallback: 'Two rounds without agreement: the chair and the superintendent decide, and say why.', quorum: 'Two thirds of the members, with the board, the association and district leadership present.' },
      changeNote: 'Agreed at the introduction session',
    },
  });

  contents = (await readCycleContents({ db: trx, organizationId, cycleId: cycle.id }))!;
  const laterPhases = contents.phases.slice(2, 5);
  const lead = members.find((m) => m.committee_role === 'facilitator')?.user_id ?? null;
  for (const group of demoCycle.stakeholderGroups) {
    const added = await addStakeholderGroup({ ...cycleScope, values: { ...group, contacts: [...group.contacts], description: '', notes: '' } });
    for (const [index, phase] of laterPhases.entries()) {
      const method = (['survey', 'focus_group', 'town_hall'] as const)[index]!;
      await addEngagement({
        ...cycleScope,
        values: { stakeholderGroupId: added.id, phaseId: phase.id, method, startDate: phase.start_date, endDate: phase.end_date, leadUserId: lead, status: 'planned', notes: '' },
      });
    }
  }
  return cycle;
}
