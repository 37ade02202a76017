import type { Translations } from './translations';

/** Placeholder for the updates screens' texts. */
export const updatesEn = {
  'updates.placeholder': 'updates',
};

export const updatesEs: Translations<typeof updatesEn> = {
  'updates.placeholder': 'updates',
};
