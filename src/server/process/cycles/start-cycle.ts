import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { layoutTimeline } from '../../../core/process/layout-timeline.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { ProcessTemplate } from '../../../core/process/process-template.schema.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkOptionalPaths, checkSessionChoices } from './cycle-choices.js';
import { cyclesRepo } from './cycles.repo.js';
import { deliverablesRepo } from './deliverables.repo.js';

/**
 * Starts a district's planning cycle from a template: copies its phases (guiding question,
 * purpose, steps, outcomes), sessions, deliverables and readiness checklist into the cycle's own
 * rows, dated by layoutTimeline from `startDate`. From then on the district edits its copy and
 * the template stays as it is. A session held as one of its alternatives (a half-day retreat
 * instead of three meetings) is laid out as that alternative: its name, format, count and length.
 */
export function startCycle(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  template: ProcessTemplate;
  name: string;
  startDate: string;
  /** Template session id -> the index of the alternative to hold it as. */
  sessionChoices?: Record<string, number>;
  /** Optional paths taken from the start; they may also be decided later. */
  optionalPaths?: string[];
  /** The language of the template's texts, for the words the cycle adds itself ("1 of 3"); English when absent. */
  language?: Locale;
}) {
  const { db, actor, organizationId, template, name, startDate } = options;
  const sessionChoices = checkSessionChoices(template, options.sessionChoices ?? {});
  const optionalPaths = checkOptionalPaths(template, options.optionalPaths ?? []);
  const layout = layoutTimeline(template, startDate, { choices: sessionChoices });
  return inTransaction(db, async (trx) => {
    const cycle = await cyclesRepo.insertCycle(trx, { organizationId, templateId: template.id, name, startDate, createdBy: actor.userId, sessionChoices, optionalPaths });
    const base = { cycle_id: cycle.id, organization_id: organizationId };
    const phaseIds = new Map<string, string>();
    for (const [position, phase] of template.phases.entries()) {
      const slot = layout.phases[position]!;
      const row = await cyclesRepo.insertPhase(trx, {
        ...base,
        template_key: phase.id,
        position,
        name: phase.name,
        guiding_question: phase.guidingQuestion,
        purpose: phase.purpose,
        outcomes: phase.outcomes,
        start_date: slot.startDate,
        end_date: slot.endDate,
      });
      phaseIds.set(phase.id, row.id);
      await cyclesRepo.insertSteps(trx, phase.steps.map((step, index) => ({ ...base, phase_id: row.id, position: index, text: step.text, links_to: step.linksTo ?? null })));
    }
    const phaseOf = (templatePhaseId: string) => phaseIds.get(templatePhaseId)!;

    // Each meeting of a series becomes its own session, so each can be moved on its own.
    const sessionPositions = new Map<string, number>();
    await cyclesRepo.insertSessions(
      trx,
      layout.sessions.map((slot) => {
        const session = template.sessions.find((s) => s.id === slot.sessionId)!;
        const position = sessionPositions.get(slot.phaseId) ?? 0;
        sessionPositions.set(slot.phaseId, position + 1);
        return {
          ...base,
          phase_id: phaseOf(slot.phaseId),
          template_key: session.id,
          position,
          name: slot.of > 1 ? `${slot.name} (${slot.occurrence} ${options.language === 'es' ? 'de' : 'of'} ${slot.of})` : slot.name,
          format: slot.format,
          audience: session.audience,
          session_date: slot.date,
          length_minutes: slot.lengthMinutes,
          length_label: slot.lengthLabel,
          details: { purpose: session.purpose, agenda: session.agenda, outcomes: session.outcomes },
        };
      }),
    );

    const dueDates = new Map(layout.deliverables.map((slot) => [slot.deliverableId, slot.dueDate]));
    const deliverablePositions = new Map<string, number>();
    const deliverables = await cyclesRepo.insertDeliverables(
      trx,
      template.deliverables.map((deliverable) => {
        const position = deliverablePositions.get(deliverable.phase) ?? 0;
        deliverablePositions.set(deliverable.phase, position + 1);
        return {
          ...base,
          phase_id: phaseOf(deliverable.phase),
          template_key: deliverable.id,
          letter: deliverable.letter ?? null,
          position,
          name: deliverable.name,
          description: deliverable.description,
          done_when: deliverable.doneWhen,
          due_date: dueDates.get(deliverable.id)!,
          links_to: deliverable.linksTo ?? null,
        };
      }),
    );
    for (const deliverable of deliverables) {
      await deliverablesRepo.recordEvent(trx, actor, { deliverableId: deliverable.id, organizationId, kind: 'created', toStatus: 'not_started', comment: options.language === 'es' ? `De la plantilla ${template.name}` : `From the template ${template.name}` });
    }
    await cyclesRepo.insertReadinessItems(
      trx,
      template.readiness.map((item, position) => ({ ...base, template_key: item.id, position, label: item.label, description: item.description ?? null, links_to: item.linksTo ?? null })),
    );
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'cycle.started',
      entityType: 'planning_cycle',
      entityId: cycle.id,
      after: { templateId: template.id, name, startDate, endDate: layout.endDate, sessionChoices, optionalPaths },
    });
    return cycle;
  });
}
