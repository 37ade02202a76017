/**
 * Whether a public comment window takes comments. A window belongs to the version of the plan
 * frozen when it went out for comment; any later lifecycle move freezes a newer version, so the
 * window is open only while the plan is out for comment on that same version and today falls
 * within its dates. Dates are 'YYYY-MM-DD' in the district's calendar, compared as text.
 */
export type WindowState = 'open' | 'not_yet' | 'past_closing' | 'moved_on';

export interface WindowFacts {
  draftVersion: number;
  opensOn: string;
  closesOn: string;
}

export interface PlanFacts {
  lifecycle: string;
  latestVersion: number | null;
}

export function windowState(window: WindowFacts, plan: PlanFacts, today: string): WindowState {
  if (plan.lifecycle !== 'public_comment' || plan.latestVersion !== window.draftVersion) return 'moved_on';
  if (today < window.opensOn) return 'not_yet';
  if (today > window.closesOn) return 'past_closing';
  return 'open';
}

/**
 * The day comments stopped: the closing date, or the day the plan moved on when that came first
 * (the next version's date); null while the window is open or has not opened.
 */
export function closedOn(window: WindowFacts, state: WindowState, movedOnDate: string | null): string | null {
  if (state === 'past_closing') return window.closesOn;
  if (state === 'moved_on') return movedOnDate !== null && movedOnDate < window.closesOn ? movedOnDate : window.closesOn;
  return null;
}

/** The plain words a commenter reads when the window does not take comments. */
export function refusalWords(state: Exclude<WindowState, 'open'>, window: WindowFacts, language: 'en' | 'es'): string {
  const words = {
    en: {
      not_yet: `Public comment on this draft opens on ${window.opensOn}.`,
      past_closing: `Public comment on this draft closed on ${window.closesOn}. Thank you for your interest.`,
      moved_on: 'Public comment on this draft has closed. Thank you for your interest.',
    },
    es: {
      not_yet: `La consulta pública de este borrador se abre el ${window.opensOn}.`,
      past_closing: `La consulta pública de este borrador cerró el ${window.closesOn}. Gracias por su interés.`,
      moved_on: 'La consulta pública de este borrador ha cerrado. Gracias por su interés.',
    },
  };
  return words[language][state];
}
