import type { Translations } from './translations';

/** Placeholder for the progress screens' texts. */
export const progressEn = {
  'progress.placeholder': 'progress',
};

export const progressEs: Translations<typeof progressEn> = {
  'progress.placeholder': 'progress',
};
