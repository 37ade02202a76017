import type { Translations } from './translations';

/** Sessions of a cycle: meetings and retreats, agenda, attendance, minutes, decisions, follow-up tasks; and the task list. */
export const sessionsEn = {
  'cycleNav.sessions': 'Sessions',
};

export const sessionsEs: Translations<typeof sessionsEn> = {
  'cycleNav.sessions': 'Sesiones',
};
