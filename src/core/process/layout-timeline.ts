import { addMonths, fromDayNumber, toDayNumber } from './calendar-dates.js';
import { phaseLengthDays, type ProcessTemplate, type TemplateSession } from './process-template.schema.js';

export interface PhaseSlot {
  phaseId: string;
  name: string;
  /** First day of the phase. */
  startDate: string;
  /** Last day of the phase; the next phase starts the day after. */
  endDate: string;
  days: number;
}

export interface SessionSlot {
  sessionId: string;
  phaseId: string;
  name: string;
  format: TemplateSession['format'];
  lengthMinutes: number | null;
  lengthLabel: string | null;
  /** The alternative chosen for this session, or null for the template's own plan. */
  variant: string | null;
  /** 1-based number of this meeting in its series, of `of`. */
  occurrence: number;
  of: number;
  date: string;
}

export interface DeliverableSlot {
  deliverableId: string;
  phaseId: string;
  letter: string | null;
  name: string;
  dueDate: string;
}

export interface TimelineLayout {
  templateId: string;
  startDate: string;
  /** Last day of the last phase; null for a template without phases. */
  endDate: string | null;
  totalDays: number;
  phases: PhaseSlot[];
  /** Every meeting, in date order. */
  sessions: SessionSlot[];
  /** Every deliverable, in date order. */
  deliverables: DeliverableSlot[];
}

export interface LayoutOptions {
  /** The alternative chosen for a session (by its index in `alternatives`), keyed by session id. */
  choices?: Record<string, number>;
}

/**
 * Lays a template out on the calendar from a start date. Phases run back to back, each for its
 * suggested duration. A session is held `weekOffset` weeks into its phase; a series repeats every
 * week or month, or, without an interval, is spread evenly over the rest of the phase on whole
 * weeks (so meetings keep the same weekday). A deliverable is due on the last day of its
 * `dueInWeek`, or on the phase's last day. Expects a template that passed parseTemplate.
 */
export function layoutTimeline(template: ProcessTemplate, startDate: string, options: LayoutOptions = {}): TimelineLayout {
  const start = toDayNumber(startDate);
  const phaseDays = new Map<string, { first: number; last: number; length: number }>();
  const phases: PhaseSlot[] = [];
  let next = start;
  for (const phase of template.phases) {
    const length = phaseLengthDays(phase);
    phaseDays.set(phase.id, { first: next, last: next + length - 1, length });
    phases.push({ phaseId: phase.id, name: phase.name, startDate: fromDayNumber(next), endDate: fromDayNumber(next + length - 1), days: length });
    next += length;
  }
  const span = (phaseId: string) => {
    const found = phaseDays.get(phaseId);
    if (!found) throw new RangeError(`unknown phase '${phaseId}'`);
    return found;
  };

  const sessions = template.sessions.flatMap((session) => layoutSession(session, span(session.phase), options.choices?.[session.id]));
  const deliverables = template.deliverables.map((deliverable): DeliverableSlot & { day: number } => {
    const phase = span(deliverable.phase);
    const day = deliverable.dueInWeek === undefined ? phase.last : Math.min(phase.first + deliverable.dueInWeek * 7 - 1, phase.last);
    return { deliverableId: deliverable.id, phaseId: deliverable.phase, letter: deliverable.letter ?? null, name: deliverable.name, dueDate: fromDayNumber(day), day };
  });
  const unknownChoice = Object.keys(options.choices ?? {}).find((id) => !template.sessions.some((s) => s.id === id));
  if (unknownChoice) throw new RangeError(`no session '${unknownChoice}' to choose an alternative for`);

  return {
    templateId: template.id,
    startDate,
    endDate: phases.length ? fromDayNumber(next - 1) : null,
    totalDays: next - start,
    phases,
    sessions: byDay(sessions),
    deliverables: byDay(deliverables),
  };
}

function layoutSession(session: TemplateSession, phase: { first: number; last: number; length: number }, choice: number | undefined) {
  const variant = choice === undefined ? null : session.alternatives?.[choice];
  if (variant === undefined) throw new RangeError(`session '${session.id}' has no alternative ${choice}`);
  const plan = variant ?? session;
  const offsetWeeks = session.weekOffset ?? 0;
  const phaseWeeks = phase.length / 7;
  return Array.from({ length: plan.count }, (_, i) => {
    let day: number;
    if (plan.every === 'week') day = phase.first + (offsetWeeks + i) * 7;
    else if (plan.every === 'month') day = addMonths(phase.first + offsetWeeks * 7, i);
    else day = phase.first + 7 * (offsetWeeks + Math.floor((i * (phaseWeeks - offsetWeeks)) / plan.count));
    // The template checks keep a series inside its phase; the clamp guards a template that skipped them.
    day = Math.min(day, phase.last);
    return {
      sessionId: session.id,
      phaseId: session.phase,
      name: variant?.name ?? session.name,
      format: plan.format,
      lengthMinutes: plan.lengthMinutes ?? null,
      lengthLabel: plan.lengthLabel ?? null,
      variant: variant?.name ?? null,
      occurrence: i + 1,
      of: plan.count,
      date: fromDayNumber(day),
      day,
    };
  });
}

/** Date order, keeping the template's order on the same day; drops the working day number. */
function byDay<T extends { day: number }>(items: T[]): Array<Omit<T, 'day'>> {
  return [...items].sort((a, b) => a.day - b.day).map(({ day: _day, ...rest }) => rest);
}
