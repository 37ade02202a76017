import type { Selectable } from 'kysely';
import type { ProcessTemplate } from '../../../core/process/process-template.schema.js';
import type { CycleDeliverableEventsTable } from '../tables.js';
import { presentFrameworkOptions, storedChoices } from './cycle-choices.js';
import type { ItemKind } from './cycle-fields.js';
import type { ItemRow } from './cycle-items.repo.js';
import type { CycleContents, CycleRow, DeliverableRow, PhaseRow, ReadinessRow, SessionRow, StepRow } from './cycles.repo.js';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export function presentCycleSummary(row: CycleRow & { end_date: string | null }) {
  return { id: row.id, templateId: row.template_id, name: row.name, startDate: row.start_date, endDate: row.end_date, version: row.version, createdAt: iso(row.created_at) };
}

export function presentPhase(row: PhaseRow) {
  return {
    id: row.id,
    templateKey: row.template_key,
    position: row.position,
    name: row.name,
    guidingQuestion: row.guiding_question,
    purpose: row.purpose,
    outcomes: row.outcomes as string[],
    startDate: row.start_date,
    endDate: row.end_date,
    isClosed: row.closed_at !== null,
    closedAt: isoOrNull(row.closed_at),
    version: row.version,
  };
}

export function presentStep(row: StepRow) {
  return { id: row.id, phaseId: row.phase_id, position: row.position, text: row.text, linksTo: row.links_to, isDone: row.is_done, version: row.version };
}

export function presentSession(row: SessionRow) {
  return {
    id: row.id,
    phaseId: row.phase_id,
    templateKey: row.template_key,
    position: row.position,
    name: row.name,
    format: row.format,
    audience: row.audience,
    date: row.session_date,
    lengthMinutes: row.length_minutes,
    lengthLabel: row.length_label,
    details: row.details as { purpose?: string; agenda?: string[]; outcomes?: string[] },
    version: row.version,
  };
}

export function presentDeliverable(row: DeliverableRow) {
  return {
    id: row.id,
    phaseId: row.phase_id,
    templateKey: row.template_key,
    letter: row.letter,
    position: row.position,
    name: row.name,
    description: row.description,
    doneWhen: row.done_when as string[],
    dueDate: row.due_date,
    linksTo: row.links_to,
    ownerId: row.owner_id,
    reviewerId: row.reviewer_id,
    status: row.status,
    reviewState: row.review_state,
    documentUrl: row.document_url,
    documentText: row.document_text,
    version: row.version,
  };
}

export function presentReadinessItem(row: ReadinessRow) {
  return {
    id: row.id,
    templateKey: row.template_key,
    position: row.position,
    label: row.label,
    description: row.description,
    linksTo: row.links_to,
    state: row.state,
    waiverReason: row.waiver_reason,
    decidedBy: row.decided_by,
    decidedAt: isoOrNull(row.decided_at),
    version: row.version,
  };
}

/** Any one item, presented by its kind (the generic editing routes answer with this). */
export function presentItem(kind: ItemKind, row: ItemRow) {
  if (kind === 'phase') return presentPhase(row as unknown as PhaseRow);
  if (kind === 'step') return presentStep(row as unknown as StepRow);
  if (kind === 'session') return presentSession(row as unknown as SessionRow);
  return presentDeliverable(row as unknown as DeliverableRow);
}

/**
 * Everything a timeline and a checklist view need. The current phase is the first one not
 * closed; null when every phase is closed (the cycle is done) or there are none.
 */
export function presentCycleDetail({ cycle, plan, phases, steps, sessions, deliverables, readiness, names }: CycleContents, template?: ProcessTemplate) {
  const choices = storedChoices(cycle);
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? null) : null);
  const current = phases.find((phase) => phase.closed_at === null) ?? null;
  return {
    id: cycle.id,
    templateId: cycle.template_id,
    name: cycle.name,
    startDate: cycle.start_date,
    endDate: phases.reduce<string | null>((last, phase) => (last === null || phase.end_date > last ? phase.end_date : last), null),
    version: cycle.version,
    plan: plan ? { id: plan.id, title: plan.title } : null,
    currentPhase: current ? { id: current.id, name: current.name, guidingQuestion: current.guiding_question } : null,
    phases: phases.map(presentPhase),
    steps: steps.map(presentStep),
    sessions: sessions.map(presentSession),
    deliverables: deliverables.map((row) => ({ ...presentDeliverable(row), ownerName: nameOf(row.owner_id), reviewerName: nameOf(row.reviewer_id) })),
    readiness: readiness.map((row) => ({ ...presentReadinessItem(row), decidedByName: nameOf(row.decided_by) })),
    sessionChoices: choices.sessionChoices,
    ...presentFrameworkOptions(template, choices.optionalPaths),
  };
}

export function presentDeliverableEvent(row: Selectable<CycleDeliverableEventsTable>) {
  return {
    id: row.id,
    kind: row.kind,
    actorUserId: row.actor_user_id,
    actor: row.actor_label,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    comment: row.comment,
    changes: row.changes ?? null,
    rubric: rubricScoresOf(row),
    at: iso(row.created_at),
  };
}

/** The rubric scores a sign-off carries in its `changes` (sign-off-deliverable.ts), field by field; null on other events. */
export function rubricScoresOf(row: { kind: string; changes: unknown }) {
  if (row.kind !== 'approved' && row.kind !== 'changes_requested') return null;
  const rubric = (row.changes as { rubric?: { name?: unknown; scores?: unknown } } | null)?.rubric;
  if (!rubric || typeof rubric.name !== 'string' || !Array.isArray(rubric.scores)) return null;
  const scores = (rubric.scores as Array<{ criterion?: unknown; level?: unknown; note?: unknown }>).map((score) => ({
    criterion: String(score.criterion ?? ''),
    level: String(score.level ?? ''),
    note: typeof score.note === 'string' && score.note !== '' ? score.note : null,
  }));
  return { name: rubric.name, scores };
}
