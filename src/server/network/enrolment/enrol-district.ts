import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { localizeTemplate } from '../../../core/process/localize-template.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findCycle } from '../../process/cycles/find-cycle.js';
import { startCycle } from '../../process/cycles/start-cycle.js';
import { cohortTemplate } from '../cohorts/cohort-templates.js';
import { membersRepo } from '../members/members.repo.js';

const REQUIRED_DOCUMENTS = ['notice_of_intent', 'letter_of_commitment'] as const;

/**
 * The district's administrator enrols it in the cohort it was invited to: its notice of intent and
 * letter of commitment must be there (a file or a signed form each). It runs the cohort's template:
 * a cycle of its own from that template, or a new one started now, dated from the cohort's start so
 * every member shares the timeline.
 */
export function enrolDistrict(options: { db: Kysely<DB>; actor: Actor; districtId: string; cohortId: string; cycleId?: string | null; language: Locale }) {
  const { db, actor, districtId, cohortId } = options;
  return inTransaction(db, async (trx) => {
    const member = await membersRepo.lock(trx, cohortId, districtId);
    if (!member) throw notFound('Cohort');
    if (member.status !== 'invited') throw new AppError('conflict', member.status === 'enrolled' ? 'The district is enrolled already' : 'The district has left this cohort', [{ path: '/cycleId', message: `the district is ${member.status}`, code: 'already_closed' }]);
    const [cohort] = (await membersRepo.listOfDistrict(trx, districtId)).filter((row) => row.cohort_id === cohortId);
    const template = cohortTemplate(cohort!.template_id);
    if (!template) throw new AppError('conflict', 'The cohort’s template is no longer offered', [{ path: '/cycleId', message: 'the cohort’s template is no longer offered', code: 'invalid_choice' }]);
    const documents = await membersRepo.listDocuments(trx, cohortId, [districtId]);
    const missing = REQUIRED_DOCUMENTS.filter((kind) => !documents.some((document) => document.kind === kind));
    if (missing.length) {
      throw new AppError('invalid_input', `Add the ${missing.map((kind) => kind.replaceAll('_', ' ')).join(' and the ')} first`, missing.map((kind) => ({ path: '/documents', message: `needs a ${kind.replaceAll('_', ' ')}`, code: 'required' as const, params: { kind } })));
    }
    let cycleId = options.cycleId ?? null;
    if (cycleId) {
      const existing = await findCycle({ db: trx, organizationId: districtId, cycleId });
      if (!existing) throw invalidInput('/cycleId', 'is not a cycle of this district', { code: 'invalid_choice' });
      if (existing.templateId !== template.id) throw invalidInput('/cycleId', `does not run the cohort's template (${template.name})`, { code: 'invalid_choice' });
    } else {
      const cycle = await startCycle({ db: trx, actor, organizationId: districtId, template: localizeTemplate(template, options.language), language: options.language, name: cohort!.cohort_name, startDate: cohort!.start_date });
      cycleId = cycle.id;
    }
    const after = await membersRepo.setStatus(trx, cohortId, districtId, { status: 'enrolled', cycleId, enrolledBy: actor.userId });
    for (const organizationId of [districtId, member.organization_id]) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'cohort.district_enrolled', entityType: 'cohort', entityId: cohortId, before: { status: member.status }, after: { status: 'enrolled', cycleId, districtId } });
    }
    return after;
  });
}
