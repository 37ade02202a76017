import type { Translations } from './translations';

/** Norms, working agreements and the decision protocol, as a document with versions. */
export const normsEn = {
  'cycleNav.norms': 'Norms',
};

export const normsEs: Translations<typeof normsEn> = {
  'cycleNav.norms': 'Normas',
};
