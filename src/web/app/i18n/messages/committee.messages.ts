import type { Translations } from './translations';

/** The steering committee: roster, representation and attendance. */
export const committeeEn = {
  'cycleNav.committee': 'Steering committee',
};

export const committeeEs: Translations<typeof committeeEn> = {
  'cycleNav.committee': 'Comité directivo',
};
